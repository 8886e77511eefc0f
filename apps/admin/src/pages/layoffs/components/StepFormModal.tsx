import { ProFormDatePicker, ProFormDigit, ProFormTextArea } from '@ant-design/pro-components';
import { LAYOFF_STEP_LABELS, LayoffStep, type LayoffFilingDetail } from '@steadywork/shared';
import { Alert, Form } from 'antd';
import { AttachmentsInput, attachmentIds, type AttachmentFile } from '../../../components/Attachments';
import { FormModal } from '../../../components/kit';
import { t } from '../../../locales';
import type { dayjs } from '../../../services/time';
import { recordStep } from '../service';
import { dateText } from './dates';

interface Values {
  date: string | dayjs.Dayjs;
  evidence?: AttachmentFile[];
  note?: string;
  present?: number;
  votesFor?: number;
  votesAgainst?: number;
}

interface Props {
  filing: LayoffFilingDetail;
  step: LayoffStep;
  onClose(): void;
  onSaved(filing: LayoffFilingDetail): void;
}

const required = (field: string) => ({ required: true, message: t('common.required', { field }) });

/** 办理 the next step: its date and one evidence file; the congress vote with its figures. */
export function StepFormModal({ filing, step, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const vote = step === LayoffStep.CONGRESS_VOTE;
  return (
    <FormModal<Values, LayoffFilingDetail>
      form={form}
      title={t('layoffs.recordTitle', { step: LAYOFF_STEP_LABELS[step] })}
      name="step"
      width={560}
      submit={(values, errors) => {
        const [fileId] = attachmentIds(values.evidence);
        if (!fileId) {
          form.setFields([{ name: 'evidence', errors: [t('layoffs.evidenceRequired')] }]);
          return Promise.resolve(false);
        }
        return recordStep(
          filing.id,
          step,
          {
            date: dateText(values.date)!,
            fileId,
            note: values.note?.trim() || undefined,
            ...(vote ? { present: values.present, votesFor: values.votesFor, votesAgainst: values.votesAgainst } : {}),
          },
          errors,
        );
      }}
      routeErrors={(path) => (path[0] === 'fileId' ? ['evidence'] : path)}
      success={t('layoffs.recorded')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <ProFormDatePicker name="date" label={t('layoffs.date')} width="100%" rules={[required(t('layoffs.date'))]} />
      {vote && (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('layoffs.voteRule')} />
          <ProFormDigit
            name="present"
            label={t('layoffs.present')}
            min={1}
            fieldProps={{ precision: 0 }}
            rules={[required(t('layoffs.present'))]}
          />
          <ProFormDigit
            name="votesFor"
            label={t('layoffs.votesFor')}
            min={0}
            fieldProps={{ precision: 0 }}
            rules={[required(t('layoffs.votesFor'))]}
          />
          <ProFormDigit
            name="votesAgainst"
            label={t('layoffs.votesAgainst')}
            min={0}
            fieldProps={{ precision: 0 }}
            rules={[required(t('layoffs.votesAgainst'))]}
          />
        </>
      )}
      <Form.Item
        name="evidence"
        label={t('layoffs.evidence')}
        rules={[{ required: true, message: t('layoffs.evidenceRequired') }]}
      >
        <AttachmentsInput max={1} />
      </Form.Item>
      <ProFormTextArea
        name="note"
        label={t('layoffs.note')}
        fieldProps={{ rows: 2, maxLength: 500, showCount: true }}
      />
    </FormModal>
  );
}
