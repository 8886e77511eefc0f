import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PrincipalType, type MeResponse } from '@steadywork/shared';
import { useSession } from '@/hooks/use-session';
import { t } from '@/locales';
import { logout } from '@/services/auth';
import { showSuccess } from '@/services/feedback';
import { isTrainerAccount } from '@/services/principal';
import { goToLogin, routes, type Route } from '@/services/routes';
import { Button, Cell, CellGroup } from '@/ui/nutui';
import './index.css';

function formatDate(iso: string): string {
  return iso.slice(0, 10);
}

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

type Link = { key: string; title: string; url: Route };

const AID_LINKS: readonly Link[] = [
  { key: 'aid-applications', title: t.me.aidApplications, url: routes.aidApplications },
  { key: 'aid-publicity', title: t.me.aidPublicity, url: routes.aidPublicity },
  { key: 'aid-notifications', title: t.me.aidNotifications, url: routes.aidNotifications },
];

const CENTER_LINKS: readonly Link[] = [
  { key: 'service-requests', title: t.me.serviceRequests, url: routes.serviceRequests },
  { key: 'centers', title: t.me.nearbyCenters, url: routes.centers },
];

/** To the union with a demand (欠薪、合同、社保、工伤…), and to where theirs stand. */
const DEMAND_LINKS: readonly Link[] = [
  { key: 'file-demand', title: t.me.fileDemand, url: routes.demandFile },
  { key: 'demands', title: t.me.myDemands, url: routes.demands },
];

const TRAINING_LINKS: readonly Link[] = [
  { key: 'training-enrolments', title: t.me.trainingEnrolments, url: routes.trainingEnrolments },
  { key: 'training-checkin', title: t.me.trainingCheckIn, url: routes.trainingCheckIn },
  { key: 'training-completions', title: t.me.trainingCompletions, url: routes.trainingCompletions },
  { key: 'training-learning', title: t.me.trainingLearning, url: routes.trainingLearning },
];

/** A group of a worker's ways to their pages (applications, requests, demands, training). */
function LinkCells({ title, links }: { title: string; links: readonly Link[] }) {
  return (
    <CellGroup title={title}>
      {links.map(({ key, title: label, url }) => (
        <Cell
          key={key}
          className={`me-${key}`}
          title={label}
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

export default function MePage() {
  const { me, loading } = useSession();
  const [leaving, setLeaving] = useState(false);

  const onLogout = async () => {
    setLeaving(true);
    await logout();
    showSuccess(t.me.loggedOut);
    goToLogin();
  };

  return (
    <View className="me">
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
      <View className="me-actions">
        <Button block type="primary" className="me-logout" loading={leaving} onClick={() => void onLogout()}>
          {t.me.logout}
        </Button>
      </View>
    </View>
  );
}
