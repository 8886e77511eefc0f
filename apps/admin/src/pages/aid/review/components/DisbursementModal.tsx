import { ProFormDatePicker, ProFormDigit, ProFormText } from '@ant-design/pro-components';
import type { AidApplicationResponse } from '@steadywork/shared';
import { App, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../../components/kit';
import { t } from '../../../../locales';
import { shanghaiNow } from '../../../../services/time';
import { formatYuan, yuanInput } from '../../../../utils/money';
import { recordDisbursement } from '../../service';

interface Values {
  /** Fen, shown and typed in 元. */
  amountFen: number;
  voucherNo: string;
  /** YYYY-MM-DD (Shanghai). */
  paidAt: string;
}

interface Props {
  application: Pick<AidApplicationResponse, 'id' | 'workerName' | 'amountFen'>;
  onClose(): void;
  onSaved(): void;
}

const required = (field: string) => ({ required: true, message: t('common.required', { field }) });

/** 登记发放: 财务部 records the payment of the award (the amount must be the award's). */
export function DisbursementModal({ application, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { modal } = App.useApp();
  const today = shanghaiNow('YYYY-MM-DD');

  return (
    <FormModal
      form={form}
      title={t('aid.disburseTitle', { name: application.workerName })}
      name="disbursement"
      initialValues={{ amountFen: application.amountFen, paidAt: today }}
      submit={async (values: Values, errors) => {
        // Money leaves the union's account: say whose and how much before it is recorded.
        const confirmed = await modal.confirm({
          title: t('aid.disburseConfirmTitle'),
          content: t('aid.disburseConfirm', {
            name: application.workerName,
            amount: formatYuan(values.amountFen),
            voucher: values.voucherNo.trim(),
          }),
        });
        if (!confirmed) return false;
        return recordDisbursement(
          application.id,
          { amountFen: values.amountFen, voucherNo: values.voucherNo.trim(), paidAt: values.paidAt },
          errors,
        );
      }}
      success={t('aid.disbursed')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <ProFormDigit
        name="amountFen"
        label={t('aid.disburseAmount')}
        min={0.01}
        fieldProps={{ precision: 2 }}
        width="sm"
        rules={[
          required(t('aid.disburseAmount')),
          {
            validator: async (_: unknown, fen: unknown) => {
              if (typeof fen === 'number' && fen !== application.amountFen) {
                throw new Error(t('aid.disburseAmountMismatch', { amount: formatYuan(application.amountFen) }));
              }
            },
          },
        ]}
        {...yuanInput}
      />
      <ProFormText
        name="voucherNo"
        label={t('aid.voucherNo')}
        fieldProps={{ maxLength: 64 }}
        rules={[{ ...required(t('aid.voucherNo')), whitespace: true }]}
      />
      <ProFormDatePicker
        name="paidAt"
        label={t('aid.paidAt')}
        fieldProps={{ disabledDate: (day: Dayjs) => day.format('YYYY-MM-DD') > today }}
        rules={[
          { required: true, message: t('common.selectRequired', { field: t('aid.paidAt') }) },
          {
            validator: async (_: unknown, value: unknown) => {
              const day = typeof value === 'string' ? value : (value as Dayjs | undefined)?.format?.('YYYY-MM-DD');
              if (day && day > today) throw new Error(t('aid.disburseAfterToday'));
            },
          },
        ]}
      />
    </FormModal>
  );
}
