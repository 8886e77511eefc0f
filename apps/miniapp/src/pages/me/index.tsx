import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PrincipalType, type MeResponse } from '@steadywork/shared';
import { useSession } from '@/hooks/use-session';
import { t } from '@/locales/zh-CN';
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

const AID_LINKS: ReadonlyArray<{ key: string; title: string; url: Route }> = [
  { key: 'applications', title: t.me.aidApplications, url: routes.aidApplications },
  { key: 'publicity', title: t.me.aidPublicity, url: routes.aidPublicity },
  { key: 'notifications', title: t.me.aidNotifications, url: routes.aidNotifications },
];

/** A worker's way to their applications, the publicity list and messages. */
function AidCells() {
  return (
    <CellGroup title={t.me.aidTitle}>
      {AID_LINKS.map(({ key, title, url }) => (
        <Cell
          key={key}
          className={`me-aid-${key}`}
          title={title}
          extra="›"
          clickable
          onClick={() => void Taro.navigateTo({ url })}
        />
      ))}
    </CellGroup>
  );
}

const CENTER_LINKS: ReadonlyArray<{ key: string; title: string; url: Route }> = [
  { key: 'service-requests', title: t.me.serviceRequests, url: routes.serviceRequests },
  { key: 'centers', title: t.me.nearbyCenters, url: routes.centers },
];

/** A worker's way to their service requests and the centers near them. */
function CenterCells() {
  return (
    <CellGroup title={t.me.centersTitle}>
      {CENTER_LINKS.map(({ key, title, url }) => (
        <Cell
          key={key}
          className={`me-${key}`}
          title={title}
          extra="›"
          clickable
          onClick={() => void Taro.navigateTo({ url })}
        />
      ))}
    </CellGroup>
  );
}

const DEMAND_LINKS: ReadonlyArray<{ key: string; title: string; url: Route }> = [
  { key: 'file-demand', title: t.me.fileDemand, url: routes.demandFile },
  { key: 'demands', title: t.me.myDemands, url: routes.demands },
];

/** A worker's way to the union with a demand (欠薪、合同、社保、工伤…), and to where theirs stand. */
function DemandCells() {
  return (
    <CellGroup title={t.me.demandsTitle}>
      {DEMAND_LINKS.map(({ key, title, url }) => (
        <Cell
          key={key}
          className={`me-${key}`}
          title={title}
          extra="›"
          clickable
          onClick={() => void Taro.navigateTo({ url })}
        />
      ))}
    </CellGroup>
  );
}

const TRAINING_LINKS: ReadonlyArray<{ key: string; title: string; url: Route }> = [
  { key: 'enrolments', title: t.me.trainingEnrolments, url: routes.trainingEnrolments },
  { key: 'checkin', title: t.me.trainingCheckIn, url: routes.trainingCheckIn },
  { key: 'completions', title: t.me.trainingCompletions, url: routes.trainingCompletions },
  { key: 'learning', title: t.me.trainingLearning, url: routes.trainingLearning },
];

/** A worker's way to their courses, check-in, certificates and learning records. */
function TrainingCells() {
  return (
    <CellGroup title={t.me.trainingTitle}>
      {TRAINING_LINKS.map(({ key, title, url }) => (
        <Cell
          key={key}
          className={`me-training-${key}`}
          title={title}
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
      {me?.type === PrincipalType.WORKER && <AidCells />}
      {me?.type === PrincipalType.WORKER && <CenterCells />}
      {me?.type === PrincipalType.WORKER && <DemandCells />}
      {me?.type === PrincipalType.WORKER && <TrainingCells />}
      {isTrainerAccount(me) && <TrainerCells />}
      <View className="me-actions">
        <Button block type="primary" className="me-logout" loading={leaving} onClick={() => void onLogout()}>
          {t.me.logout}
        </Button>
      </View>
    </View>
  );
}
