import { ProFormDatePicker, ProFormDateTimePicker, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import type { JobApplicationResponse } from '@steadywork/shared';
import { FormModal } from '../../../components/kit';
import { t } from '../../../locales';
import { dayjs, shanghaiNow, shanghaiToInstant } from '../../../services/time';
import { hireApplicant, inviteApplicant, rejectApplicant } from '../service';

export type ApplicantAction = 'invite' | 'hire' | 'reject';

interface Props {
  action: ApplicantAction;
  application: JobApplicationResponse;
  onClose(): void;
  onSaved(application: JobApplicationResponse): void;
}

type Values = {
  interviewAt?: string | dayjs.Dayjs;
  interviewPlace?: string;
  startsOn?: string | dayjs.Dayjs;
  note?: string;
  reason?: string;
};

const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
const asText = (v: string | dayjs.Dayjs | undefined, pattern: string) =>
  typeof v === 'string' ? v : (v?.format(pattern) ?? '');

const TITLES = { invite: 'jobs.inviteTitle', hire: 'jobs.hireTitle', reject: 'jobs.rejectTitle' } as const;
const DONE = { invite: 'jobs.invited', hire: 'jobs.hired', reject: 'jobs.rejected' } as const;

/** HR's steps with an applicant: invite to an interview, hire (from a start date), or turn down with a reason. */
export function ApplicantActionModal({ action, application, onClose, onSaved }: Props) {
  const today = shanghaiNow('YYYY-MM-DD');
  return (
    <FormModal<Values, JobApplicationResponse>
      title={t(TITLES[action], { name: application.workerName })}
      name={`applicant-${action}`}
      submit={(values, errors) => {
        if (action === 'invite') {
          return inviteApplicant(
            application.id,
            {
              interviewAt: shanghaiToInstant(asText(values.interviewAt, 'YYYY-MM-DD HH:mm:ss')),
              interviewPlace: (values.interviewPlace ?? '').trim(),
            },
            errors,
          );
        }
        if (action === 'hire') {
          return hireApplicant(
            application.id,
            { startsOn: asText(values.startsOn, 'YYYY-MM-DD'), note: values.note?.trim() || undefined },
            errors,
          );
        }
        return rejectApplicant(application.id, (values.reason ?? '').trim(), errors);
      }}
      success={t(DONE[action])}
      onClose={onClose}
      onSaved={onSaved}
    >
      {action === 'invite' && (
        <>
          <ProFormDateTimePicker
            name="interviewAt"
            label={t('jobs.interviewAt')}
            fieldProps={{ format: 'YYYY-MM-DD HH:mm', style: { width: '100%' } }}
            rules={[required(t('jobs.interviewAt'))]}
          />
          <ProFormText
            name="interviewPlace"
            label={t('jobs.interviewPlace')}
            fieldProps={{ maxLength: 255 }}
            rules={[{ ...required(t('jobs.interviewPlace')), whitespace: true }]}
          />
        </>
      )}
      {action === 'hire' && (
        <>
          <ProFormDatePicker
            name="startsOn"
            label={t('jobs.startsOn')}
            width="100%"
            fieldProps={{ disabledDate: (d: dayjs.Dayjs) => d.format('YYYY-MM-DD') > today }}
            rules={[required(t('jobs.startsOn'))]}
          />
          <ProFormTextArea name="note" label={t('jobs.note')} fieldProps={{ rows: 2, maxLength: 500 }} />
        </>
      )}
      {action === 'reject' && (
        <ProFormTextArea
          name="reason"
          label={t('jobs.rejectReason')}
          fieldProps={{ rows: 3, maxLength: 500, showCount: true }}
          rules={[{ ...required(t('jobs.rejectReason')), whitespace: true }]}
        />
      )}
    </FormModal>
  );
}
