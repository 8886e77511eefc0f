import { ProFormSelect } from '@ant-design/pro-components';
import { ALL_ROLES, ROLE_LABELS, separatedRolesProblem, type Role, type StaffUserResponse } from '@steadywork/shared';
import { Form } from 'antd';
import { FormModal } from '../../../../components/kit';
import { t } from '../../../../locales';
import { setUserAccess } from '../service';
import { organizationOptions, selectRequired } from './options';

interface Values {
  roles: Role[];
  organizationId: number;
}

interface Props {
  user: StaffUserResponse;
  open: boolean;
  onClose(): void;
  onSaved(user: StaffUserResponse): void;
}

const roleOptions = ALL_ROLES.map((role) => ({ label: ROLE_LABELS[role], value: role }));

/** 三权分立: an admin role (system, security, audit) is an account's only role. */
async function separatedRolesRule(_: unknown, value: unknown): Promise<void> {
  if (separatedRolesProblem(Array.isArray(value) ? (value as Role[]) : [])) throw new Error(t('users.separatedRoles'));
}

/** The security admin's form: an account's roles and data scope (its organisation). */
export function AccessFormModal({ user, open, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  return (
    <FormModal
      form={form}
      title={t('users.assignTitle', { name: user.username })}
      open={open}
      width={520}
      layout="horizontal"
      labelCol={{ span: 5 }}
      initialValues={{ roles: user.roles, organizationId: user.organization.id }}
      submit={(values: Values, errors) =>
        setUserAccess(user.id, { roles: values.roles, organizationId: values.organizationId }, errors)
      }
      success={t('users.assigned')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <ProFormSelect
        name="roles"
        label={t('users.roles')}
        mode="multiple"
        options={roleOptions}
        rules={[selectRequired(t('users.roles')), { validator: separatedRolesRule }]}
      />
      <ProFormSelect
        name="organizationId"
        label={t('users.organization')}
        extra={t('users.dataScopeHelp')}
        request={organizationOptions}
        showSearch
        fieldProps={{ optionFilterProp: 'label' }}
        rules={[selectRequired(t('users.organization'))]}
      />
    </FormModal>
  );
}
