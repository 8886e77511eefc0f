import { ModalForm, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import {
  ALL_ROLES,
  ROLE_LABELS,
  SEPARATED_ADMIN_ROLES,
  isValidMobile,
  type Role,
  type StaffUserResponse,
} from '@steadywork/shared';
import { App, Form } from 'antd';
import { passwordRule } from '../../../../utils/form-rules';
import { t } from '../../../../locales';
import { ApiError } from '../../../../services/request';
import { createUser, listOrganizations, updateUser } from '../service';

interface Values {
  username: string;
  displayName: string;
  phone?: string;
  password: string;
  organizationId: number;
  roles: Role[];
}

interface Props {
  /** null: a new account. */
  user: StaffUserResponse | null;
  open: boolean;
  onClose(): void;
  onSaved(user: StaffUserResponse): void;
}

const roleOptions = ALL_ROLES.map((role) => ({ label: ROLE_LABELS[role], value: role }));

/** 三权分立: the system, security and audit admin roles never share an account. */
async function separatedRolesRule(_: unknown, value: unknown): Promise<void> {
  const roles = Array.isArray(value) ? (value as Role[]) : [];
  if (roles.filter((role) => SEPARATED_ADMIN_ROLES.includes(role)).length > 1) {
    throw new Error(t('users.separatedRoles'));
  }
}

async function phoneRule(_: unknown, value: unknown): Promise<void> {
  if (typeof value === 'string' && value.trim() && !isValidMobile(value)) throw new Error(t('users.phoneInvalid'));
}

async function organizationOptions() {
  const orgs = await listOrganizations().catch(() => []);
  return orgs.map((org) => ({ label: org.name, value: org.id }));
}

const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
const selectRequired = (field: string) => ({ required: true, message: t('common.selectRequired', { field }) });

export function UserFormModal({ user, open, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const creating = user === null;

  return (
    <ModalForm<Values>
      title={creating ? t('users.createTitle') : t('users.editTitle', { name: user.username })}
      open={open}
      form={form}
      width={520}
      layout="horizontal"
      labelCol={{ span: 5 }}
      onOpenChange={(next) => !next && onClose()}
      initialValues={
        creating
          ? { roles: [] }
          : { displayName: user.displayName, organizationId: user.organization.id, roles: user.roles }
      }
      onFinish={async (values) => {
        try {
          const saved = creating
            ? await createUser(
                {
                  username: values.username.trim(),
                  displayName: values.displayName.trim(),
                  phone: values.phone?.trim() || undefined,
                  password: values.password,
                  organizationId: values.organizationId,
                  roles: values.roles,
                },
                form,
              )
            : await updateUser(
                user.id,
                { displayName: values.displayName.trim(), organizationId: values.organizationId, roles: values.roles },
                form,
              );
          void message.success(creating ? t('users.created') : t('users.updated'));
          onSaved(saved);
          return true;
        } catch (e) {
          if (e instanceof ApiError) return false;
          throw e;
        }
      }}
    >
      {creating && (
        <ProFormText
          name="username"
          label={t('users.username')}
          fieldProps={{ autoComplete: 'off', maxLength: 64 }}
          rules={[
            required(t('users.username')),
            { min: 3, message: t('users.usernameMin') },
            { pattern: /^[A-Za-z][A-Za-z0-9_.-]*$/, message: t('users.usernameRule') },
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
      <ProFormSelect
        name="organizationId"
        label={t('users.organization')}
        request={organizationOptions}
        showSearch
        fieldProps={{ optionFilterProp: 'label' }}
        rules={[selectRequired(t('users.organization'))]}
      />
      <ProFormSelect
        name="roles"
        label={t('users.roles')}
        mode="multiple"
        options={roleOptions}
        rules={[selectRequired(t('users.roles')), { validator: separatedRolesRule }]}
      />
    </ModalForm>
  );
}
