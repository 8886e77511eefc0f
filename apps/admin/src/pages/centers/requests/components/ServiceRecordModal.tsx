import { ProFormDatePicker, ProFormSelect, ProFormTextArea } from '@ant-design/pro-components';
import type { CenterService, ServiceRequestResponse } from '@steadywork/shared';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../../components/kit';
import { t } from '../../../../locales';
import { shanghaiNow } from '../../../../services/time';
import { requestableOptions } from '../../labels';
import { addServiceRecord } from '../../service';

interface Values {
  /** YYYY-MM-DD (Shanghai). */
  servedOn: string;
  serviceType: CenterService;
  notes: string;
  result?: string;
}

interface Props {
  request: Pick<ServiceRequestResponse, 'id' | 'workerName' | 'serviceType'>;
  onClose(): void;
  onSaved(request: ServiceRequestResponse): void;
}

const dayOf = (value: unknown) =>
  typeof value === 'string' ? value : (value as Dayjs | undefined)?.format?.('YYYY-MM-DD');

/** 添加服务记录: what the center did for the worker on a day (a request may need several visits). */
export function ServiceRecordModal({ request, onClose, onSaved }: Props) {
  const today = shanghaiNow('YYYY-MM-DD');

  return (
    <FormModal<Values, ServiceRequestResponse>
      title={t('centers.recordCreateTitle', { name: request.workerName })}
      name="record"
      width={560}
      initialValues={{ servedOn: today, serviceType: request.serviceType }}
      success={t('centers.recordCreated')}
      onClose={onClose}
      onSaved={onSaved}
      // A 409 (the request is no longer being served) is shown by the request layer.
      submit={(values, errors) =>
        addServiceRecord(
          request.id,
          {
            servedOn: dayOf(values.servedOn) ?? values.servedOn,
            serviceType: values.serviceType,
            notes: values.notes.trim(),
            result: values.result?.trim() || undefined,
          },
          errors,
        )
      }
    >
      <ProFormDatePicker
        name="servedOn"
        label={t('centers.servedOn')}
        fieldProps={{ disabledDate: (day: Dayjs) => day.format('YYYY-MM-DD') > today }}
        rules={[
          { required: true, message: t('common.selectRequired', { field: t('centers.servedOn') }) },
          {
            validator: async (_: unknown, value: unknown) => {
              const day = dayOf(value);
              if (day && day > today) throw new Error(t('centers.servedOnAfterToday'));
            },
          },
        ]}
      />
      <ProFormSelect
        name="serviceType"
        label={t('centers.serviceType')}
        options={requestableOptions}
        rules={[{ required: true, message: t('common.selectRequired', { field: t('centers.serviceType') }) }]}
      />
      <ProFormTextArea
        name="notes"
        label={t('centers.recordNotes')}
        fieldProps={{ rows: 3, maxLength: 2000, showCount: true }}
        rules={[
          { required: true, whitespace: true, message: t('common.required', { field: t('centers.recordNotes') }) },
        ]}
      />
      <ProFormTextArea
        name="result"
        label={t('centers.recordResult')}
        fieldProps={{ rows: 2, maxLength: 500, showCount: true }}
      />
    </FormModal>
  );
}
