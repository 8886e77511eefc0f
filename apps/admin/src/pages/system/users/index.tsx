import { PlusOutlined } from '@ant-design/icons';
import type { ActionType, ProColumns } from '@ant-design/pro-components';
import { ROLE_LABELS, Role, StaffStatus, type StaffUserResponse } from '@steadywork/shared';
import { App, Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useAuth, useHasRole } from '../../../access/auth-context';
import { ListPage } from '../../../components/kit';
import { t } from '../../../locales';
import { ApiError } from '../../../services/request';
import { text, type TableParams } from '../../../services/table';
import { formatTime, isFuture } from '../../../services/time';
import { AccessFormModal } from './components/AccessFormModal';
import { ResetPasswordModal } from './components/ResetPasswordModal';
import { UserFormModal } from './components/UserFormModal';
import { exportUsers, listUsers, setUserEnabled, unlockUser, type StaffUserFilters } from './service';

const roleEnum = Object.fromEntries(Object.values(Role).map((role) => [role, { text: ROLE_LABELS[role] }]));
const statusEnum = {
  [StaffStatus.ACTIVE]: { text: t('users.statusActive'), status: 'Success' },
  [StaffStatus.DISABLED]: { text: t('users.statusDisabled'), status: 'Default' },
};

/**
 * Staff accounts, following the API's 三权分立: the system admin creates, edits, disables and
 * unlocks accounts and resets passwords (never their own); the security admin assigns roles and
 * data scope (never their own) and resets only a system admin's password.
 */
/** The search form's values as the API's filters. */
function filtersOf(params: TableParams): StaffUserFilters {
  return {
    username: text(params.username),
    displayName: text(params.displayName),
    role: (params.role as Role | undefined) || undefined,
    status: (params.status as StaffStatus | undefined) || undefined,
  };
}

export default function UsersPage() {
  const actionRef = useRef<ActionType>();
  const { message } = App.useApp();
  const { me } = useAuth();
  const canManage = useHasRole(Role.SYSADMIN);
  const canAssign = useHasRole(Role.SECADMIN);
  // The modals mount when opened, so each opening starts with a fresh form.
  const [editing, setEditing] = useState<StaffUserResponse | 'new' | null>(null);
  const [assigning, setAssigning] = useState<StaffUserResponse | null>(null);
  const [resetting, setResetting] = useState<StaffUserResponse | null>(null);

  const reload = () => void actionRef.current?.reload();

  /** Runs a row action; the request layer has already shown any error. */
  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
    } catch (e) {
      if (e instanceof ApiError) return;
      throw e;
    }
    void message.success(done);
    reload();
  };

  const rowActions = (user: StaffUserResponse): ReactNode[] => {
    const actions: ReactNode[] = [];
    const own = user.id === me?.id;
    if (canAssign && !own) {
      actions.push(
        <a key="assign" onClick={() => setAssigning(user)}>
          {t('users.assign')}
        </a>,
      );
    }
    if (canManage) {
      const enabled = user.status === StaffStatus.ACTIVE;
      actions.push(
        <a key="edit" onClick={() => setEditing(user)}>
          {t('users.edit')}
        </a>,
        <Popconfirm
          key="status"
          title={t(enabled ? 'users.disableConfirm' : 'users.enableConfirm', { name: user.username })}
          onConfirm={() =>
            act(() => setUserEnabled(user.id, !enabled), t(enabled ? 'users.disabled' : 'users.enabled'))
          }
        >
          <a>{t(enabled ? 'users.disable' : 'users.enable')}</a>
        </Popconfirm>,
      );
    }
    if (!own && (canManage || (canAssign && user.roles.includes(Role.SYSADMIN)))) {
      actions.push(
        <a key="reset" onClick={() => setResetting(user)}>
          {t('users.resetPassword')}
        </a>,
      );
    }
    if (canManage && isFuture(user.lockedUntil)) {
      actions.push(
        <Popconfirm
          key="unlock"
          title={t('users.unlockConfirm', { name: user.username })}
          onConfirm={() => act(() => unlockUser(user.id), t('users.unlocked'))}
        >
          <a>{t('users.unlock')}</a>
        </Popconfirm>,
      );
    }
    return actions;
  };

  const columns: ProColumns<StaffUserResponse>[] = [
    { title: t('users.username'), dataIndex: 'username' },
    { title: t('users.displayName'), dataIndex: 'displayName' },
    { title: t('users.phone'), dataIndex: 'phoneMasked', search: false },
    {
      title: t('users.organization'),
      dataIndex: ['organization', 'name'],
      search: false,
      ellipsis: true,
    },
    {
      title: t('users.roles'),
      dataIndex: 'roles',
      valueType: 'select',
      valueEnum: roleEnum,
      search: { transform: (role: Role) => ({ role }) },
      width: 220,
      render: (_, user) =>
        user.roles.length ? (
          <Space size={[0, 4]} wrap>
            {user.roles.map((role) => (
              <Tag key={role}>{ROLE_LABELS[role]}</Tag>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('users.noRoles')}</Typography.Text>
        ),
    },
    { title: t('users.status'), dataIndex: 'status', valueType: 'select', valueEnum: statusEnum, width: 96 },
    {
      title: t('users.lockedUntil'),
      dataIndex: 'lockedUntil',
      search: false,
      width: 150,
      render: (_, user) =>
        isFuture(user.lockedUntil) ? (
          <Typography.Text type="danger">{formatTime(user.lockedUntil)}</Typography.Text>
        ) : (
          t('common.empty')
        ),
    },
    {
      title: t('users.lastLoginAt'),
      dataIndex: 'lastLoginAt',
      search: false,
      width: 150,
      render: (_, user) => formatTime(user.lastLoginAt),
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 200,
      fixed: 'right',
      render: (_, user) => rowActions(user),
    },
  ];

  return (
    <>
      <ListPage<StaffUserResponse, StaffUserFilters>
        headerTitle={t('users.title')}
        actionRef={actionRef}
        columns={columns}
        search={{ labelWidth: 'auto' }}
        filters={filtersOf}
        load={listUsers}
        exportFile={{ fileName: t('users.exportFileName'), load: exportUsers }}
        actions={
          canManage
            ? [
                <Button key="create" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                  {t('users.create')}
                </Button>,
              ]
            : []
        }
      />
      {editing && (
        <UserFormModal
          user={editing === 'new' ? null : editing}
          open
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
      {assigning && (
        <AccessFormModal
          user={assigning}
          open
          onClose={() => setAssigning(null)}
          onSaved={() => {
            setAssigning(null);
            reload();
          }}
        />
      )}
      {resetting && (
        <ResetPasswordModal
          user={resetting}
          open
          onClose={() => {
            setResetting(null);
            reload();
          }}
        />
      )}
    </>
  );
}
