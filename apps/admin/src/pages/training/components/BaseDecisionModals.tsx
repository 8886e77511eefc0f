import { ModalForm, ProFormDigit, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import type { TrainingBaseResponse } from '@steadywork/shared';
import { Alert, App, Form } from 'antd';
import { t } from '../../../locales';
import { ApiError } from '../../../services/request';
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
  const { message } = App.useApp();
  return (
    <ModalForm<{ year: number; comment?: string }>
      title={t('training.accreditTitle', { name: base.name })}
      name="accredit"
      open
      form={form}
      width={520}
      modalProps={{ maskClosable: false }}
      initialValues={{ year: currentYear() }}
      onOpenChange={(next) => !next && onClose()}
      onFinish={async ({ year, comment }) => {
        try {
          const saved = await accreditBase(base.id, { year, comment: comment?.trim() || undefined }, form);
          void message.success(t('training.accredited'));
          onSaved(saved);
          return true;
        } catch (e) {
          if (e instanceof ApiError) return false;
          throw e;
        }
      }}
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
    </ModalForm>
  );
}

/** 不予认定: the reason is required; the applicant may amend and send it again. */
export function RefuseModal({ base, onClose, onSaved }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  const { message } = App.useApp();
  return (
    <ModalForm<{ reason: string }>
      title={t('training.refuseTitle', { name: base.name })}
      name="refuse"
      open
      form={form}
      width={520}
      modalProps={{ maskClosable: false, okButtonProps: { danger: true } }}
      onOpenChange={(next) => !next && onClose()}
      onFinish={async ({ reason }) => {
        try {
          const saved = await refuseBase(base.id, reason.trim(), form);
          void message.success(t('training.refused'));
          onSaved(saved);
          return true;
        } catch (e) {
          if (e instanceof ApiError) return false;
          throw e;
        }
      }}
    >
      <Alert type="warning" showIcon message={t('training.refuseHint')} style={{ marginBottom: 16 }} />
      <ProFormTextArea
        name="reason"
        label={t('training.refuseReason')}
        fieldProps={{ rows: 3, maxLength: 500, showCount: true }}
        rules={[required(t('training.refuseReason'))]}
      />
    </ModalForm>
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
  const { message } = App.useApp();
  return (
    <ModalForm<SubsidyValues>
      title={t('training.subsidyCreateTitle', { name: base.name })}
      name="baseSubsidy"
      open
      form={form}
      width={480}
      modalProps={{ maskClosable: false }}
      initialValues={{ year: currentYear() }}
      onOpenChange={(next) => !next && onClose()}
      onFinish={async (values) => {
        try {
          const saved = await addBaseSubsidy(
            base.id,
            { year: values.year, amountFen: values.amountFen, purpose: values.purpose.trim() },
            form,
          );
          void message.success(t('training.subsidyCreated'));
          onSaved(saved);
          return true;
        } catch (e) {
          if (e instanceof ApiError) return false;
          throw e;
        }
      }}
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
    </ModalForm>
  );
}
