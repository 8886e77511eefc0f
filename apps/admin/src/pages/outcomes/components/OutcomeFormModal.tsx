import {
  ProFormDatePicker,
  ProFormDependency,
  ProFormRadio,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import {
  OUTCOME_SOURCE_LABELS,
  OUTCOME_TYPE_LABELS,
  OutcomeType,
  isValidCreditCode,
  type OutcomeResponse,
  type OutcomeSource,
  type WorkerResponse,
} from '@steadywork/shared';
import { App, Form, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { AttachmentsInput, attachmentIds, type AttachmentFile } from '../../../components/Attachments';
import { FormModal } from '../../../components/kit';
import { WorkerPicker } from '../../../components/WorkerPicker';
import { onListFields } from '../../../utils/field-errors';
import { t } from '../../../locales';
import { ApiError } from '../../../services/request';
import { shanghaiNow } from '../../../services/time';
import { optionsOf } from '../../../utils/options';
import { createOutcome } from '../service';

interface Values {
  workerId: number;
  type: OutcomeType;
  source: OutcomeSource;
  employer?: string;
  contractStart?: string;
  businessName?: string;
  creditCode?: string;
  evidence?: AttachmentFile[];
  achievedOn: string;
  notes?: string;
}

interface Props {
  /** The worker when known in advance (from an aid application); otherwise the user picks one. */
  worker?: Pick<WorkerResponse, 'id' | 'name' | 'idNumberMasked'>;
  /** Where the outcome came from, when the caller knows (an aid application: AID). */
  source?: OutcomeSource;
  applicationId?: number;
  onClose(): void;
  onSaved(outcome: OutcomeResponse): void;
}

const MAX_EVIDENCE = 10;
const typeOptions = optionsOf(OUTCOME_TYPE_LABELS);
const sourceOptions = optionsOf(OUTCOME_SOURCE_LABELS);
const required = (field: string) => ({ required: true, whitespace: true, message: t('common.required', { field }) });
const selectRequired = (field: string) => ({ required: true, message: t('common.selectRequired', { field }) });

/** The shared GB 32100 check, the one the API applies. */
async function creditCodeRule(_: unknown, value: unknown): Promise<void> {
  if (typeof value === 'string' && value.trim() && !isValidCreditCode(value)) {
    throw new Error(t('outcomes.creditCodeInvalid'));
  }
}

const dayOf = (value: unknown) =>
  typeof value === 'string' ? value : (value as Dayjs | undefined)?.format?.('YYYY-MM-DD');

/** The worker of an aid application: shown, not picked (errors on `workerId` show under it). */
function FixedWorker({ worker }: { worker: NonNullable<Props['worker']>; value?: number }) {
  return (
    <Typography.Text data-testid="outcome-worker">{[worker.name, worker.idNumberMasked].join('　')}</Typography.Text>
  );
}

/** 登记成果: a worker verified as employed or self-employed (counts once per worker per year). */
export function OutcomeFormModal({ worker, source, applicationId, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const today = shanghaiNow('YYYY-MM-DD');

  return (
    <FormModal<Values, OutcomeResponse>
      title={t('outcomes.createTitle')}
      name="outcome"
      form={form}
      width={600}
      initialValues={{ workerId: worker?.id, source, type: OutcomeType.EMPLOYED, achievedOn: today }}
      success={t('outcomes.created')}
      onClose={onClose}
      onSaved={onSaved}
      errorTarget={(f) => onListFields(f, ['evidence'])}
      submit={async (values, errors) => {
        if (values.evidence?.some((file) => file.status === 'uploading')) {
          form.setFields([{ name: 'evidence', errors: [t('files.stillUploading')] }]);
          return false;
        }
        const employed = values.type === OutcomeType.EMPLOYED;
        try {
          return await createOutcome(
            {
              workerId: values.workerId,
              type: values.type,
              source: values.source,
              ...(employed
                ? { employer: values.employer?.trim(), contractStart: values.contractStart }
                : {
                    businessName: values.businessName?.trim(),
                    creditCode: values.creditCode?.trim().toUpperCase(),
                  }),
              evidence: attachmentIds(values.evidence),
              achievedOn: values.achievedOn,
              applicationId,
              notes: values.notes?.trim() || undefined,
            },
            errors,
          );
        } catch (e) {
          // A 409 (the worker already counts this year) names the field, and says why in its message.
          if (e instanceof ApiError && e.statusCode === 409 && e.details?.length) void message.error(e.message);
          throw e;
        }
      }}
    >
      <Form.Item name="workerId" label={t('outcomes.worker')} rules={[selectRequired(t('outcomes.worker'))]}>
        {worker ? <FixedWorker worker={worker} /> : <WorkerPicker />}
      </Form.Item>
      <ProFormRadio.Group
        name="type"
        label={t('outcomes.type')}
        radioType="button"
        options={typeOptions}
        rules={[selectRequired(t('outcomes.type'))]}
      />
      <ProFormSelect
        name="source"
        label={t('outcomes.source')}
        options={sourceOptions}
        disabled={!!source}
        rules={[selectRequired(t('outcomes.source'))]}
      />
      <ProFormDependency name={['type']}>
        {({ type }) =>
          type === OutcomeType.SELF_EMPLOYED ? (
            <>
              <ProFormText
                name="businessName"
                label={t('outcomes.businessName')}
                fieldProps={{ maxLength: 128 }}
                rules={[required(t('outcomes.businessName'))]}
              />
              <ProFormText
                name="creditCode"
                label={t('outcomes.creditCode')}
                fieldProps={{ maxLength: 18 }}
                rules={[required(t('outcomes.creditCode')), { validator: creditCodeRule }]}
              />
            </>
          ) : (
            <>
              <ProFormText
                name="employer"
                label={t('outcomes.employer')}
                fieldProps={{ maxLength: 128 }}
                rules={[required(t('outcomes.employer'))]}
              />
              <ProFormDatePicker
                name="contractStart"
                label={t('outcomes.contractStart')}
                rules={[selectRequired(t('outcomes.contractStart'))]}
              />
            </>
          )
        }
      </ProFormDependency>
      <ProFormDatePicker
        name="achievedOn"
        label={t('outcomes.achievedOn')}
        extra={t('outcomes.achievedOnHelp')}
        fieldProps={{ disabledDate: (day: Dayjs) => day.format('YYYY-MM-DD') > today }}
        rules={[
          selectRequired(t('outcomes.achievedOn')),
          {
            validator: async (_: unknown, value: unknown) => {
              const day = dayOf(value);
              if (day && day > today) throw new Error(t('outcomes.afterToday'));
            },
          },
        ]}
      />
      <Form.Item
        name="evidence"
        label={t('outcomes.evidence')}
        extra={t('files.hint', { max: MAX_EVIDENCE })}
        rules={[
          {
            validator: async (_, files?: AttachmentFile[]) => {
              if (files?.some((file) => file.status === 'error')) throw new Error(t('files.removeFailed'));
            },
          },
        ]}
      >
        <AttachmentsInput max={MAX_EVIDENCE} />
      </Form.Item>
      <ProFormTextArea
        name="notes"
        label={t('outcomes.notes')}
        fieldProps={{ rows: 2, maxLength: 500, showCount: true }}
      />
    </FormModal>
  );
}
