import { ProFormDigit } from '@ant-design/pro-components';
import type { DemandSettings } from '@steadywork/shared';
import { Form } from 'antd';
import { useEffect } from 'react';
import { FormModal } from '../../../components/kit';
import { t } from '../../../locales';
import { getDemandSettings, saveDemandSettings } from '../service';

/** 办理时限: the province's number of working days a demand is answered within. */
export function SettingsModal({ onClose }: { onClose(): void }) {
  const [form] = Form.useForm<DemandSettings>();
  useEffect(() => {
    let live = true;
    void getDemandSettings().then(
      (s) => live && form.setFieldsValue(s),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [form]);
  return (
    <FormModal<DemandSettings, DemandSettings>
      title={t('demands.settingsTitle')}
      name="demand-settings"
      form={form}
      success={t('common.saved')}
      onClose={onClose}
      onSaved={onClose}
      submit={(v, errors) => saveDemandSettings({ deadlineWorkingDays: v.deadlineWorkingDays }, errors)}
    >
      <ProFormDigit
        name="deadlineWorkingDays"
        label={t('demands.deadlineWorkingDays')}
        tooltip={t('demands.deadlineHelp')}
        min={1}
        max={30}
        fieldProps={{ precision: 0 }}
        rules={[{ required: true, message: t('common.required', { field: t('demands.deadlineWorkingDays') }) }]}
      />
    </FormModal>
  );
}
