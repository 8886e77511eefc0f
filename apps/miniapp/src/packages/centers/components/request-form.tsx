import { useMemo, useRef, useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  DISPUTE_TYPE_LABELS,
  SERVICE_ACCEPT_WORKING_DAYS,
  type CenterResponse,
  type CenterService,
  type DisputeType,
  type ServiceRequestResponse,
} from '@steadywork/shared';
import { useFormErrors } from '@/components/kit';
import { showSuccess } from '@/services/feedback';
import { Button } from '@/ui/nutui';
import {
  DEFAULT_PREFERRED_TIME,
  DISPUTE_TYPES,
  REQUEST_LIMITS,
  emptyRequestForm,
  fillTemplate,
  mapServerErrors,
  needsDisputeType,
  newIdempotencyKey,
  serviceLabel,
  shanghaiDate,
  splitServices,
  toServiceRequestInput,
  validateRequestForm,
  type RequestField,
  type RequestForm as FormState,
} from '../centers-model';
import { createServiceRequest } from '../api';
import { Field, OptionChips } from '../kit';
import { centersText } from '../locales';
import { TextArea } from '../nutui';
import { attachFiles } from '@/components/kit';

const m = centersText.form;
const e = centersText.errors;

interface RequestFormProps {
  center: CenterResponse;
  /** The service the worker chose on the detail page (`?service=`), preselected when offered. */
  wantedService?: string;
  onSubmitted: (request: ServiceRequestResponse) => void;
}

/**
 * Request a service at one center. The request is created with an Idempotency-Key made once for this form
 * and sent again on every retry, so a timeout followed by a second tap never makes two requests.
 * What the worker typed stays on screen whatever the server answers.
 */
export function RequestForm({ center, wantedService, onSubmitted }: RequestFormProps) {
  const { requestable } = useMemo(() => splitServices(center.services), [center.services]);
  const [form, setForm] = useState<FormState>(() => emptyRequestForm(center.services, wantedService));
  const {
    errors,
    setErrors,
    clear: clearError,
    show: showFieldErrors,
    showFailure,
  } = useFormErrors<RequestField>('centers');
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState(0);
  // State updates land after the render: a second tap in between must not send twice.
  const inFlight = useRef(false);
  const idempotencyKey = useRef(newIdempotencyKey());

  const update = (patch: Partial<FormState>, ...clear: RequestField[]) => {
    setForm((prev) => ({ ...prev, ...patch }));
    clearError(...clear);
  };

  const addFiles = (source: 'image' | 'file') =>
    attachFiles({
      source,
      room: REQUEST_LIMITS.attachments - form.attachments.length,
      maxBytes: REQUEST_LIMITS.fileBytes,
      onAttached: (file) => {
        setForm((prev) => ({ ...prev, attachments: [...prev.attachments, file] }));
        clearError('attachments');
      },
      onProblem: (message) => setErrors((prev) => ({ ...prev, attachments: message })),
      onUploading: (delta) => setUploading((n) => Math.max(0, n + delta)),
      text: e,
    });

  const removeFile = (fileId: string) =>
    update({ attachments: form.attachments.filter((a) => a.fileId !== fileId) }, 'attachments');

  const submit = async () => {
    if (inFlight.current) return;
    if (uploading > 0) {
      void Taro.showToast({ title: m.busyUploading, icon: 'none' });
      return;
    }
    const found = validateRequestForm(form, center.services, new Date());
    if (Object.keys(found).length) {
      showFieldErrors(found, e.fixErrors);
      return;
    }
    inFlight.current = true;
    setBusy(true);
    try {
      // The same key on every attempt of this form: the API answers a repeat with the first request.
      const created = await createServiceRequest(toServiceRequestInput(form, center.id), idempotencyKey.current);
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

  const today = shanghaiDate(new Date());
  const disabled = busy || uploading > 0;

  return (
    <View className="centers-form">
      <View className="kit-header centers-header">
        <Text className="kit-header-title centers-header-title">{m.title}</Text>
        <Text className="kit-header-sub centers-header-sub">{center.name}</Text>
        <Text className="kit-header-sub centers-header-sub">
          {fillTemplate(m.intro, { days: SERVICE_ACCEPT_WORKING_DAYS })}
        </Text>
      </View>

      <View className="kit-section centers-section">
        <Field id="sr-serviceType" label={m.fields.serviceType} required error={errors.serviceType}>
          <OptionChips<CenterService>
            options={requestable.map((s) => ({ value: s, label: serviceLabel(s) }))}
            value={form.serviceType}
            testIdPrefix="sr-serviceType"
            disabled={busy}
            onChange={(serviceType) =>
              update(
                needsDisputeType(serviceType) ? { serviceType } : { serviceType, disputeType: '' },
                'serviceType',
                'disputeType',
              )
            }
          />
        </Field>

        {needsDisputeType(form.serviceType) && (
          <Field
            id="sr-disputeType"
            label={m.fields.disputeType}
            required
            error={errors.disputeType}
            hint={m.hints.disputeType}
          >
            <OptionChips<DisputeType>
              options={DISPUTE_TYPES.map((d) => ({ value: d, label: DISPUTE_TYPE_LABELS[d] }))}
              value={form.disputeType}
              testIdPrefix="sr-disputeType"
              disabled={busy}
              onChange={(disputeType) => update({ disputeType }, 'disputeType')}
            />
          </Field>
        )}

        <Field id="sr-description" label={m.fields.description} required error={errors.description}>
          <TextArea
            className="sr-input-description"
            value={form.description}
            maxLength={REQUEST_LIMITS.description}
            rows={4}
            autoSize
            showCount
            placeholder={m.placeholders.description}
            onChange={(description: string) => update({ description }, 'description')}
          />
        </Field>

        <Field
          id="sr-preferredTime"
          label={m.fields.preferredTime}
          error={errors.preferredTime}
          hint={m.hints.preferredTime}
        >
          <View className="centers-time-row">
            <Picker
              mode="date"
              value={form.date || shanghaiDate(new Date(), 1)}
              start={today}
              onChange={(ev) =>
                update({ date: String(ev.detail.value), time: form.time || DEFAULT_PREFERRED_TIME }, 'preferredTime')
              }
            >
              <View className="centers-picker" id="sr-date" data-testid="sr-date">
                <Text className={form.date ? '' : 'centers-picker-placeholder'}>
                  {form.date || m.placeholders.date}
                </Text>
              </View>
            </Picker>
            <Picker
              mode="time"
              value={form.time || DEFAULT_PREFERRED_TIME}
              onChange={(ev) => update({ time: String(ev.detail.value) }, 'preferredTime')}
            >
              <View className="centers-picker" id="sr-time" data-testid="sr-time">
                <Text className={form.time ? '' : 'centers-picker-placeholder'}>
                  {form.time || m.placeholders.time}
                </Text>
              </View>
            </Picker>
            {(form.date || form.time) && (
              <Text
                className="kit-link centers-link"
                data-testid="sr-time-clear"
                onClick={() => update({ date: '', time: '' }, 'preferredTime')}
              >
                {m.clearTime}
              </Text>
            )}
          </View>
        </Field>

        <Field id="sr-attachments" label={m.fields.attachments} error={errors.attachments} hint={m.hints.attachments}>
          {form.attachments.map((file, n) => (
            <View key={file.fileId} className="centers-file" data-testid="sr-attachments-file">
              <Text className="centers-file-name">{file.name}</Text>
              <Text
                className="kit-link centers-link centers-file-remove"
                data-testid={`sr-attachments-remove-${n}`}
                onClick={() => !disabled && removeFile(file.fileId)}
              >
                {m.removeFile}
              </Text>
            </View>
          ))}
          {uploading > 0 && <Text className="kit-field-hint centers-field-hint">{m.uploading}</Text>}
          {form.attachments.length < REQUEST_LIMITS.attachments && (
            <View className="centers-file-actions">
              <Button
                size="small"
                className="sr-attachments-image"
                data-testid="sr-attachments-image"
                disabled={busy}
                onClick={() => void addFiles('image')}
              >
                {m.chooseImage}
              </Button>
              <Button
                size="small"
                className="sr-attachments-file-choose"
                data-testid="sr-attachments-file-choose"
                disabled={busy}
                onClick={() => void addFiles('file')}
              >
                {m.chooseFile}
              </Button>
            </View>
          )}
        </Field>
      </View>

      <View className="kit-actions centers-actions">
        <Button
          block
          type="primary"
          size="large"
          className="sr-submit"
          id="sr-submit"
          data-testid="sr-submit"
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
