import { ProFormDateTimePicker, ProFormDigit, ProFormSelect, ProFormTextArea } from '@ant-design/pro-components';
import { FollowUpMethod, type EmploymentStatus, type FollowUpResponse, type WorkerResponse } from '@steadywork/shared';
import { Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../components/kit';
import { t } from '../../../locales';
import { TIME_ZONE, dayjs, shanghaiNow, shanghaiToInstant } from '../../../services/time';
import { yuanInput } from '../../../utils/money';
import { employmentOptions, followUpMethodOptions } from '../labels';
import { recordFollowUp } from '../service';

interface Values {
  method: FollowUpMethod;
  /** Shanghai wall-clock time, YYYY-MM-DD HH:mm:ss (ProForm's string date format). */
  followedAt: string;
  notes: string;
  employmentStatus: EmploymentStatus;
  /** 家庭月人均收入 in fen (typed in 元), when found out. */
  monthlyIncomeFen?: number | null;
}

interface Props {
  worker: Pick<WorkerResponse, 'id' | 'name' | 'employmentStatus'>;
  onClose(): void;
  onSaved(followUp: FollowUpResponse): void;
}

const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
const selectRequired = (field: string) => ({ required: true, message: t('common.selectRequired', { field }) });

/** Days after today (in Shanghai) cannot be picked. */
function afterToday(day: Dayjs): boolean {
  return day.format('YYYY-MM-DD') > shanghaiNow('YYYY-MM-DD');
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/** Today, the hours and minutes still to come cannot be picked either. */
function futureTimes(day: Dayjs | null) {
  if (!day || day.format('YYYY-MM-DD') !== shanghaiNow('YYYY-MM-DD')) return {};
  const [hour, minute] = shanghaiNow('HH:mm').split(':').map(Number);
  return {
    disabledHours: () => range(hour + 1, 24),
    disabledMinutes: (h: number) => (h === hour ? range(minute + 1, 60) : []),
  };
}

async function notInFuture(_: unknown, value: unknown): Promise<void> {
  if (value === null || value === undefined || value === '') return;
  const wall = dayjs.isDayjs(value) ? value.format('YYYY-MM-DD HH:mm:ss') : String(value);
  if (dayjs.tz(wall, TIME_ZONE).isAfter(dayjs())) throw new Error(t('workers.followedAtFuture'));
}

/** 记录回访: the detail page and the overdue list share it. */
export function FollowUpFormModal({ worker, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  return (
    <FormModal
      form={form}
      title={t('workers.followUpTitle', { name: worker.name })}
      name="followUp"
      width={560}
      initialValues={{
        method: FollowUpMethod.PHONE,
        followedAt: shanghaiNow(),
        employmentStatus: worker.employmentStatus,
      }}
      submit={(values: Values, errors) =>
        recordFollowUp(
          worker.id,
          {
            method: values.method,
            followedAt: shanghaiToInstant(values.followedAt),
            notes: values.notes.trim(),
            employmentStatus: values.employmentStatus,
            ...(typeof values.monthlyIncomeFen === 'number' ? { monthlyIncomeFen: values.monthlyIncomeFen } : {}),
          },
          errors,
        )
      }
      success={t('workers.followUpRecorded')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <ProFormSelect
        name="method"
        label={t('workers.followUpMethod')}
        options={followUpMethodOptions}
        rules={[selectRequired(t('workers.followUpMethod'))]}
      />
      <ProFormDateTimePicker
        name="followedAt"
        label={t('workers.followedAt')}
        fieldProps={{ disabledDate: afterToday, disabledTime: futureTimes, format: 'YYYY-MM-DD HH:mm' }}
        rules={[selectRequired(t('workers.followedAt')), { validator: notInFuture }]}
      />
      <ProFormSelect
        name="employmentStatus"
        label={t('workers.followUpStatus')}
        options={employmentOptions}
        rules={[selectRequired(t('workers.followUpStatus'))]}
      />
      <ProFormDigit
        name="monthlyIncomeFen"
        label={t('workers.followUpIncome')}
        tooltip={t('workers.followUpIncomeHelp')}
        min={0}
        max={1_000_000}
        fieldProps={{ precision: 2, step: 10 }}
        width="sm"
        {...yuanInput}
      />
      <ProFormTextArea
        name="notes"
        label={t('workers.followUpNotes')}
        placeholder={t('workers.followUpNotesPlaceholder')}
        fieldProps={{ maxLength: 2000, rows: 4, showCount: true }}
        rules={[{ ...required(t('workers.followUpNotes')), whitespace: true }]}
      />
    </FormModal>
  );
}
