import { ProFormTextArea } from '@ant-design/pro-components';
import type { JobPostingResponse } from '@steadywork/shared';
import { FormModal } from '../../../components/kit';
import { t } from '../../../locales';
import { returnPosting } from '../service';

interface Props {
  posting: JobPostingResponse;
  onClose(): void;
  onSaved(posting: JobPostingResponse): void;
}

/** 退回: the posting goes back to its HR with the reason they must fix. */
export function ReturnPostingModal({ posting, onClose, onSaved }: Props) {
  return (
    <FormModal<{ reason: string }, JobPostingResponse>
      title={t('jobs.returnTitle', { title: posting.title })}
      name="return"
      submit={(values, errors) => returnPosting(posting.id, values.reason.trim(), errors)}
      success={t('jobs.returned')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <ProFormTextArea
        name="reason"
        label={t('jobs.returnReason')}
        placeholder={t('jobs.returnReasonPlaceholder')}
        fieldProps={{ rows: 4, maxLength: 500, showCount: true }}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('jobs.returnReason') }) }]}
      />
    </FormModal>
  );
}
