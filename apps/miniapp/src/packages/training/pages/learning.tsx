import { useRef, useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ONLINE_LEARNING_CHANNEL_LABELS, type OnlineLearningRecordResponse } from '@steadywork/shared';
import { byFieldName, useFormErrors, useRemote } from '@/components/kit';
import { showSuccess } from '@/services/feedback';
import { Button, Input } from '@/ui/nutui';
import { useNavTitle } from '@/i18n/use-nav-title';
import {
  fillTemplate,
  shanghaiDate,
  toLearningRequest,
  validateLearningForm,
  type LearningField,
  type LearningForm,
} from '../training-model';
import { fetchMyLearning, logLearning } from '../api';
import { Field, Page, Remote } from '../kit';
import { trainingText } from '../locales';
import '../training.css';

const m = trainingText.learning;

const LEARNING_FIELDS: readonly LearningField[] = ['itemTitle', 'durationMinutes', 'studiedOn'];

function emptyForm(): LearningForm {
  return { itemTitle: '', durationMinutes: '', studiedOn: shanghaiDate(new Date()) };
}

/**
 * Study log: the worker logs an item studied (POST /me/training/online-learning; the same item again
 * is counted once) and sees their records, imported ones included.
 */
export default function LearningPage() {
  useNavTitle(trainingText.nav.learning);
  const records = useRemote(fetchMyLearning);
  const [form, setForm] = useState<LearningForm>(emptyForm);
  const { errors, setErrors, clear, showFailure } = useFormErrors<LearningField>('training');
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);

  const set = (field: LearningField, value: string) => {
    setForm((prev) => ({ ...prev, [field]: value }));
    clear(field);
  };

  const submit = async () => {
    if (inFlight.current) return;
    const found = validateLearningForm(form, new Date());
    setErrors(found);
    if (Object.keys(found).length) return;
    inFlight.current = true;
    setSubmitting(true);
    try {
      const record = await logLearning(toLearningRequest(form));
      const known = (records.data ?? []).some((r) => r.id === record.id);
      if (known) void Taro.showToast({ title: m.repeated, icon: 'none', duration: 2500 });
      else showSuccess(m.logged);
      if (!known) records.setData((prev: OnlineLearningRecordResponse[] | null) => [record, ...(prev ?? [])]);
      setForm(emptyForm());
    } catch (err) {
      showFailure(err, byFieldName(LEARNING_FIELDS));
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  };

  return (
    <Page className="training-learning-page" title={m.title} intro={m.intro}>
      <View className="kit-section training-section">
        <Field id="learning-itemTitle" label={m.itemTitle} required error={errors.itemTitle}>
          <Input
            value={form.itemTitle}
            placeholder={m.itemTitlePlaceholder}
            maxLength={255}
            onChange={(v: string) => set('itemTitle', v)}
          />
        </Field>
        <Field id="learning-durationMinutes" label={m.duration} required error={errors.durationMinutes}>
          <Input
            type="number"
            value={form.durationMinutes}
            placeholder={m.durationPlaceholder}
            maxLength={4}
            onChange={(v: string) => set('durationMinutes', v)}
          />
        </Field>
        <Field id="learning-studiedOn" label={m.studiedOn} error={errors.studiedOn}>
          <Picker
            mode="date"
            value={form.studiedOn}
            end={shanghaiDate(new Date())}
            onChange={(ev) => set('studiedOn', String(ev.detail.value))}
          >
            <View className="training-choice">
              <Text>{form.studiedOn}</Text>
            </View>
          </Picker>
        </Field>
        <View className="kit-actions training-actions">
          <Button
            block
            type="primary"
            id="learning-submit"
            loading={submitting}
            disabled={submitting}
            onClick={() => void submit()}
          >
            {submitting ? m.submitting : m.submit}
          </Button>
        </View>
      </View>

      <View className="kit-section training-section">
        <Text className="training-section-title">{m.records}</Text>
        <Remote remote={records} empty={{ text: m.empty, testId: 'learning-empty' }}>
          {(list) =>
            list.map((record) => (
              <View key={record.id} className="training-session-row" data-testid={`learning-${record.id}`}>
                <View className="training-session-main">
                  <Text className="training-session-seq">{record.itemTitle}</Text>
                  <Text className="training-session-time">
                    {record.studiedOn} · {fillTemplate(m.minutes, { n: record.durationMinutes })} · {record.source}
                  </Text>
                </View>
                <Text className="training-session-status">
                  {ONLINE_LEARNING_CHANNEL_LABELS[record.channel] ?? record.channel}
                </Text>
              </View>
            ))
          }
        </Remote>
      </View>
    </Page>
  );
}
