import { FIELD_RULES } from '@steadywork/shared';
import { useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { RegistrationCodeResponse, WorkerResponse } from '@steadywork/shared';
import { errorMessage, isApiError } from '@/services/api-error';
import { showError } from '@/services/feedback';
import { Button, Input } from '@/ui/nutui';
import { confirmRegistration, resendRegistrationCode } from '../api';
import { fill } from '../profile-model';
import { workerText } from '../locales';

const m = workerText.code;

interface RegistrationCodeProps {
  pending: RegistrationCodeResponse;
  onConfirmed: (saved: WorkerResponse) => void;
  onBack: () => void;
}

/** Seconds until a new code may be asked for (0 when it may). */
function secondsUntil(iso: string): number {
  return Math.max(0, Math.ceil((new Date(iso).getTime() - Date.now()) / 1000));
}

/**
 * SMS verification: the registration waits for the code the API sent. The same page whether the union
 * registered the worker before (the code then goes to the phone on file) or not.
 */
export function RegistrationCode({ pending: first, onConfirmed, onBack }: RegistrationCodeProps) {
  const [pending, setPending] = useState(first);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [wait, setWait] = useState(() => secondsUntil(first.resendAfter));
  // a second tap before the state update lands must not send twice
  const inFlight = useRef(false);

  useEffect(() => {
    setWait(secondsUntil(pending.resendAfter));
    const timer = setInterval(() => setWait(secondsUntil(pending.resendAfter)), 1000);
    return () => clearInterval(timer);
  }, [pending.resendAfter]);

  const confirm = async () => {
    if (inFlight.current) return;
    if (!FIELD_RULES.sixDigits.pattern.test(code)) {
      setError(m.invalid);
      return;
    }
    inFlight.current = true;
    setBusy(true);
    try {
      onConfirmed(await confirmRegistration(code));
    } catch (err) {
      const detail = isApiError(err) ? err.details?.find((d) => d.field === 'code')?.message : undefined;
      setError(detail ?? errorMessage(err));
      if (!detail) showError(err);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  const resend = async () => {
    if (inFlight.current || wait > 0) return;
    inFlight.current = true;
    setBusy(true);
    try {
      setPending(await resendRegistrationCode());
      setCode('');
      setError(undefined);
      void Taro.showToast({ title: m.resent, icon: 'none' });
    } catch (err) {
      showError(err);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  return (
    <View className="reg-form reg-code-page">
      <View className="kit-header reg-header">
        <Text className="reg-title">{m.title}</Text>
        <Text className="reg-intro reg-code-sent">{fill(m.sent, { phone: pending.phoneMasked })}</Text>
        <Text className="reg-intro reg-code-hint">{m.onFile}</Text>
      </View>
      <View className="reg-section">
        <View className={['reg-field', error ? 'reg-field-invalid' : ''].filter(Boolean).join(' ')}>
          <View className="kit-field-label reg-field-label">
            <Text className="reg-field-required">*</Text>
            <Text>{m.label}</Text>
          </View>
          <View className="reg-field-control">
            <Input
              className="reg-code"
              type="number"
              value={code}
              maxLength={6}
              placeholder={m.placeholder}
              onChange={(v: string) => {
                setCode(v.trim());
                setError(undefined);
              }}
            />
          </View>
          {error && <Text className="kit-field-error reg-field-error">{error}</Text>}
        </View>
      </View>
      <View className="kit-actions reg-actions">
        <Button
          block
          type="primary"
          size="large"
          className="reg-code-submit"
          loading={busy}
          disabled={busy}
          onClick={() => void confirm()}
        >
          {busy ? m.confirming : m.confirm}
        </Button>
        <Button
          block
          size="large"
          className="reg-code-resend"
          disabled={busy || wait > 0}
          onClick={() => void resend()}
        >
          {wait > 0 ? fill(m.resendIn, { seconds: String(wait) }) : m.resend}
        </Button>
        <Button block size="large" className="reg-code-back" disabled={busy} onClick={onBack}>
          {m.back}
        </Button>
      </View>
    </View>
  );
}
