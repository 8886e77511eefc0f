import { ProFormTextArea } from '@ant-design/pro-components';
import { LAYOFF_STEP_LABELS, type LayoffFilingDetail, type LayoffStep } from '@steadywork/shared';
import { FormModal } from '../../../components/kit';
import { t } from '../../../locales';
import { returnStep } from '../service';

interface Props {
  filing: LayoffFilingDetail;
  step: LayoffStep;
  onClose(): void;
  onSaved(filing: LayoffFilingDetail): void;
}

/** 退回: union staff send the last step back to be recorded again, with the reason. */
export function ReturnStepModal({ filing, step, onClose, onSaved }: Props) {
  return (
    <FormModal<{ reason: string }, LayoffFilingDetail>
      title={t('layoffs.returnTitle', { step: LAYOFF_STEP_LABELS[step] })}
      name="returnStep"
      submit={(values, errors) => returnStep(filing.id, step, values.reason.trim(), errors)}
      success={t('layoffs.returned')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <ProFormTextArea
        name="reason"
        label={t('layoffs.returnReason')}
        placeholder={t('layoffs.returnReasonPlaceholder')}
        fieldProps={{ rows: 4, maxLength: 255, showCount: true }}
        rules={[
          { required: true, whitespace: true, message: t('common.required', { field: t('layoffs.returnReason') }) },
        ]}
      />
    </FormModal>
  );
}
