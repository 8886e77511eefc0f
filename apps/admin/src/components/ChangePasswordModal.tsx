import { ModalForm, ProFormText } from '@ant-design/pro-components';
import { Alert, App, Form } from 'antd';
import { useAuth } from '../access/auth-context';
import { t } from '../locales';
import { changePassword } from '../services/auth';
import { ApiError } from '../services/request';
import { passwordRule, sameAs } from '../utils/form-rules';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

interface Props {
  open: boolean;
  /** First login with an initial password: the modal cannot be dismissed, only left by signing out. */
  forced?: boolean;
  onClose(): void;
}

/** The server revokes every session on a password change, so success ends this one too. */
export function ChangePasswordModal({ open, forced = false, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { endSession, logout } = useAuth();

  return (
    <ModalForm<Values>
      title={forced ? t('password.forcedTitle') : t('password.title')}
      open={open}
      form={form}
      width={440}
      onOpenChange={(next) => !next && !forced && onClose()}
      modalProps={{ closable: !forced, maskClosable: !forced, keyboard: !forced }}
      submitter={{
        searchConfig: { submitText: t('common.ok'), resetText: forced ? t('header.logout') : t('common.cancel') },
        resetButtonProps: forced ? { onClick: () => void logout() } : undefined,
      }}
      onFinish={async (values) => {
        try {
          await changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword }, form);
        } catch (e) {
          if (e instanceof ApiError) return false;
          throw e;
        }
        form.resetFields();
        void message.success(t('password.changed'));
        endSession();
        return true;
      }}
    >
      {forced && <Alert type="warning" showIcon message={t('password.forcedHint')} style={{ marginBottom: 16 }} />}
      <ProFormText.Password
        name="currentPassword"
        label={t('password.currentPassword')}
        fieldProps={{ autoComplete: 'current-password' }}
        rules={[{ required: true, message: t('common.required', { field: t('password.currentPassword') }) }]}
      />
      <ProFormText.Password
        name="newPassword"
        label={t('password.newPassword')}
        extra={t('password.rule')}
        fieldProps={{ autoComplete: 'new-password' }}
        rules={[
          { required: true, message: t('common.required', { field: t('password.newPassword') }) },
          { validator: passwordRule },
        ]}
      />
      <ProFormText.Password
        name="confirmPassword"
        label={t('password.confirmPassword')}
        dependencies={['newPassword']}
        fieldProps={{ autoComplete: 'new-password' }}
        rules={[
          { required: true, message: t('common.required', { field: t('password.confirmPassword') }) },
          sameAs('newPassword'),
        ]}
      />
    </ModalForm>
  );
}
