import { useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro';
import {
  checkInWindow,
  sessionStatusLabel,
  TrainingSessionStatus,
  type TrainingSessionResponse,
} from '@steadywork/shared';
import { isApiError } from '@/services/api-error';
import { showError, showSuccess } from '@/services/feedback';
import { routes } from '@/services/routes';
import { Button } from '@/ui/nutui';
import { useNavTitle } from '@/i18n/use-nav-title';
import { fillTemplate, sessionTimeText } from '../training-model';
import { Empty, InfoRow, LoadFailed, Loading, Page } from '../kit';
import { QrPanel } from '../components/qr-panel';
import { RosterList } from '../components/roster-list';
import { SyncBar } from '../components/sync-bar';
import { useQr } from '../hooks/use-qr';
import { useRoster } from '../hooks/use-roster';
import { closeSession, openSession } from '../api';
import { trainingText } from '../locales';
import '../training.css';

const m = trainingText.session;

/** While check-in is open, workers' check-ins show up on the roster this often. */
const ROSTER_POLL_MS = 10_000;

function keepScreenOn(on: boolean): void {
  if (process.env.TARO_ENV !== 'weapp') return;
  Taro.setKeepScreenOn({ keepScreenOn: on }).catch(() => undefined);
}

/**
 * A session in trainer mode (`?id=`): open check-in shows the QR code (new every 30 s) with the short
 * code; the roster is marked by hand, offline if need be; close check-in.
 */
export default function TrainerSessionPage() {
  useNavTitle(trainingText.nav.session);
  const { params } = useRouter();
  const sessionId = Number(params.id);
  const roster = useRoster(sessionId);
  const [shown, setShown] = useState(true);
  const [busy, setBusy] = useState<'open' | 'close' | null>(null);
  const inFlight = useRef(false);

  const session = roster.roster?.session ?? null;
  const isOpen = session?.status === TrainingSessionStatus.OPEN;
  const { qr, secondsLeft, stale } = useQr(sessionId, isOpen && shown, () => void roster.reload());

  useDidShow(() => setShown(true));
  useDidHide(() => setShown(false));

  useEffect(() => {
    keepScreenOn(isOpen && shown);
    return () => keepScreenOn(false);
  }, [isOpen, shown]);

  // Workers' check-ins appear while check-in is open.
  useEffect(() => {
    if (!isOpen || !shown) return undefined;
    const timer = setInterval(() => void roster.reload(), ROSTER_POLL_MS);
    return () => clearInterval(timer);
  }, [isOpen, shown]);

  const act = async (kind: 'open' | 'close', call: () => Promise<TrainingSessionResponse>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(kind);
    try {
      const next = await call();
      roster.setSession(next);
      if (kind === 'close') showSuccess(m.closed);
    } catch (err) {
      if (isApiError(err) && err.statusCode === 409) {
        void Taro.showModal({ title: trainingText.common.notice, content: err.message, showCancel: false });
        await roster.reload();
      } else {
        showError(err);
      }
    } finally {
      inFlight.current = false;
      setBusy(null);
    }
  };

  const onClose = async () => {
    const { confirm } = await Taro.showModal({
      title: m.close,
      content: m.closeConfirm,
      confirmText: trainingText.common.confirm,
      cancelText: trainingText.common.cancel,
    });
    if (confirm) await act('close', () => closeSession(sessionId));
  };

  if (roster.status === 'loading' || roster.status === 'failed') {
    return (
      <Page>{roster.status === 'loading' ? <Loading /> : <LoadFailed onRetry={() => void roster.reload()} />}</Page>
    );
  }
  if (roster.status === 'missing' || !roster.roster || !session) {
    return (
      <Page>
        <Empty text={m.notFound} testId="session-missing">
          <Button onClick={() => void Taro.redirectTo({ url: routes.trainingTrainer })}>
            {trainingText.trainer.title}
          </Button>
        </Empty>
      </Page>
    );
  }

  const now = Date.now();
  const started = Date.parse(session.startsAt) <= now;
  const openWindow = checkInWindow(session, now);
  return (
    <Page className="training-session-page" testId="session-page">
      <View className="kit-section training-section">
        <Text className="kit-card-title training-card-title" data-testid="session-course">
          {roster.roster.courseTitle}
        </Text>
        <InfoRow label={fillTemplate(m.title, { seq: session.seq })} value={sessionTimeText(session)} />
        <InfoRow label={m.status} value={sessionStatusLabel(session, now)} testId="session-status" />
        {roster.offline && (
          <Text className="kit-note training-note" data-testid="roster-offline">
            {m.offlineRoster}
          </Text>
        )}
      </View>

      {session.status === TrainingSessionStatus.SCHEDULED && (
        <View className="kit-actions training-actions">
          <Button
            block
            type="primary"
            size="large"
            id="session-open"
            loading={busy === 'open'}
            disabled={busy !== null || openWindow !== 'OPENABLE'}
            onClick={() => void act('open', () => openSession(sessionId))}
          >
            {busy === 'open' ? m.opening : m.open}
          </Button>
          <Text className="kit-note training-note" data-testid="session-open-window">
            {fillTemplate(openWindow === 'OVER' ? m.openWindowOver : m.openWindow, { time: sessionTimeText(session) })}
          </Text>
        </View>
      )}

      {isOpen && <QrPanel qr={qr} secondsLeft={secondsLeft} stale={stale} />}

      {(isOpen || (session.status === TrainingSessionStatus.SCHEDULED && started)) && (
        <View className="kit-actions training-actions">
          <Button
            block
            id="session-close"
            loading={busy === 'close'}
            disabled={busy !== null}
            onClick={() => void onClose()}
          >
            {m.close}
          </Button>
        </View>
      )}

      {session.status === TrainingSessionStatus.CLOSED && (
        <Text className="kit-note training-note kit-note-row training-note-row" data-testid="session-closed-note">
          {m.closedNote}
        </Text>
      )}

      <SyncBar pending={roster.pending} sync={roster.sync} onSync={() => void roster.flush()} />
      {roster.rejections.length > 0 && (
        <View className="kit-section training-section" data-testid="roster-rejections">
          {roster.rejections.map((text, i) => (
            <Text key={i} className="kit-field-error training-field-error">
              {text}
            </Text>
          ))}
        </View>
      )}
      <RosterList rows={roster.rows} onMark={roster.mark} />
    </Page>
  );
}
