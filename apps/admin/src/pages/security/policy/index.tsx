import { ProForm, ProFormDigit } from '@ant-design/pro-components';
import type { SecurityPolicyResponse } from '@steadywork/shared';
import { App, Card, Form } from 'antd';
import { t, type MessageKey } from '../../../locales';
import { ApiError } from '../../../services/request';
import { getPolicy, updatePolicy } from './service';

interface Field {
  name: keyof SecurityPolicyResponse;
  label: MessageKey;
  help: MessageKey;
  min: number;
  max: number;
}

/** The ranges the API accepts (SecurityPolicyDto). */
const FIELDS: Field[] = [
  { name: 'maxFailedLogins', label: 'policy.maxFailedLogins', help: 'policy.maxFailedLoginsHelp', min: 3, max: 10 },
  { name: 'lockoutMinutes', label: 'policy.lockoutMinutes', help: 'policy.lockoutMinutesHelp', min: 5, max: 1440 },
  {
    name: 'passwordMinLength',
    label: 'policy.passwordMinLength',
    help: 'policy.passwordMinLengthHelp',
    min: 8,
    max: 32,
  },
  {
    name: 'accessTokenMinutes',
    label: 'policy.accessTokenMinutes',
    help: 'policy.accessTokenMinutesHelp',
    min: 5,
    max: 120,
  },
  { name: 'refreshTokenDays', label: 'policy.refreshTokenDays', help: 'policy.refreshTokenDaysHelp', min: 1, max: 30 },
];

export default function SecurityPolicyPage() {
  const [form] = Form.useForm<SecurityPolicyResponse>();
  const { message } = App.useApp();
  return (
    <Card title={t('policy.title')}>
      <ProForm<SecurityPolicyResponse>
        form={form}
        layout="horizontal"
        labelCol={{ flex: '200px' }}
        style={{ maxWidth: 640 }}
        request={getPolicy}
        submitter={{ searchConfig: { submitText: t('common.save'), resetText: t('common.reset') } }}
        onFinish={async (values) => {
          try {
            form.setFieldsValue(await updatePolicy(values, form));
          } catch (e) {
            if (e instanceof ApiError) return false;
            throw e;
          }
          void message.success(t('policy.saved'));
          return true;
        }}
      >
        {FIELDS.map((field) => (
          <ProFormDigit
            key={field.name}
            name={field.name}
            label={t(field.label)}
            extra={t(field.help)}
            min={field.min}
            max={field.max}
            fieldProps={{ precision: 0, style: { width: 160 } }}
            rules={[{ required: true, message: t('common.required', { field: t(field.label) }) }]}
          />
        ))}
      </ProForm>
    </Card>
  );
}
