import { ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { isValidMobile, type StaffUserResponse, FIELD_RULES } from '@steadywork/shared';
import { Form } from 'antd';
import { passwordRule } from '../../../../utils/form-rules';
import { FormModal } from '../../../../components/kit';
import { t } from '../../../../locales';
import { createUser, updateUser } from '../service';
import { organizationOptions, selectRequired } from './options';

interface Values {
  username: string;
  displayName: string;
  phone?: string;
  password: string;
  organizationId: number;
}

interface Props {
  /** null: a new account. */
  user: StaffUserResponse | null;
  open: boolean;
  onClose(): void;
  onSaved(user: StaffUserResponse): void;
}

async function phoneRule(_: unknown, value: unknown): Promise<void> {
  if (typeof value === 'string' && value.trim() && !isValidMobile(value)) throw new Error(t('users.phoneInvalid'));
}

const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
/**
 * The system admin's form: a new account (without roles — 三权分立: the security admin assigns
 * them) or an account's name. Roles and data scope are AccessFormModal's.
 */
export function UserFormModal({ user, open, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const creating = user === null;

  return (
    <FormModal
      form={form}
      title={creating ? t('users.createTitle') : t('users.editTitle', { name: user.username })}
      open={open}
      width={520}
      layout="horizontal"
      labelCol={{ span: 5 }}
      initialValues={creating ? {} : { displayName: user.displayName }}
      submit={(values: Values, errors) =>
        creating
          ? createUser(
              {
                username: values.username.trim(),
                displayName: values.displayName.trim(),
                phone: values.phone?.trim() || undefined,
                password: values.password,
                organizationId: values.organizationId,
              },
              form,
            )
          : updateUser(user.id, { displayName: values.displayName.trim() }, errors)
      }
      success={creating ? t('users.created') : t('users.updated')}
      onClose={onClose}
      onSaved={onSaved}
    >
      {creating && (
        <ProFormText
          name="username"
          label={t('users.username')}
          fieldProps={{ autoComplete: 'off', maxLength: 64 }}
          rules={[
            required(t('users.username')),
            { min: 3, message: t('users.usernameMin') },
            { pattern: FIELD_RULES.username.pattern, message: t('users.usernameRule') },
          ]}
        />
      )}
      <ProFormText
        name="displayName"
        label={t('users.displayName')}
        fieldProps={{ maxLength: 64 }}
        rules={[required(t('users.displayName'))]}
      />
      {creating && (
        <ProFormText
          name="phone"
          label={t('users.phone')}
          placeholder={t('users.phonePlaceholder')}
          fieldProps={{ maxLength: 11 }}
          rules={[{ validator: phoneRule }]}
        />
      )}
      {creating && (
        <ProFormText.Password
          name="password"
          label={t('users.password')}
          extra={t('password.rule')}
          fieldProps={{ autoComplete: 'new-password' }}
          rules={[required(t('users.password')), { validator: passwordRule }]}
        />
      )}
      {creating && (
        <ProFormSelect
          name="organizationId"
          label={t('users.organization')}
          request={organizationOptions}
          showSearch
          fieldProps={{ optionFilterProp: 'label' }}
          rules={[selectRequired(t('users.organization'))]}
        />
      )}
    </FormModal>
  );
}
