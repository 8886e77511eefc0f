import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Input } from '@/ui/nutui';
import {
  parseCheckInForm,
  sessionChoiceLabel,
  type CheckInField,
  type CheckInInput,
  type OpenSessionChoice,
} from '../training-model';
import { Field } from '../kit';
import { trainingText } from '../locales';

const m = trainingText.checkIn;

interface CheckInFormProps {
  /** Open sessions of the worker's courses; one alone is chosen already. */
  choices: readonly OpenSessionChoice[];
  initialSessionId?: number | null;
  initialCode?: string;
  busy: boolean;
  busyText?: string;
  onSubmit: (input: CheckInInput) => void;
}

/**
 * The short code under the QR with its session (`#checkin-session`, chips `checkin-session-<id>`),
 * or the pasted QR content, in `#checkin-code`; `#checkin-submit`.
 */
export function CheckInForm({ choices, initialSessionId, initialCode, busy, busyText, onSubmit }: CheckInFormProps) {
  const preset =
    choices.find((c) => c.sessionId === initialSessionId)?.sessionId ??
    (choices.length === 1 ? choices[0].sessionId : null);
  const [sessionId, setSessionId] = useState<number | null>(preset);
  const [code, setCode] = useState(initialCode ?? '');
  const [errors, setErrors] = useState<Partial<Record<CheckInField, string>>>({});
  // The preset follows the choices when they arrive after the form.
  const chosen = sessionId ?? preset;

  const submit = () => {
    const parsed = parseCheckInForm(code, chosen);
    if (!parsed.ok) {
      setErrors({ [parsed.field]: parsed.message });
      return;
    }
    setErrors({});
    onSubmit(parsed.input);
  };

  return (
    <View className="kit-section training-section training-checkin-form">
      <Field
        id="checkin-session"
        label={m.session}
        error={errors.session}
        hint={choices.length ? m.sessionHint : undefined}
      >
        {choices.length > 0 ? (
          <View className="training-choice-list">
            {choices.map((choice) => (
              <View
                key={choice.sessionId}
                className={`training-choice${choice.sessionId === chosen ? ' training-choice-active' : ''}`}
                data-testid={`checkin-session-${choice.sessionId}`}
                onClick={() => {
                  setSessionId(choice.sessionId);
                  setErrors((prev) => ({ ...prev, session: undefined }));
                }}
              >
                <Text>{sessionChoiceLabel(choice)}</Text>
              </View>
            ))}
          </View>
        ) : (
          <Text className="kit-note training-note" data-testid="checkin-no-session">
            {m.noOpenSession}
          </Text>
        )}
      </Field>
      <Field id="checkin-code" label={m.code} required error={errors.code}>
        <Input
          className="training-checkin-code"
          value={code}
          placeholder={m.codePlaceholder}
          maxLength={256}
          clearable
          onChange={(value: string) => {
            setCode(value);
            if (errors.code) setErrors((prev) => ({ ...prev, code: undefined }));
          }}
        />
      </Field>
      <View className="kit-actions training-actions">
        <Button block type="primary" id="checkin-submit" loading={busy} disabled={busy} onClick={submit}>
          {busy ? (busyText ?? m.submitting) : m.submit}
        </Button>
      </View>
    </View>
  );
}
