import { ProForm, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { DEMAND_CATEGORY_LABELS, type DemandCategory, type DemandResponse } from '@steadywork/shared';
import { FormModal } from '../../../components/kit';
import { WorkerPicker } from '../../../components/WorkerPicker';
import { t } from '../../../locales';
import { optionsOf } from '../../../utils/options';
import { employerOptions, recordCall } from '../service';

interface Values {
  workerId: number;
  category: DemandCategory;
  employerId?: number;
  employerName?: string;
  description: string;
}

/** 登记 12351 热线来电: a demand for a registered worker, filed by the staff member who took the call. */
export function HotlineModal({ onClose, onSaved }: { onClose(): void; onSaved(d: DemandResponse): void }) {
  return (
    <FormModal<Values, DemandResponse>
      title={t('demands.recordCallTitle')}
      name="hotline"
      width={560}
      success={t('demands.callRecorded')}
      onClose={onClose}
      onSaved={onSaved}
      submit={(v, errors, idempotencyKey) =>
        recordCall(
          {
            workerId: v.workerId,
            category: v.category,
            employerId: v.employerId || undefined,
            employerName: v.employerId ? undefined : v.employerName?.trim() || undefined,
            description: v.description.trim(),
          },
          idempotencyKey,
          errors,
        )
      }
    >
      <ProForm.Item
        name="workerId"
        label={t('demands.workerId')}
        tooltip={t('demands.workerIdHelp')}
        rules={[{ required: true, message: t('common.selectRequired', { field: t('demands.workerId') }) }]}
      >
        <WorkerPicker />
      </ProForm.Item>
      <ProFormSelect
        name="category"
        label={t('demands.category')}
        options={optionsOf(DEMAND_CATEGORY_LABELS)}
        rules={[{ required: true, message: t('common.selectRequired', { field: t('demands.category') }) }]}
      />
      <ProFormSelect
        name="employerId"
        label={t('demands.employerRegistry')}
        showSearch
        debounceTime={300}
        fieldProps={{ allowClear: true, filterOption: false }}
        request={({ keyWords }: { keyWords?: string }) => employerOptions(keyWords ?? '')}
      />
      <ProFormText name="employerName" label={t('demands.employerName')} fieldProps={{ maxLength: 128 }} />
      <ProFormTextArea
        name="description"
        label={t('demands.description')}
        fieldProps={{ maxLength: 2000, showCount: true, rows: 4 }}
        rules={[
          { required: true, whitespace: true, message: t('common.required', { field: t('demands.description') }) },
        ]}
      />
    </FormModal>
  );
}
