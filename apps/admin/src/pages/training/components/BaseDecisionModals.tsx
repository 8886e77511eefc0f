import { ProFormDigit, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import type { TrainingBaseResponse } from '@steadywork/shared';
import { Alert, Form } from 'antd';
import { FormModal } from '../../../components/kit';
import { t } from '../../../locales';
import { yuanInput } from '../../../utils/money';
import { currentYear, yearOptions } from '../labels';
import { accreditBase, addBaseSubsidy, refuseBase } from '../service';

interface Props {
  base: Pick<TrainingBaseResponse, 'id' | 'name'>;
  onClose(): void;
  onSaved(base: TrainingBaseResponse): void;
}

const selectRequired = (field: string) => ({ required: true, message: t('common.selectRequired', { field }) });
const required = (field: string) => ({ required: true, whitespace: true, message: t('common.required', { field }) });

/** 认定: the base counts toward the chosen year's 10. */
export function AccreditModal({ base, onClose, onSaved }: Props) {
  const [form] = Form.useForm<{ year: number; comment?: string }>();
  return (
    <FormModal
      form={form}
      title={t('training.accreditTitle', { name: base.name })}
      name="accredit"
      width={520}
      initialValues={{ year: currentYear() }}
      submit={({ year, comment }: { year: number; comment?: string }, errors) =>
        accreditBase(base.id, { year, comment: comment?.trim() || undefined }, errors)
      }
      success={t('training.accredited')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Alert type="info" showIcon message={t('training.accreditHint')} style={{ marginBottom: 16 }} />
      <ProFormSelect
        name="year"
        label={t('training.accreditedYear')}
        width="sm"
        options={yearOptions()}
        rules={[selectRequired(t('training.accreditedYear'))]}
      />
      <ProFormTextArea
        name="comment"
        label={t('training.accreditComment')}
        fieldProps={{ rows: 3, maxLength: 500, showCount: true }}
      />
    </FormModal>
  );
}

/** 不予认定: the reason is required; the applicant may amend and send it again. */
export function RefuseModal({ base, onClose, onSaved }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormModal
      form={form}
      title={t('training.refuseTitle', { name: base.name })}
      name="refuse"
      width={520}
      modalProps={{ okButtonProps: { danger: true } }}
      submit={({ reason }: { reason: string }, errors) => refuseBase(base.id, reason.trim(), errors)}
      success={t('training.refused')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Alert type="warning" showIcon message={t('training.refuseHint')} style={{ marginBottom: 16 }} />
      <ProFormTextArea
        name="reason"
        label={t('training.refuseReason')}
        fieldProps={{ rows: 3, maxLength: 500, showCount: true }}
        rules={[required(t('training.refuseReason'))]}
      />
    </FormModal>
  );
}

interface SubsidyValues {
  year: number;
  /** Fen, shown and typed in 元. */
  amountFen: number;
  purpose: string;
}

/** 登记建设补助: a base-construction subsidy for an accredited base, typed in 元 and sent in fen. */
export function BaseSubsidyModal({ base, onClose, onSaved }: Props) {
  const [form] = Form.useForm<SubsidyValues>();
  return (
    <FormModal
      form={form}
      title={t('training.subsidyCreateTitle', { name: base.name })}
      name="baseSubsidy"
      initialValues={{ year: currentYear() }}
      submit={(values: SubsidyValues, errors) =>
        addBaseSubsidy(
          base.id,
          { year: values.year, amountFen: values.amountFen, purpose: values.purpose.trim() },
          errors,
        )
      }
      success={t('training.subsidyCreated')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <ProFormSelect
        name="year"
        label={t('training.year')}
        width="sm"
        options={yearOptions()}
        rules={[selectRequired(t('training.year'))]}
      />
      <ProFormDigit
        name="amountFen"
        label={t('training.subsidyAmountYuan')}
        width="sm"
        min={0.01}
        max={100_000_000}
        fieldProps={{ precision: 2 }}
        rules={[{ required: true, message: t('common.required', { field: t('training.subsidyAmountYuan') }) }]}
        {...yuanInput}
      />
      <ProFormText
        name="purpose"
        label={t('training.subsidyPurpose')}
        fieldProps={{ maxLength: 255 }}
        rules={[required(t('training.subsidyPurpose'))]}
      />
    </FormModal>
  );
}
