import { useMemo, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  AID_TYPE_LABELS,
  AidApplicationStatus,
  AidType,
  type AidApplicationResponse,
  type MyAidProgramResponse,
} from '@steadywork/shared';
import { attachFiles, useFormErrors } from '@/components/kit';
import { showSuccess } from '@/services/feedback';
import { Button, Input } from '@/ui/nutui';
import {
  LIMITS,
  OTHER_ATTACHMENT_KEY,
  attachmentGroups,
  creditCodeProblem,
  emptyForm,
  fillTemplate,
  formFromApplication,
  formatFen,
  groupOf,
  mapServerErrors,
  materialsTotalFen,
  newIdempotencyKey,
  newMaterialRow,
  rowSubtotalFen,
  toRequest,
  validateForm,
  type AidForm,
  type FieldErrors,
  type MaterialRow,
  type ValidationMode,
} from '../aid-model';
import { createApplication, submitApplication, updateApplication } from '../api';
import { askForUpdates } from '../subscribe';
import { Field } from '../kit';
import { aidText } from '../locales';
import { TextArea } from '../nutui';

const m = aidText.form;
const MAX_FILES_PER_GROUP = 9;

/** What the form needs of a programme (the worker's programme list, or the application when editing). */
export type FormProgram = Pick<
  MyAidProgramResponse,
  'id' | 'aidType' | 'name' | 'description' | 'amountFen' | 'requiredAttachments'
>;

type Busy = 'save' | 'submit' | null;

interface ApplicationFormProps {
  program: FormProgram;
  /** The saved application when editing (a draft, or one returned for amendment). */
  application: AidApplicationResponse | null;
  onSubmitted: (application: AidApplicationResponse) => void;
}

/**
 * The application form of one programme. 保存草稿 creates the draft once (POST with an
 * Idempotency-Key kept until it succeeds) and then updates it (PUT); 提交 saves, then submits.
 * What the worker typed stays on screen whatever the server answers.
 */
export function ApplicationForm({ program, application, onSubmitted }: ApplicationFormProps) {
  const [form, setForm] = useState<AidForm>(() => (application ? formFromApplication(application) : emptyForm()));
  const { errors, setErrors, clear: clearError, show: showFieldErrors, showFailure } = useFormErrors<string>('aid');
  const [busy, setBusy] = useState<Busy>(null);
  const [uploads, setUploads] = useState<Record<string, number>>({});
  // State updates land after the render: a second tap in between must not send twice.
  const inFlight = useRef(false);
  const savedId = useRef<number | null>(application?.id ?? null);
  // One key per form until the draft exists: a retry after a timeout gets the same draft back.
  const idempotencyKey = useRef(newIdempotencyKey());

  const groups = useMemo(
    () => attachmentGroups(program.requiredAttachments, m.fields.other),
    [program.requiredAttachments],
  );
  const shownKeys = groups.map((g) => g.key);
  const uploading = Object.values(uploads).some((n) => n > 0);
  const startup = program.aidType === AidType.STARTUP_SUBSIDY;
  const totalFen = materialsTotalFen(form.items);

  const set = <K extends 'businessName' | 'creditCode' | 'businessPlan' | 'expectedJobs' | 'purpose' | 'statement'>(
    key: K,
    value: string,
  ) => {
    setForm((prev) => ({ ...prev, [key]: value }));
    // Filling either of the pair answers "one of the two".
    if (key === 'creditCode' || key === 'businessPlan') clearError('creditCode', 'businessPlan');
    else clearError(key);
  };

  const setRow = (index: number, field: 'name' | 'quantity' | 'unitPrice', value: string) => {
    setForm((prev) => ({
      ...prev,
      items: prev.items.map((row, i) => (i === index ? { ...row, [field]: value } : row)),
    }));
    clearError(`items.${index}.${field}`, 'items');
  };

  const clearItemErrors = () =>
    setErrors((prev) => Object.fromEntries(Object.entries(prev).filter(([k]) => !k.startsWith('items'))));

  const addRow = () => {
    if (form.items.length >= LIMITS.items) {
      void Taro.showToast({ title: aidText.errors.itemsTooMany, icon: 'none' });
      return;
    }
    setForm((prev) => ({ ...prev, items: [...prev.items, newMaterialRow()] }));
  };

  const removeRow = (index: number) => {
    // Row errors are keyed by position, which the removal shifts.
    clearItemErrors();
    setForm((prev) => {
      const items = prev.items.filter((_, i) => i !== index);
      return { ...prev, items: items.length ? items : [newMaterialRow()] };
    });
  };

  const changeUploads = (key: string, delta: number) =>
    setUploads((prev) => ({ ...prev, [key]: Math.max(0, (prev[key] ?? 0) + delta) }));

  const addFiles = (key: string, source: 'image' | 'file') =>
    attachFiles({
      source,
      room:
        MAX_FILES_PER_GROUP - form.attachments.filter((a) => groupOf(a, program.requiredAttachments) === key).length,
      maxBytes: LIMITS.fileBytes,
      onAttached: (file) => {
        setForm((prev) => ({ ...prev, attachments: [...prev.attachments, { key, ...file }] }));
        clearError(`attachments.${key}`);
      },
      onProblem: (message) => setErrors((prev) => ({ ...prev, [`attachments.${key}`]: message })),
      onUploading: (delta) => changeUploads(key, delta),
      text: { uploadFailed: aidText.errors.uploadFailed, fileTooLarge: aidText.errors.fileTooLarge },
      toastFailures: true,
    });

  const removeFile = (fileId: string, key: string) => {
    setForm((prev) => ({ ...prev, attachments: prev.attachments.filter((a) => a.fileId !== fileId) }));
    clearError(`attachments.${key}`);
  };

  /** Creates the draft the first time (same key on every retry until it exists), then updates it. */
  const persist = async (body: ReturnType<typeof toRequest>): Promise<AidApplicationResponse> => {
    if (savedId.current == null) {
      const created = await createApplication(body, idempotencyKey.current);
      savedId.current = created.id;
      return created;
    }
    return updateApplication(savedId.current, body);
  };

  const run = async (mode: ValidationMode) => {
    if (inFlight.current) return;
    if (uploading) {
      void Taro.showToast({ title: m.busyUploading, icon: 'none' });
      return;
    }
    const found = validateForm(form, program.aidType, program.requiredAttachments, mode);
    if (Object.keys(found).length) {
      showFieldErrors(found, aidText.errors.fixErrors);
      return;
    }
    if (mode !== 'draft') askForUpdates();
    inFlight.current = true;
    setBusy(mode === 'draft' ? 'save' : 'submit');
    const body = toRequest(form, program.id, program.aidType);
    try {
      const saved = await persist(body);
      if (mode === 'draft') {
        setErrors({});
        showSuccess(m.saved);
        return;
      }
      const submitted = await submitApplication(saved.id);
      setErrors({});
      showSuccess(m.submitted);
      onSubmitted(submitted);
    } catch (err) {
      const sent = body.attachments ?? [];
      showFailure(err, (details) => mapServerErrors(details, sent, shownKeys));
    } finally {
      inFlight.current = false;
      setBusy(null);
    }
  };

  const disabled = busy !== null || uploading;

  return (
    <View className="aid-form">
      <View className="kit-header aid-header">
        <Text className="kit-header-title aid-header-title">{application ? m.editTitle : m.createTitle}</Text>
        <Text className="kit-header-sub aid-header-sub">
          {program.name} · {AID_TYPE_LABELS[program.aidType]}
        </Text>
        <Text className="kit-header-sub aid-header-sub">
          {fillTemplate(m.hints.amount, { amount: formatFen(program.amountFen) })}
        </Text>
      </View>

      {application?.status === AidApplicationStatus.RETURNED && (
        <View className="aid-comment aid-comment-returned aid-form-comment" data-testid="aid-form-return-comment">
          <Text className="aid-comment-title">{m.returnedTitle}</Text>
          <Text className="aid-comment-text">{application.lastComment || aidText.common.none}</Text>
          <Text className="kit-field-hint aid-field-hint">{m.returnedHint}</Text>
        </View>
      )}

      {startup ? (
        <View className="kit-section aid-section">
          <Text className="kit-section-title aid-section-title">{m.sections.startup}</Text>
          <Field id="aid-businessName" label={m.fields.businessName} required error={errors.businessName}>
            <Input
              className="aid-input-businessName"
              value={form.businessName}
              maxLength={LIMITS.businessName}
              placeholder={m.placeholders.businessName}
              onChange={(v: string) => set('businessName', v)}
            />
          </Field>
          <Field id="aid-creditCode" label={m.fields.creditCode} error={errors.creditCode} hint={m.hints.creditOrPlan}>
            <Input
              className="aid-input-creditCode"
              value={form.creditCode}
              maxLength={18}
              placeholder={m.placeholders.creditCode}
              onChange={(v: string) => set('creditCode', v)}
              onBlur={(v: string) => {
                const problem = creditCodeProblem(v);
                if (problem) setErrors((prev) => ({ ...prev, creditCode: problem }));
              }}
            />
          </Field>
          <Field id="aid-businessPlan" label={m.fields.businessPlan} error={errors.businessPlan}>
            <TextArea
              className="aid-input-businessPlan"
              value={form.businessPlan}
              maxLength={LIMITS.businessPlan}
              rows={4}
              autoSize
              placeholder={m.placeholders.businessPlan}
              onChange={(v: string) => set('businessPlan', v)}
            />
          </Field>
          <Field id="aid-expectedJobs" label={m.fields.expectedJobs} required error={errors.expectedJobs}>
            <Input
              className="aid-input-expectedJobs"
              type="number"
              value={form.expectedJobs}
              maxLength={4}
              placeholder={m.placeholders.expectedJobs}
              onChange={(v: string) => set('expectedJobs', v)}
            />
          </Field>
        </View>
      ) : (
        <View className="kit-section aid-section">
          <Text className="kit-section-title aid-section-title">{m.sections.materials}</Text>
          <Field id="aid-items" label={m.sections.materials} required error={errors.items}>
            {form.items.map((row, index) => (
              <MaterialRowEditor
                key={row.rowId}
                row={row}
                index={index}
                errors={errors}
                removable={form.items.length > 1 || !!(row.name || row.quantity || row.unitPrice)}
                onChange={setRow}
                onRemove={removeRow}
              />
            ))}
            <View className="aid-items-footer">
              <Button size="small" className="aid-item-add" data-testid="aid-item-add" onClick={addRow}>
                {m.addItem}
              </Button>
              <Text className="aid-items-total" data-testid="aid-items-total" id="aid-items-total">
                {m.fields.total}：{formatFen(totalFen)}
              </Text>
            </View>
          </Field>
          <Field id="aid-purpose" label={m.fields.purpose} required error={errors.purpose}>
            <TextArea
              className="aid-input-purpose"
              value={form.purpose}
              maxLength={LIMITS.purpose}
              rows={2}
              autoSize
              placeholder={m.placeholders.purpose}
              onChange={(v: string) => set('purpose', v)}
            />
          </Field>
        </View>
      )}

      <View className="kit-section aid-section">
        <Text className="kit-section-title aid-section-title">{m.sections.statement}</Text>
        <Field id="aid-statement" label={m.fields.statement} error={errors.statement}>
          <TextArea
            className="aid-input-statement"
            value={form.statement}
            maxLength={LIMITS.statement}
            rows={4}
            autoSize
            placeholder={m.placeholders.statement}
            onChange={(v: string) => set('statement', v)}
          />
        </Field>
      </View>

      <View className="kit-section aid-section">
        <Text className="kit-section-title aid-section-title">{m.sections.attachments}</Text>
        <Text className="kit-field-hint aid-field-hint">{m.hints.attachments}</Text>
        {groups.map((group) => {
          const files = form.attachments.filter((a) => groupOf(a, program.requiredAttachments) === group.key);
          const busyHere = (uploads[group.key] ?? 0) > 0;
          const id = `aid-attachment-${group.key}`;
          return (
            <Field
              key={group.key}
              id={id}
              label={group.label}
              required={group.key !== OTHER_ATTACHMENT_KEY}
              error={errors[`attachments.${group.key}`]}
            >
              {files.map((file, n) => (
                <View key={file.fileId} className="aid-file" data-testid={`${id}-file`}>
                  <Text className="aid-file-name">{file.name}</Text>
                  <Text
                    className="aid-file-remove"
                    data-testid={`${id}-remove-${n}`}
                    onClick={() => !disabled && removeFile(file.fileId, group.key)}
                  >
                    {m.removeFile}
                  </Text>
                </View>
              ))}
              {busyHere && <Text className="aid-file-uploading">{m.uploading}</Text>}
              {files.length < MAX_FILES_PER_GROUP && (
                <View className="aid-file-actions">
                  <Button
                    size="small"
                    className="aid-file-image"
                    data-testid={`${id}-image`}
                    disabled={busy !== null}
                    onClick={() => void addFiles(group.key, 'image')}
                  >
                    {m.chooseImage}
                  </Button>
                  <Button
                    size="small"
                    className="aid-file-document"
                    data-testid={`${id}-file-choose`}
                    disabled={busy !== null}
                    onClick={() => void addFiles(group.key, 'file')}
                  >
                    {m.chooseFile}
                  </Button>
                </View>
              )}
            </Field>
          );
        })}
      </View>

      <View className="kit-actions aid-actions">
        <Button
          block
          type="primary"
          size="large"
          className="aid-submit"
          id="aid-submit"
          data-testid="aid-submit"
          loading={busy === 'submit'}
          disabled={disabled}
          onClick={() => void run('submit')}
        >
          {busy === 'submit' ? m.submitting : m.submit}
        </Button>
        <Button
          block
          size="large"
          className="aid-save"
          id="aid-save"
          data-testid="aid-save"
          loading={busy === 'save'}
          disabled={disabled}
          onClick={() => void run('draft')}
        >
          {busy === 'save' ? m.saving : m.save}
        </Button>
      </View>
    </View>
  );
}

interface MaterialRowEditorProps {
  row: MaterialRow;
  index: number;
  errors: Partial<FieldErrors>;
  removable: boolean;
  onChange: (index: number, field: 'name' | 'quantity' | 'unitPrice', value: string) => void;
  onRemove: (index: number) => void;
}

/** One line of the materials list: name, quantity, unit price in yuan, and its subtotal. */
function MaterialRowEditor({ row, index, errors, removable, onChange, onRemove }: MaterialRowEditorProps) {
  const subtotal = rowSubtotalFen(row);
  const cell = (field: 'name' | 'quantity' | 'unitPrice') => {
    const error = errors[`items.${index}.${field}`];
    return { id: `aid-item-${index}-${field}`, error, className: error ? 'aid-field-invalid' : '' };
  };
  const name = cell('name');
  const quantity = cell('quantity');
  const price = cell('unitPrice');
  return (
    <View className="aid-item" data-testid={`aid-item-${index}`}>
      <View className="aid-item-head">
        <Text className="aid-item-index">#{index + 1}</Text>
        {removable && (
          <Text className="aid-item-remove" data-testid={`aid-item-${index}-remove`} onClick={() => onRemove(index)}>
            {m.removeItem}
          </Text>
        )}
      </View>
      <View id={name.id} data-testid={name.id} className={`aid-item-cell aid-item-name ${name.className}`}>
        <Input
          value={row.name}
          maxLength={LIMITS.itemName}
          placeholder={`${m.fields.itemName}，${m.placeholders.itemName}`}
          onChange={(v: string) => onChange(index, 'name', v)}
        />
        {name.error && <Text className="kit-field-error aid-field-error">{name.error}</Text>}
      </View>
      <View className="aid-item-numbers">
        <View id={quantity.id} data-testid={quantity.id} className={`aid-item-cell ${quantity.className}`}>
          <Text className="aid-item-label">{m.fields.quantity}</Text>
          <Input
            type="number"
            value={row.quantity}
            maxLength={6}
            placeholder={m.placeholders.quantity}
            onChange={(v: string) => onChange(index, 'quantity', v)}
          />
          {quantity.error && <Text className="kit-field-error aid-field-error">{quantity.error}</Text>}
        </View>
        <View id={price.id} data-testid={price.id} className={`aid-item-cell ${price.className}`}>
          <Text className="aid-item-label">{m.fields.unitPrice}</Text>
          <Input
            type="digit"
            value={row.unitPrice}
            maxLength={12}
            placeholder={m.placeholders.unitPrice}
            onChange={(v: string) => onChange(index, 'unitPrice', v)}
          />
          {price.error && <Text className="kit-field-error aid-field-error">{price.error}</Text>}
        </View>
      </View>
      <Text className="aid-item-subtotal" data-testid={`aid-item-${index}-subtotal`}>
        {m.fields.subtotal}：{subtotal != null ? formatFen(subtotal) : '—'}
      </Text>
    </View>
  );
}
