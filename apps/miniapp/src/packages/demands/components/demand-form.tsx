import { useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { DEFAULT_DEMAND_DEADLINE_WORKING_DAYS, type DemandCategory, type DemandResponse } from '@steadywork/shared';
import { attachFiles, useFormErrors } from '@/components/kit';
import { showSuccess } from '@/services/feedback';
import { Button, Input } from '@/ui/nutui';
import { fetchEmployerOptions, fileDemand, type EmployerOption } from '../api';
import {
  categoryOptions,
  DEMAND_LIMITS,
  emptyDemandForm,
  fillTemplate,
  mapServerErrors,
  newIdempotencyKey,
  toDemandInput,
  validateDemandForm,
  type DemandField,
  type DemandForm as FormState,
} from '../demands-model';
import { Field, OptionChips } from '../kit';
import { demandsText } from '../locales';
import { TextArea } from '../nutui';

const m = demandsText.form;
const e = demandsText.errors;

/**
 * Raise a demand: the category, the employer, what happened, photos. One Idempotency-Key per form, sent
 * again on every retry, so a timeout followed by a second tap never files two demands. What the
 * worker typed stays on screen whatever the server answers.
 */
export function DemandForm({ onSubmitted }: { onSubmitted: (demand: DemandResponse) => void }) {
  const [form, setForm] = useState<FormState>(emptyDemandForm);
  const { errors, setErrors, clear, show, showFailure } = useFormErrors<DemandField>('demands');
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState(0);
  // State updates land after the render: a second tap in between must not send twice.
  const inFlight = useRef(false);
  const idempotencyKey = useRef(newIdempotencyKey());
  const [suggestions, setSuggestions] = useState<EmployerOption[]>([]);

  // Registered employers like the name being typed (a pick links the demand to the registry).
  useEffect(() => {
    const keyword = form.employerName.trim();
    if (form.employerId || keyword.length < 2) {
      setSuggestions([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      fetchEmployerOptions(keyword).then(
        (options) => live && setSuggestions(Array.isArray(options) ? options.slice(0, 5) : []),
        () => live && setSuggestions([]),
      );
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [form.employerName, form.employerId]);

  const update = (patch: Partial<FormState>, ...fields: DemandField[]) => {
    setForm((prev) => ({ ...prev, ...patch }));
    clear(...fields);
  };

  const addPhotos = () =>
    attachFiles({
      source: 'image',
      room: DEMAND_LIMITS.attachments - form.attachments.length,
      maxBytes: DEMAND_LIMITS.fileBytes,
      onAttached: (file) => {
        setForm((prev) => ({ ...prev, attachments: [...prev.attachments, file] }));
        clear('attachments');
      },
      onProblem: (message) => setErrors((prev) => ({ ...prev, attachments: message })),
      onUploading: (delta) => setUploading((n) => Math.max(0, n + delta)),
      text: e,
    });

  const submit = async () => {
    if (inFlight.current) return;
    if (uploading > 0) {
      void Taro.showToast({ title: m.busyUploading, icon: 'none' });
      return;
    }
    const found = validateDemandForm(form);
    if (Object.keys(found).length) {
      show(found);
      return;
    }
    inFlight.current = true;
    setBusy(true);
    try {
      // The same key on every attempt of this form: the API answers a repeat with the first demand.
      const created = await fileDemand(toDemandInput(form), idempotencyKey.current);
      setErrors({});
      showSuccess(m.submitted);
      onSubmitted(created);
    } catch (err) {
      showFailure(err, mapServerErrors, [403, 404, 409]);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  const disabled = busy || uploading > 0;
  return (
    <View className="demands-form">
      <View className="kit-header demands-header">
        <Text className="kit-header-title demands-header-title">{m.title}</Text>
        <Text className="kit-header-sub demands-header-sub">
          {fillTemplate(m.intro, { days: DEFAULT_DEMAND_DEADLINE_WORKING_DAYS })}
        </Text>
      </View>
      <View className="kit-section demands-section">
        <Field id="dm-category" label={m.fields.category} required error={errors.category}>
          <OptionChips<DemandCategory>
            options={categoryOptions}
            value={form.category}
            testIdPrefix="dm-category"
            disabled={busy}
            onChange={(category) => update({ category }, 'category')}
          />
        </Field>
        <Field id="dm-employerName" label={m.fields.employer} error={errors.employerName}>
          <Input
            className="dm-input-employer"
            value={form.employerName}
            maxLength={DEMAND_LIMITS.employer}
            placeholder={m.placeholders.employer}
            onChange={(employerName: string) => update({ employerName, employerId: null }, 'employerName')}
          />
          {suggestions.map((option) => (
            <View
              key={option.id}
              className="demands-suggestion"
              data-testid="dm-employer-option"
              onClick={() => update({ employerId: option.id, employerName: option.name }, 'employerName')}
            >
              <Text>{option.name}</Text>
              <Text className="demands-card-sub">{option.regionName}</Text>
            </View>
          ))}
        </Field>
        <Field id="dm-description" label={m.fields.description} required error={errors.description}>
          <TextArea
            className="dm-input-description"
            value={form.description}
            maxLength={DEMAND_LIMITS.description}
            rows={5}
            autoSize
            showCount
            placeholder={m.placeholders.description}
            onChange={(description: string) => update({ description }, 'description')}
          />
        </Field>
        <Field id="dm-attachments" label={m.fields.attachments} error={errors.attachments} hint={m.hints.attachments}>
          {form.attachments.map((file, n) => (
            <View key={file.fileId} className="demands-file" data-testid="dm-attachments-file">
              <Text>{file.name}</Text>
              <Text
                className="kit-link"
                data-testid={`dm-attachments-remove-${n}`}
                onClick={() =>
                  !disabled &&
                  update({ attachments: form.attachments.filter((a) => a.fileId !== file.fileId) }, 'attachments')
                }
              >
                {m.removeFile}
              </Text>
            </View>
          ))}
          {uploading > 0 && <Text className="kit-field-hint">{m.uploading}</Text>}
          {form.attachments.length < DEMAND_LIMITS.attachments && (
            <Button size="small" data-testid="dm-attachments-image" disabled={busy} onClick={() => void addPhotos()}>
              {m.chooseImage}
            </Button>
          )}
        </Field>
      </View>
      <View className="kit-actions demands-actions">
        <Button
          block
          type="primary"
          size="large"
          id="dm-submit"
          data-testid="dm-submit"
          loading={busy}
          disabled={disabled}
          onClick={() => void submit()}
        >
          {busy ? m.submitting : m.submit}
        </Button>
      </View>
    </View>
  );
}
