import { useEffect, useMemo, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  EDUCATION_LABELS,
  EMPLOYMENT_STATUS_LABELS,
  ErrorCode,
  SELF_DECLARED_TAGS,
  WORKER_TAG_LABELS,
  isRegistrationCodeResponse,
  parseResidentId,
  type RegistrationCodeResponse,
  type WorkerResponse,
  type WorkerTag,
} from '@steadywork/shared';
import { useFormErrors } from '@/components/kit';
import { errorMessage, isApiError } from '@/services/api-error';
import { showError } from '@/services/feedback';
import { Button, Input } from '@/ui/nutui';
import { fetchRegions, saveMyProfile } from '../api';
import { Cascader, Checkbox, Switch, TextArea } from '../nutui';
import {
  EDUCATION_OPTIONS,
  EMPLOYMENT_STATUS_OPTIONS,
  ETHNICITY_OPTIONS,
  ethnicityLabel,
  fill,
  formFromProfile,
  EMPTY_FORM,
  liveIdProblem,
  mapServerErrors,
  regionOptions,
  regionPath,
  toRequest,
  validateForm,
  type FormField,
  type ProfileForm as FormState,
  type RegionOption,
} from '../profile-model';
import { Field } from '../kit';
import { workerText } from '../locales';
import { OptionSheet } from './option-sheet';

const m = workerText;

type Sheet = 'ethnicity' | 'employmentStatus' | 'education' | 'region' | null;

/** What the Cascader hands back for each level of the chosen path. */
interface CascaderNode {
  value?: string | number;
  text?: string;
  children?: unknown[];
}

/** A tappable row that opens a sheet; shows the chosen label or a placeholder. */
function SelectRow({ className, text, onClick }: { className: string; text: string; onClick: () => void }) {
  return (
    <View className={`reg-select ${className}`} onClick={onClick}>
      <Text className={text ? 'reg-select-value' : 'reg-select-placeholder'}>{text || m.placeholders.select}</Text>
      <Text className="reg-select-arrow">›</Text>
    </View>
  );
}

interface ProfileFormProps {
  /** The registered record when editing; null to register. */
  profile: WorkerResponse | null;
  onSaved: (saved: WorkerResponse) => void;
  /** The API sent an SMS code: the registration finishes on the code page. */
  onCodeSent?: (pending: RegistrationCodeResponse) => void;
  onCancel?: () => void;
}

/** The real-name registration form: client checks mirror the API's, then PUT /me/profile. */
export function ProfileForm({ profile, onSaved, onCodeSent, onCancel }: ProfileFormProps) {
  const [form, setForm] = useState<FormState>(() => (profile ? formFromProfile(profile) : EMPTY_FORM));
  const { errors, setErrors, show: showFieldErrors } = useFormErrors<FormField>('reg');
  const [idBlurred, setIdBlurred] = useState(false);
  const [consent, setConsent] = useState(false);
  const [sheet, setSheet] = useState<Sheet>(null);
  const [regions, setRegions] = useState<RegionOption[] | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // State updates land after the render: a second tap in between must not send twice.
  const inFlight = useRef(false);
  const regionsLoading = useRef(false);

  const loadRegions = async () => {
    if (regions || regionsLoading.current) return;
    regionsLoading.current = true;
    try {
      setRegions(regionOptions(await fetchRegions()));
    } catch (err) {
      showError(err);
    } finally {
      regionsLoading.current = false;
    }
  };

  useEffect(() => {
    // Once, when the form opens; tapping the region field retries if this failed.
    void loadRegions();
  }, []);

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => {
    setForm((prev) => ({ ...prev, [key]: value }));
    if (key !== 'regionLabel') setErrors((prev) => ({ ...prev, [key as FormField]: undefined }));
  };

  const idInfo = useMemo(() => parseResidentId(form.idNumber), [form.idNumber]);
  const idError = errors.idNumber ?? liveIdProblem(form.idNumber, idBlurred);

  const openRegion = () => {
    if (!regions) {
      void Taro.showToast({ title: m.regionsLoading, icon: 'none' });
      void loadRegions();
      return;
    }
    setSheet('region');
  };

  const regionValue = useMemo(() => (regions ? regionPath(regions, form.regionCode) : []), [regions, form.regionCode]);

  const onRegionChange = (value: (string | number)[], path: CascaderNode[]) => {
    const county = path[path.length - 1];
    // Only a county (a leaf: no children) is a valid region.
    if (!county?.value || county.children?.length || value.length !== 2) return;
    setForm((prev) => ({
      ...prev,
      regionCode: String(county.value),
      regionLabel: path.map((node) => node.text).join(' '),
    }));
    setErrors((prev) => ({ ...prev, regionCode: undefined }));
  };

  const toggleTag = (tag: WorkerTag, on: boolean) => {
    setForm((prev) => ({ ...prev, tags: [...prev.tags.filter((x) => x !== tag), ...(on ? [tag] : [])] }));
    setErrors((prev) => ({ ...prev, tags: undefined }));
  };

  const submit = async () => {
    if (inFlight.current) return;
    const found = validateForm(form, profile);
    if (Object.keys(found).length) {
      setIdBlurred(true);
      showFieldErrors(found, m.errors.fixErrors);
      return;
    }
    if (!consent) {
      void Taro.showToast({ title: m.privacy.required, icon: 'none', duration: 2500 });
      return;
    }
    inFlight.current = true;
    setSubmitting(true);
    try {
      const saved = await saveMyProfile(toRequest(form));
      if (isRegistrationCodeResponse(saved)) onCodeSent?.(saved);
      else onSaved(saved);
    } catch (err) {
      const { fields, other } = isApiError(err) ? mapServerErrors(err.details) : { fields: {}, other: [] };
      if (Object.keys(fields).length) {
        // A conflict's own message says what to do (contact the union); a 400's is generic.
        const title =
          isApiError(err) && err.code === ErrorCode.VALIDATION_FAILED
            ? (other[0] ?? m.errors.fixErrors)
            : errorMessage(err);
        showFieldErrors(fields, title);
      } else {
        showError(err);
      }
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  };

  const statusLabel = form.employmentStatus ? EMPLOYMENT_STATUS_LABELS[form.employmentStatus] : '';
  const educationLabel = form.education ? EDUCATION_LABELS[form.education] : '';

  return (
    <View className="reg-form">
      <View className="kit-header reg-header">
        <Text className="reg-title">{profile ? m.editTitle : m.registerTitle}</Text>
        {!profile && <Text className="reg-intro">{m.registerIntro}</Text>}
      </View>

      <View className="reg-section">
        <Text className="reg-section-title">{m.sections.identity}</Text>
        <Field label={m.fields.name} required error={errors.name}>
          <Input
            className="reg-name"
            value={form.name}
            maxLength={64}
            placeholder={m.placeholders.name}
            onChange={(v: string) => set('name', v)}
          />
        </Field>
        {profile ? (
          <Field label={m.fields.idNumber} hint={m.hints.idLocked}>
            <Text className="reg-id reg-id-locked">{profile.idNumberMasked}</Text>
          </Field>
        ) : (
          <Field label={m.fields.idNumber} required error={idError}>
            <Input
              className="reg-id"
              type="idcard"
              value={form.idNumber}
              maxLength={18}
              placeholder={m.placeholders.idNumber}
              onChange={(v: string) => {
                set('idNumber', v);
                setIdBlurred(false);
              }}
              onBlur={() => setIdBlurred(true)}
            />
            {idInfo.valid && idInfo.birthDate && idInfo.sex && (
              <Text className="reg-id-derived">
                {fill(m.derived, { birthDate: idInfo.birthDate, sex: m.sex[idInfo.sex] })}
              </Text>
            )}
          </Field>
        )}
        <Field
          label={m.fields.phone}
          required={!profile}
          error={errors.phone}
          hint={profile ? fill(m.hints.phoneReenter, { masked: profile.phoneMasked }) : undefined}
        >
          <Input
            className="reg-phone"
            type="number"
            value={form.phone}
            maxLength={11}
            placeholder={m.placeholders.phone}
            onChange={(v: string) => set('phone', v)}
          />
        </Field>
        <Field label={m.fields.ethnicity} error={errors.ethnicity}>
          <SelectRow
            className="reg-ethnicity"
            text={form.ethnicity && ethnicityLabel(form.ethnicity)}
            onClick={() => setSheet('ethnicity')}
          />
        </Field>
        <Field label={m.fields.region} required error={errors.regionCode}>
          <SelectRow className="reg-region" text={form.regionLabel} onClick={openRegion} />
        </Field>
      </View>

      <View className="reg-section">
        <Text className="reg-section-title">{m.sections.employment}</Text>
        <Field label={m.fields.employmentStatus} required error={errors.employmentStatus}>
          <SelectRow className="reg-employment" text={statusLabel} onClick={() => setSheet('employmentStatus')} />
        </Field>
        <Field label={m.fields.employer} error={errors.employer}>
          <Input
            className="reg-employer"
            value={form.employer}
            maxLength={128}
            placeholder={m.placeholders.employer}
            onChange={(v: string) => set('employer', v)}
          />
        </Field>
        <Field label={m.fields.unionMember} error={errors.unionMember} className="reg-field-inline">
          <Switch className="reg-union" checked={form.unionMember} onChange={(v: boolean) => set('unionMember', v)} />
        </Field>
        <Field label={m.fields.education} error={errors.education}>
          <SelectRow className="reg-education" text={educationLabel} onClick={() => setSheet('education')} />
        </Field>
        <Field label={m.fields.skills} error={errors.skills} hint={m.hints.skills}>
          <Input
            className="reg-skills"
            value={form.skills}
            placeholder={m.placeholders.skills}
            onChange={(v: string) => set('skills', v)}
          />
        </Field>
        <Field label={m.fields.employmentIntention} error={errors.employmentIntention}>
          <TextArea
            className="reg-intention"
            value={form.employmentIntention}
            maxLength={255}
            rows={2}
            autoSize
            placeholder={m.placeholders.employmentIntention}
            onChange={(v: string) => set('employmentIntention', v)}
          />
        </Field>
        <Field label={m.fields.trainingNeeds} error={errors.trainingNeeds}>
          <TextArea
            className="reg-training"
            value={form.trainingNeeds}
            maxLength={255}
            rows={2}
            autoSize
            placeholder={m.placeholders.trainingNeeds}
            onChange={(v: string) => set('trainingNeeds', v)}
          />
        </Field>
      </View>

      <View className="reg-section">
        <Text className="reg-section-title">{m.sections.tags}</Text>
        <Field label={m.fields.tags} error={errors.tags} hint={m.hints.tags} className="reg-tags">
          <View className="reg-tag-list">
            {SELF_DECLARED_TAGS.map((tag) => (
              <Checkbox
                key={tag}
                className={`reg-tag reg-tag-${tag}`}
                label={WORKER_TAG_LABELS[tag]}
                checked={form.tags.includes(tag)}
                onChange={(on: boolean) => toggleTag(tag, on)}
              />
            ))}
          </View>
        </Field>
      </View>

      <View className="reg-section reg-privacy">
        <Text className="reg-section-title">{m.privacy.title}</Text>
        <View className="reg-privacy-text">
          {m.privacy.paragraphs.map((paragraph) => (
            <Text key={paragraph} className="reg-privacy-paragraph">
              {paragraph}
            </Text>
          ))}
        </View>
        <Checkbox
          className="reg-consent"
          label={m.privacy.agree}
          checked={consent}
          onChange={(on: boolean) => setConsent(on)}
        />
      </View>

      <View className="kit-actions reg-actions">
        <Button
          block
          type="primary"
          size="large"
          className="reg-submit"
          loading={submitting}
          disabled={submitting}
          onClick={() => void submit()}
        >
          {submitting ? m.submitting : profile ? m.save : m.submit}
        </Button>
        {onCancel && (
          <Button block size="large" className="reg-cancel" disabled={submitting} onClick={onCancel}>
            {m.cancelEdit}
          </Button>
        )}
      </View>

      <OptionSheet
        visible={sheet === 'ethnicity'}
        title={m.fields.ethnicity}
        className="reg-ethnicity-sheet"
        options={ETHNICITY_OPTIONS}
        value={form.ethnicity}
        onConfirm={(v) => set('ethnicity', v)}
        onClose={() => setSheet(null)}
      />
      <OptionSheet
        visible={sheet === 'employmentStatus'}
        title={m.fields.employmentStatus}
        className="reg-employment-sheet"
        options={EMPLOYMENT_STATUS_OPTIONS}
        value={form.employmentStatus}
        onConfirm={(v) => set('employmentStatus', v)}
        onClose={() => setSheet(null)}
      />
      <OptionSheet
        visible={sheet === 'education'}
        title={m.fields.education}
        className="reg-education-sheet"
        options={EDUCATION_OPTIONS}
        value={form.education}
        onConfirm={(v) => set('education', v)}
        onClose={() => setSheet(null)}
      />
      {regions && (
        <Cascader
          className="reg-region-cascader"
          popupProps={{ className: 'reg-region-popup' }}
          visible={sheet === 'region'}
          title={m.regionTitle}
          closeable
          options={regions}
          value={regionValue}
          onChange={onRegionChange}
          onClose={() => setSheet(null)}
        />
      )}
    </View>
  );
}
