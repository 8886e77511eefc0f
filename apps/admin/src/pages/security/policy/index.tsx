import { ProForm, ProFormDigit } from '@ant-design/pro-components';
import type { SecurityPolicyResponse } from '@steadywork/shared';
import { App, Card, Divider, Form } from 'antd';
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
  {
    name: 'idleTimeoutMinutes',
    label: 'policy.idleTimeoutMinutes',
    help: 'policy.idleTimeoutMinutesHelp',
    min: 5,
    max: 240,
  },
  {
    name: 'passwordMaxAgeDays',
    label: 'policy.passwordMaxAgeDays',
    help: 'policy.passwordMaxAgeDaysHelp',
    min: 0,
    max: 365,
  },
  { name: 'passwordHistory', label: 'policy.passwordHistory', help: 'policy.passwordHistoryHelp', min: 1, max: 12 },
];

/** The rate limits (RateLimiter in the API), in the same form. */
const LIMIT_FIELDS: Field[] = [
  {
    name: 'checkInCodeTries',
    label: 'policy.checkInCodeTries',
    help: 'policy.checkInCodeTriesHelp',
    min: 3,
    max: 50,
  },
  {
    name: 'checkInCodeTriesPerSession',
    label: 'policy.checkInCodeTriesPerSession',
    help: 'policy.checkInCodeTriesPerSessionHelp',
    min: 50,
    max: 5000,
  },
  { name: 'uploadsPerHour', label: 'policy.uploadsPerHour', help: 'policy.uploadsPerHourHelp', min: 10, max: 1000 },
  { name: 'exportsPerHour', label: 'policy.exportsPerHour', help: 'policy.exportsPerHourHelp', min: 5, max: 1000 },
  {
    name: 'eligibilityChecksPerMinute',
    label: 'policy.eligibilityChecksPerMinute',
    help: 'policy.eligibilityChecksPerMinuteHelp',
    min: 5,
    max: 600,
  },
];

function digit(field: Field) {
  return (
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
  );
}

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
        {FIELDS.map(digit)}
        <Divider orientation="left" plain>
          {t('policy.limits')}
        </Divider>
        {LIMIT_FIELDS.map(digit)}
      </ProForm>
    </Card>
  );
}
