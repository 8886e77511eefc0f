import { ProFormDatePicker, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import type { JobApplicationResponse, JobPostingResponse } from '@steadywork/shared';
import { FormModal } from '../../../components/kit';
import { t } from '../../../locales';
import { dayjs } from '../../../services/time';
import { listWorkers } from '../../workers/service';
import { PostingFormModal } from '../components/PostingFormModal';
import { listEmployers } from '../service';
import { assignPublicWelfare, createPublicWelfarePost } from './service';

/** 发布公益性岗位: a posting's fields and the employing unit (社区、街道…); open at once. */
export function PublicWelfareFormModal({
  onClose,
  onSaved,
}: {
  onClose(): void;
  onSaved(posting: JobPostingResponse): void;
}) {
  return (
    <PostingFormModal
      posting={null}
      onClose={onClose}
      onSaved={onSaved}
      variant={{
        title: t('jobEvents.welfareCreateTitle'),
        fields: (
          <ProFormSelect
            name="employerId"
            label={t('jobEvents.welfareEmployer')}
            extra={t('jobEvents.welfareEmployerHelp')}
            colProps={{ span: 24 }}
            showSearch
            debounceTime={300}
            rules={[{ required: true, message: t('common.selectRequired', { field: t('jobEvents.welfareEmployer') }) }]}
            request={async ({ keyWords }: { keyWords?: string }) =>
              (await listEmployers({ keyword: keyWords, page: 1, pageSize: 50 })).items.map((e) => ({
                value: e.id,
                label: `${e.name}（${e.regionName}）`,
              }))
            }
          />
        ),
        submit: (values, body, errors) =>
          createPublicWelfarePost({ ...body, employerId: Number(values.employerId) }, errors),
      }}
    />
  );
}

interface AssignValues {
  workerId: number;
  startsOn: string | dayjs.Dayjs;
  note?: string;
}

/** 安置职工: a worker of the scope the market did not place, from the day they started. */
export function AssignModal({
  posting,
  onClose,
  onSaved,
}: {
  posting: JobPostingResponse;
  onClose(): void;
  onSaved(application: JobApplicationResponse): void;
}) {
  return (
    <FormModal<AssignValues, JobApplicationResponse>
      title={t('jobEvents.assignTitle', { title: posting.title })}
      name="welfare-assign"
      initialValues={{ startsOn: dayjs().format('YYYY-MM-DD') }}
      submit={(values, errors) =>
        assignPublicWelfare(
          posting.id,
          {
            workerId: Number(values.workerId),
            startsOn: typeof values.startsOn === 'string' ? values.startsOn : values.startsOn.format('YYYY-MM-DD'),
            note: values.note?.trim() || undefined,
          },
          errors,
        )
      }
      success={t('jobEvents.assigned')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <ProFormSelect
        name="workerId"
        label={t('jobEvents.assignWorker')}
        extra={t('jobEvents.assignWorkerHelp')}
        showSearch
        debounceTime={300}
        rules={[{ required: true, message: t('common.selectRequired', { field: t('jobEvents.assignWorker') }) }]}
        request={async ({ keyWords }: { keyWords?: string }) =>
          keyWords?.trim()
            ? (await listWorkers({ keyword: keyWords.trim(), page: 1, pageSize: 20 })).items.map((w) => ({
                value: w.id,
                label: `${w.name} ${w.idNumberMasked}（${w.regionName}）`,
              }))
            : []
        }
      />
      <ProFormDatePicker
        name="startsOn"
        label={t('jobEvents.assignStartsOn')}
        width="100%"
        rules={[{ required: true, message: t('common.selectRequired', { field: t('jobEvents.assignStartsOn') }) }]}
      />
      <ProFormText name="note" label={t('jobEvents.note')} fieldProps={{ maxLength: 500 }} />
    </FormModal>
  );
}
