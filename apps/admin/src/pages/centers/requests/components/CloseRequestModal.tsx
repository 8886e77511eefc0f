import {
  ProFormDatePicker,
  ProFormDependency,
  ProFormRadio,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { ServiceOutcome, type ServiceRequestResponse } from '@steadywork/shared';
import { Alert } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../../components/kit';
import { t } from '../../../../locales';
import { outcomeOptions } from '../../labels';
import { closeServiceRequest } from '../../service';

interface Values {
  outcome: ServiceOutcome;
  summary: string;
  employer?: string;
  /** YYYY-MM-DD. */
  contractStart?: string;
}

interface Props {
  request: Pick<ServiceRequestResponse, 'id' | 'workerName'>;
  onClose(): void;
  onSaved(request: ServiceRequestResponse): void;
}

const dayOf = (value: unknown) =>
  typeof value === 'string' ? value : (value as Dayjs | undefined)?.format?.('YYYY-MM-DD');

/** 办结: the request's outcome; a referral that ended in a hire records the employer and the contract's start. */
export function CloseRequestModal({ request, onClose, onSaved }: Props) {
  return (
    <FormModal<Values, ServiceRequestResponse>
      title={t('centers.closeTitle', { name: request.workerName })}
      name="close"
      width={560}
      success={t('centers.closed')}
      onClose={onClose}
      onSaved={onSaved}
      // A 409 (already closed or cancelled) is shown by the request layer.
      submit={(values, errors) => {
        const hired = values.outcome === ServiceOutcome.HIRED;
        return closeServiceRequest(
          request.id,
          {
            outcome: values.outcome,
            summary: values.summary.trim(),
            ...(hired ? { employer: values.employer?.trim(), contractStart: dayOf(values.contractStart) } : {}),
          },
          errors,
        );
      }}
    >
      <ProFormRadio.Group
        name="outcome"
        label={t('centers.outcome')}
        layout="vertical"
        options={outcomeOptions}
        rules={[{ required: true, message: t('common.selectRequired', { field: t('centers.outcome') }) }]}
      />
      <ProFormDependency name={['outcome']}>
        {({ outcome }) =>
          outcome === ServiceOutcome.HIRED && (
            <>
              <Alert type="info" showIcon message={t('centers.closeHiredHint')} style={{ marginBottom: 16 }} />
              <ProFormText
                name="employer"
                label={t('centers.employer')}
                fieldProps={{ maxLength: 128 }}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    message: t('common.required', { field: t('centers.employer') }),
                  },
                ]}
              />
              <ProFormDatePicker
                name="contractStart"
                label={t('centers.contractStart')}
                rules={[{ required: true, message: t('common.selectRequired', { field: t('centers.contractStart') }) }]}
              />
            </>
          )
        }
      </ProFormDependency>
      <ProFormTextArea
        name="summary"
        label={t('centers.summary')}
        fieldProps={{ rows: 3, maxLength: 2000, showCount: true }}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('centers.summary') }) }]}
      />
    </FormModal>
  );
}
