import { ProFormDigit, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import type { CenterResponse, SubsidyResponse } from '@steadywork/shared';
import { Form } from 'antd';
import { FormModal } from '../../../components/kit';
import { t } from '../../../locales';
import { yuanInput } from '../../../utils/money';
import { currentYear, yearOptions } from '../labels';
import { createSubsidy } from '../service';

interface Values {
  year: number;
  /** Fen, shown and typed in 元. */
  amountFen: number;
  purpose: string;
}

interface Props {
  center: Pick<CenterResponse, 'id' | 'name'>;
  onClose(): void;
  onSaved(subsidy: SubsidyResponse): void;
}

/** 登记建设补助: a construction subsidy paid to the center (the star rating decides who qualifies). */
export function SubsidyFormModal({ center, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();

  return (
    <FormModal
      form={form}
      title={t('centers.subsidyCreateTitle', { name: center.name })}
      name="subsidy"
      initialValues={{ year: currentYear() }}
      submit={(values: Values, errors) =>
        createSubsidy(
          center.id,
          { year: values.year, amountFen: values.amountFen, purpose: values.purpose.trim() },
          errors,
        )
      }
      success={t('centers.subsidyCreated')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <ProFormSelect
        name="year"
        label={t('centers.year')}
        width="sm"
        options={yearOptions()}
        rules={[{ required: true, message: t('common.selectRequired', { field: t('centers.year') }) }]}
      />
      <ProFormDigit
        name="amountFen"
        label={t('centers.subsidyAmountYuan')}
        width="sm"
        min={0.01}
        max={100_000_000}
        fieldProps={{ precision: 2 }}
        rules={[{ required: true, message: t('common.required', { field: t('centers.subsidyAmountYuan') }) }]}
        {...yuanInput}
      />
      <ProFormText
        name="purpose"
        label={t('centers.subsidyPurpose')}
        fieldProps={{ maxLength: 255 }}
        rules={[
          { required: true, whitespace: true, message: t('common.required', { field: t('centers.subsidyPurpose') }) },
        ]}
      />
    </FormModal>
  );
}
