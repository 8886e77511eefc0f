import type { ComponentType } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { PrincipalType, type MeResponse } from '@steadywork/shared';
import { ReadAloud } from '@/components/read-aloud';
import { useSession } from '@/hooks/use-session';
import { applyTabBarText } from '@/i18n/setup';
import { useNavTitle, usePageClass, useElderMode } from '@/i18n/use-nav-title';
import { t } from '@/locales';
import { fillTemplate } from '@/locales/template';
import { isTrainerAccount } from '@/services/principal';
import { routes, type Route } from '@/services/routes';
import { Articles, Grid, HeartF, Location, Order, UserAdd } from '@/ui/nutui';
import './index.css';

type ModuleKey = keyof typeof t.modules;

interface Entry {
  key: ModuleKey;
  url: Route;
  Icon: ComponentType<{ size?: number | string; color?: string }>;
}

const ENTRIES: readonly Entry[] = [
  { key: 'jobs', url: routes.jobs, Icon: Order },
  { key: 'aid', url: routes.aid, Icon: HeartF },
  { key: 'centers', url: routes.centers, Icon: Location },
  { key: 'training', url: routes.training, Icon: Articles },
  { key: 'worker', url: routes.workerProfile, Icon: UserAdd },
];

/** Elder-friendly home: the four main tasks (找工作, 困难帮扶, 帮扶中心, 技能培训), one per row. */
const MAIN_TASKS: readonly Entry[] = ENTRIES.filter((e) => ['jobs', 'aid', 'centers', 'training'].includes(e.key));

/** Trainer mode: a trainer's way to their courses, attendance and rosters. */
const TRAINER_ENTRIES: readonly Entry[] = [{ key: 'trainer', url: routes.trainingTrainer, Icon: Articles }];

function greeting(me: MeResponse | null): string {
  if (me?.type === PrincipalType.STAFF) return fillTemplate(t.home.greetingName, { name: me.displayName });
  // a worker's name, masked: the phone's screen may be seen by others
  if (me?.type === PrincipalType.WORKER && me.nameMasked) {
    return fillTemplate(t.home.greetingName, { name: me.nameMasked });
  }
  return t.home.greeting;
}

export default function HomePage() {
  const { me } = useSession();
  useNavTitle(t.home.navTitle);
  const pageClass = usePageClass();
  const elder = useElderMode();
  useDidShow(() => applyTabBarText());

  const entries = isTrainerAccount(me) ? TRAINER_ENTRIES : elder ? MAIN_TASKS : ENTRIES;
  const go = (url: Route) => void Taro.navigateTo({ url });

  return (
    <View className={`home ${pageClass}`}>
      <View className="home-banner">
        <Text className="home-title">{t.home.title}</Text>
        <Text className="home-subtitle">{t.home.subtitle}</Text>
        <Text className="home-greeting">{greeting(me)}</Text>
      </View>
      <ReadAloud
        text={() => [t.home.title, greeting(me), ...entries.map(({ key }) => t.modules[key].title)].join('\n')}
      />
      {elder ? (
        <View className="home-section home-tasks">
          <Text className="home-section-title">{t.home.mainTasks}</Text>
          {entries.map(({ key, url, Icon }) => (
            <View key={key} className={`home-task home-entry-${key}`} onClick={() => go(url)}>
              <Icon size={36} color="#8c0d12" />
              <View className="home-task-text">
                <Text className="home-task-title">{t.modules[key].title}</Text>
                <Text className="home-task-description">{t.modules[key].description}</Text>
              </View>
              <Text className="home-task-arrow">›</Text>
            </View>
          ))}
        </View>
      ) : (
        <View className="home-section">
          <Text className="home-section-title">{t.home.servicesTitle}</Text>
          <Grid columns={4} className="home-grid">
            {entries.map(({ key, url, Icon }) => (
              <Grid.Item
                key={key}
                text={t.modules[key].title}
                className={`home-entry home-entry-${key}`}
                onClick={() => go(url)}
              >
                <Icon size={28} color="#c8161d" />
              </Grid.Item>
            ))}
          </Grid>
        </View>
      )}
    </View>
  );
}
