import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { LANGUAGE_NAMES, LANGUAGES, PrincipalType, type MeResponse } from '@steadywork/shared';
import { useSession } from '@/hooks/use-session';
import { setLanguage } from '@/i18n';
import { setElderMode } from '@/i18n/elder';
import { formatDate } from '@/i18n/format';
import { applyTabBarText } from '@/i18n/setup';
import { useElderMode, useLanguage, useNavTitle, usePageClass } from '@/i18n/use-nav-title';
import { t } from '@/locales';
import { logout } from '@/services/auth';
import { showSuccess } from '@/services/feedback';
import { isTrainerAccount } from '@/services/principal';
import { goToLogin, routes, type Route } from '@/services/routes';
import { Button, Cell, CellGroup } from '@/ui/nutui';
import './index.css';

function AccountCells({ me }: { me: MeResponse }) {
  switch (me.type) {
    case PrincipalType.WORKER:
      return (
        <CellGroup>
          <Cell
            className="me-profile"
            title={me.nameMasked ? t.me.profile : t.me.register}
            extra="›"
            clickable
            onClick={() => void Taro.navigateTo({ url: routes.workerProfile })}
          />
          <Cell title={t.me.registeredAt} extra={formatDate(me.createdAt)} />
        </CellGroup>
      );
    case PrincipalType.STAFF:
      return (
        <CellGroup>
          <Cell title={t.me.accountType} extra={t.me.staff} />
          <Cell title={t.me.username} extra={me.username} />
        </CellGroup>
      );
  }
}

/** `title` is a key of t.me, read at render time in the current language. */
type Link = { key: string; title: keyof typeof t.me; url: Route };

const AID_LINKS: readonly Link[] = [
  { key: 'aid-applications', title: 'aidApplications', url: routes.aidApplications },
  { key: 'aid-publicity', title: 'aidPublicity', url: routes.aidPublicity },
  { key: 'aid-notifications', title: 'aidNotifications', url: routes.aidNotifications },
];

const CENTER_LINKS: readonly Link[] = [
  { key: 'service-requests', title: 'serviceRequests', url: routes.serviceRequests },
  { key: 'centers', title: 'nearbyCenters', url: routes.centers },
];

/** To the union with a demand (欠薪、合同、社保、工伤…), and to where theirs stand. */
const DEMAND_LINKS: readonly Link[] = [
  { key: 'file-demand', title: 'fileDemand', url: routes.demandFile },
  { key: 'demands', title: 'myDemands', url: routes.demands },
];

const TRAINING_LINKS: readonly Link[] = [
  { key: 'training-enrolments', title: 'trainingEnrolments', url: routes.trainingEnrolments },
  { key: 'training-checkin', title: 'trainingCheckIn', url: routes.trainingCheckIn },
  { key: 'training-completions', title: 'trainingCompletions', url: routes.trainingCompletions },
  { key: 'training-learning', title: 'trainingLearning', url: routes.trainingLearning },
];

/** A group of a worker's ways to their pages (applications, requests, demands, training). */
function LinkCells({ title, links }: { title: string; links: readonly Link[] }) {
  return (
    <CellGroup title={title}>
      {links.map(({ key, title: label, url }) => (
        <Cell
          key={key}
          className={`me-${key}`}
          title={t.me[label]}
          extra="›"
          clickable
          onClick={() => void Taro.navigateTo({ url })}
        />
      ))}
    </CellGroup>
  );
}

/** A trainer's way to trainer mode. */
function TrainerCells() {
  return (
    <CellGroup title={t.me.trainerTitle}>
      <Cell
        className="me-trainer-courses"
        title={t.me.trainerCourses}
        extra="›"
        clickable
        onClick={() => void Taro.navigateTo({ url: routes.trainingTrainer })}
      />
    </CellGroup>
  );
}

/** 语言与显示: the language (中文 / བོད་ཡིག / English) and elder-friendly mode, both remembered. */
function SettingsCells() {
  const language = useLanguage();
  const elder = useElderMode();
  return (
    <CellGroup title={t.me.settingsTitle} className="me-settings">
      <View className="me-setting">
        <Text className="me-setting-label">{t.me.language}</Text>
        <View className="me-languages" role="radiogroup">
          {LANGUAGES.map((code) => (
            <View
              key={code}
              role="radio"
              aria-checked={code === language}
              className={`me-language me-language-${code}${code === language ? ' me-language-active' : ''}`}
              data-testid={`me-language-${code}`}
              onClick={() => setLanguage(code)}
            >
              <Text>{LANGUAGE_NAMES[code]}</Text>
            </View>
          ))}
        </View>
      </View>
      <View
        className="me-setting me-elder"
        role="switch"
        aria-checked={elder}
        data-testid="me-elder"
        onClick={() => setElderMode(!elder)}
      >
        <View className="me-setting-text">
          <Text className="me-setting-label">{t.me.elderMode}</Text>
          <Text className="me-setting-hint">{t.me.elderModeHint}</Text>
        </View>
        <View className={`me-switch${elder ? ' me-switch-on' : ''}`}>
          <View className="me-switch-knob" />
        </View>
      </View>
    </CellGroup>
  );
}

export default function MePage() {
  const { me, loading } = useSession();
  const [leaving, setLeaving] = useState(false);
  useNavTitle(t.me.navTitle);
  const pageClass = usePageClass();
  useDidShow(() => applyTabBarText());

  const onLogout = async () => {
    setLeaving(true);
    await logout();
    showSuccess(t.me.loggedOut);
    goToLogin();
  };

  return (
    <View className={`me ${pageClass}`}>
      <View className="me-header">
        <Text className="me-title">{t.me.account}</Text>
        <Text className="me-name">
          {me
            ? me.type === PrincipalType.STAFF
              ? me.displayName
              : (me.nameMasked ?? t.me.unregistered)
            : loading
              ? t.me.loading
              : ''}
        </Text>
      </View>
      {me && <AccountCells me={me} />}
      {me?.type === PrincipalType.WORKER && (
        <>
          <LinkCells title={t.me.aidTitle} links={AID_LINKS} />
          <LinkCells title={t.me.centersTitle} links={CENTER_LINKS} />
          <LinkCells title={t.me.demandsTitle} links={DEMAND_LINKS} />
          <LinkCells title={t.me.trainingTitle} links={TRAINING_LINKS} />
        </>
      )}
      {isTrainerAccount(me) && <TrainerCells />}
      <SettingsCells />
      <View className="me-actions">
        <Button block type="primary" className="me-logout" loading={leaving} onClick={() => void onLogout()}>
          {t.me.logout}
        </Button>
      </View>
    </View>
  );
}
