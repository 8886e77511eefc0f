import type { ComponentType } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PrincipalType, type MeResponse } from '@steadywork/shared';
import { useSession } from '@/hooks/use-session';
import { t } from '@/locales';
import { isTrainerAccount } from '@/services/principal';
import { routes, type Route } from '@/services/routes';
import { Articles, Grid, HeartF, Location, Order, UserAdd } from '@/ui/nutui';
import './index.css';

interface Entry {
  key: string;
  title: string;
  url: Route;
  Icon: ComponentType<{ size?: number | string; color?: string }>;
}

const ENTRIES: readonly Entry[] = [
  { key: 'jobs', title: t.modules.jobs.title, url: routes.jobs, Icon: Order },
  { key: 'aid', title: t.modules.aid.title, url: routes.aid, Icon: HeartF },
  { key: 'centers', title: t.modules.centers.title, url: routes.centers, Icon: Location },
  { key: 'training', title: t.modules.training.title, url: routes.training, Icon: Articles },
  { key: 'worker', title: t.modules.worker.title, url: routes.workerProfile, Icon: UserAdd },
];

/** Trainer mode: a trainer's way to their courses, attendance and rosters. */
const TRAINER_ENTRIES: readonly Entry[] = [
  { key: 'trainer', title: t.modules.trainer.title, url: routes.trainingTrainer, Icon: Articles },
];

function greeting(me: MeResponse | null): string {
  if (me?.type === PrincipalType.STAFF) return `您好，${me.displayName}`;
  // a worker's name, masked: the phone's screen may be seen by others
  if (me?.type === PrincipalType.WORKER && me.nameMasked) return `您好，${me.nameMasked}`;
  return t.home.greeting;
}

export default function HomePage() {
  const { me } = useSession();

  return (
    <View className="home">
      <View className="home-banner">
        <Text className="home-title">{t.home.title}</Text>
        <Text className="home-subtitle">{t.home.subtitle}</Text>
        <Text className="home-greeting">{greeting(me)}</Text>
      </View>
      <View className="home-section">
        <Text className="home-section-title">{t.home.servicesTitle}</Text>
        <Grid columns={4} className="home-grid">
          {(isTrainerAccount(me) ? TRAINER_ENTRIES : ENTRIES).map(({ key, title, url, Icon }) => (
            <Grid.Item
              key={key}
              text={title}
              className={`home-entry home-entry-${key}`}
              onClick={() => void Taro.navigateTo({ url })}
            >
              <Icon size={28} color="#c8161d" />
            </Grid.Item>
          ))}
        </Grid>
      </View>
    </View>
  );
}
