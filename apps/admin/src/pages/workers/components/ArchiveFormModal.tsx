import { ProFormDigit, ProFormRadio, ProFormTextArea } from '@ant-design/pro-components';
import type { ArchiveResponse, HardshipLevel, HouseholdInfo, WorkerResponse } from '@steadywork/shared';
import { Checkbox, Form, Space, type FormInstance } from 'antd';
import {
  AttachmentsInput,
  attachmentIds,
  toAttachmentFiles,
  type AttachmentFile,
} from '../../../components/Attachments';
import { FormModal } from '../../../components/kit';
import { t, type MessageKey } from '../../../locales';
import { type FieldErrorTarget } from '../../../services/request';
import { yuanInput } from '../../../utils/money';
import { levelOptions } from '../labels';
import { openArchive, reassessArchive, reopenArchive, type ArchiveAssessment } from '../service';

/** 建档 (no archive yet), 重新评估 (an active one), 返困 (a closed one: a new assessment and the reason). */
export type ArchiveFormMode = 'open' | 'reassess' | 'reopen';

interface Values {
  level: HardshipLevel;
  /** The household as sent: the income field holds fen, shown and typed in 元. */
  household: HouseholdInfo;
  cause: string;
  /** 证明材料: the upload list; the uploaded files' ids are sent. */
  attachments?: AttachmentFile[];
  reason?: string;
}

interface Props {
  mode: ArchiveFormMode;
  worker: WorkerResponse;
  /** The current archive: its assessment fills the form when reassessing or reopening. */
  archive: ArchiveResponse | null;
  onClose(): void;
  onSaved(archive: ArchiveResponse): void;
}

const TEXT: Record<ArchiveFormMode, { title: MessageKey; done: MessageKey }> = {
  open: { title: 'workers.archiveOpenTitle', done: 'workers.archiveOpened' },
  reassess: { title: 'workers.archiveReassessTitle', done: 'workers.archiveReassessed' },
  reopen: { title: 'workers.archiveReopenTitle', done: 'workers.archiveReopened' },
};

const HOUSEHOLD_FLAGS = ['zeroEmployment', 'lowIncome', 'disability'] as const;

/** The API takes at most this many attachments. */
const MAX_ATTACHMENTS = 20;

/**
 * The API names one attachment by its index (`attachments[1]`): the upload field shows the message
 * with that file's name, and the file is marked failed so it gets removed or uploaded again.
 */
function withAttachmentErrors(form: FormInstance<Values>): FieldErrorTarget {
  return {
    getFieldsValue: form.getFieldsValue,
    setFields: (fields) => {
      const rest: typeof fields = [];
      const messages: string[] = [];
      let files = (form.getFieldValue('attachments') as AttachmentFile[] | undefined) ?? [];
      for (const field of fields) {
        const [head, index] = Array.isArray(field.name) ? (field.name as (string | number)[]) : [field.name];
        if (head !== 'attachments') {
          rest.push(field);
          continue;
        }
        const errors = (field.errors ?? []).map(String);
        const file = typeof index === 'number' ? files[index] : undefined;
        if (!file) {
          messages.push(...errors);
          continue;
        }
        messages.push(...errors.map((m) => t('files.missing', { name: file.name, message: m })));
        files = files.map((f) => (f === file ? { ...f, status: 'error', error: new Error(errors.join('；')) } : f));
      }
      if (messages.length) rest.push({ name: 'attachments', value: files, errors: messages });
      form.setFields(rest);
    },
  };
}

const required = (field: string) => ({ required: true, message: t('common.required', { field }) });

export function ArchiveFormModal({ mode, worker, archive, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();

  const initial: Partial<Values> = archive
    ? {
        level: archive.level,
        household: { ...archive.household },
        cause: archive.cause,
        attachments: toAttachmentFiles(archive.attachmentFiles),
      }
    : {
        household: {
          members: 1,
          monthlyIncomePerCapitaFen: 0,
          zeroEmployment: false,
          lowIncome: false,
          disability: false,
        },
      };

  return (
    <FormModal
      form={form}
      title={t(TEXT[mode].title, { name: worker.name })}
      name="archive"
      width={560}
      initialValues={initial}
      errorTarget={withAttachmentErrors}
      submit={async (values: Values, errors) => {
        if (values.attachments?.some((file) => file.status === 'uploading')) {
          form.setFields([{ name: 'attachments', errors: [t('files.stillUploading')] }]);
          return false;
        }
        const assessment: ArchiveAssessment = {
          level: values.level,
          household: {
            members: values.household.members,
            monthlyIncomePerCapitaFen: values.household.monthlyIncomePerCapitaFen,
            zeroEmployment: !!values.household.zeroEmployment,
            lowIncome: !!values.household.lowIncome,
            disability: !!values.household.disability,
          },
          cause: values.cause.trim(),
          attachments: attachmentIds(values.attachments),
        };
        return mode === 'open'
          ? openArchive(worker.id, assessment, errors)
          : mode === 'reassess'
            ? reassessArchive(worker.id, assessment, errors)
            : reopenArchive(worker.id, { ...assessment, reason: values.reason!.trim() }, errors);
      }}
      success={t(TEXT[mode].done)}
      onClose={onClose}
      onSaved={onSaved}
    >
      {mode === 'reopen' && (
        <ProFormTextArea
          name="reason"
          label={t('workers.reopenReason')}
          fieldProps={{ maxLength: 255, rows: 2, showCount: true }}
          rules={[required(t('workers.reopenReason'))]}
        />
      )}
      <ProFormRadio.Group
        name="level"
        label={t('workers.level')}
        radioType="button"
        options={levelOptions}
        rules={[{ required: true, message: t('common.selectRequired', { field: t('workers.level') }) }]}
      />
      <ProFormDigit
        name={['household', 'members']}
        label={t('workers.members')}
        min={1}
        max={30}
        fieldProps={{ precision: 0 }}
        width="sm"
        rules={[required(t('workers.members'))]}
      />
      <ProFormDigit
        name={['household', 'monthlyIncomePerCapitaFen']}
        label={t('workers.income')}
        min={0}
        max={1_000_000}
        fieldProps={{ precision: 2, step: 10 }}
        width="sm"
        rules={[required(t('workers.income'))]}
        {...yuanInput}
      />
      <Form.Item label={t('workers.household')}>
        <Space wrap>
          {HOUSEHOLD_FLAGS.map((flag) => (
            <Form.Item key={flag} name={['household', flag]} valuePropName="checked" noStyle>
              <Checkbox>{t(`workers.${flag}`)}</Checkbox>
            </Form.Item>
          ))}
        </Space>
      </Form.Item>
      <ProFormTextArea
        name="cause"
        label={t('workers.cause')}
        fieldProps={{ maxLength: 2000, rows: 3, showCount: true }}
        rules={[required(t('workers.cause'))]}
      />
      <Form.Item
        name="attachments"
        label={t('workers.attachments')}
        extra={t('files.hint', { max: MAX_ATTACHMENTS })}
        rules={[
          {
            validator: async (_, files?: AttachmentFile[]) => {
              if (files?.some((file) => file.status === 'error')) throw new Error(t('files.removeFailed'));
            },
          },
        ]}
      >
        <AttachmentsInput max={MAX_ATTACHMENTS} />
      </Form.Item>
    </FormModal>
  );
}
