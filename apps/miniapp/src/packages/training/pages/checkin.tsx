import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { EnrolmentStatus } from '@steadywork/shared';
import { useRemote } from '@/components/kit';
import { Button } from '@/ui/nutui';
import { useNavTitle } from '@/i18n/use-nav-title';
import { extractToken, openSessionChoices, type CheckInInput, type OpenSessionChoice } from '../training-model';
import { CheckInForm } from '../components/checkin-form';
import { CheckInResultView } from '../components/checkin-result';
import { useCheckIn } from '../hooks/use-check-in';
import { fetchCourse, fetchMyEnrolments } from '../api';
import { Loading, Page } from '../kit';
import { isH5 } from '../location';
import { trainingText } from '../locales';
import '../training.css';

const m = trainingText.checkIn;

/** The sessions open for check-in now in the courses the worker holds a place in. */
async function loadChoices(): Promise<OpenSessionChoice[]> {
  const enrolments = await fetchMyEnrolments();
  const ids = [...new Set(enrolments.filter((e) => e.status === EnrolmentStatus.ENROLLED).map((e) => e.courseId))];
  const loaded = await Promise.allSettled(ids.map((id) => fetchCourse(id)));
  return openSessionChoices(loaded.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])));
}

/**
 * Check-in (optional `?sessionId=` to preselect, `?token=` to fill in): on WeChat the worker scans the
 * trainer's QR code; on H5, or when scanning fails, types the 6-digit code under it for one of
 * their open sessions, or pastes the QR content. POST /training/check-ins.
 */
export default function CheckInPage() {
  useNavTitle(trainingText.nav.checkInTitle);
  const { params } = useRouter();
  const { status, data, reload } = useRemote(loadChoices);
  const choices = data ?? [];
  const { phase, result, submit, clear } = useCheckIn(choices);
  // A new form after each result, so a second check-in starts clean.
  const [formKey, setFormKey] = useState(0);

  const scan = async () => {
    clear();
    let scanned: string;
    try {
      const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      scanned = res.result;
    } catch (err) {
      // The worker closing the camera is no failure.
      if (!/cancel/i.test((err as { errMsg?: string } | null)?.errMsg ?? '')) {
        void Taro.showToast({ title: trainingText.errors.scanFailed, icon: 'none' });
      }
      return;
    }
    const token = extractToken(scanned);
    if (!token) {
      void Taro.showToast({ title: trainingText.errors.scanFailed, icon: 'none' });
      return;
    }
    await submit({ kind: 'token', token });
  };

  const send = async (input: CheckInInput) => {
    const done = await submit(input);
    if (done?.kind === 'done') setFormKey((k) => k + 1);
  };

  const busy = phase !== 'idle';
  const initialSessionId = params.sessionId ? Number(params.sessionId) : null;
  const initialToken = params.token ? decodeURIComponent(params.token) : '';

  return (
    <Page className="training-checkin-page" title={m.title} intro={m.intro}>
      {!isH5() && (
        <View className="kit-actions training-actions">
          <Button
            block
            type="primary"
            size="large"
            id="checkin-scan"
            loading={busy}
            disabled={busy}
            onClick={() => void scan()}
          >
            {busy ? m.scanning : m.scan}
          </Button>
          <Text className="kit-note training-note">{m.orCode}</Text>
        </View>
      )}

      {result && <CheckInResultView result={result} />}

      {status === 'loading' ? (
        <Loading />
      ) : (
        <CheckInForm
          key={formKey}
          choices={choices}
          initialSessionId={initialSessionId}
          initialCode={formKey === 0 ? initialToken : ''}
          busy={busy}
          busyText={phase === 'locating' ? m.locating : m.submitting}
          onSubmit={(input) => void send(input)}
        />
      )}
      {status !== 'loading' && (
        <View className="kit-note-row training-note-row">
          <Text className="kit-link training-link" data-testid="checkin-refresh" onClick={() => void reload()}>
            {m.refresh}
          </Text>
        </View>
      )}
    </Page>
  );
}
