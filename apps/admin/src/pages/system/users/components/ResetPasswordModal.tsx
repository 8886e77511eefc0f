import { ModalForm, ProFormText } from '@ant-design/pro-components';
import type { StaffUserResponse } from '@steadywork/shared';
import { App, Form } from 'antd';
import { passwordRule, sameAs } from '../../../../utils/form-rules';
import { t } from '../../../../locales';
import { ApiError } from '../../../../services/request';
import { resetUserPassword } from '../service';

interface Values {
  password: string;
  confirmPassword: string;
}

interface Props {
  user: StaffUserResponse;
  open: boolean;
  onClose(): void;
}

export function ResetPasswordModal({ user, open, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  return (
    <ModalForm<Values>
      title={t('users.resetPasswordTitle', { name: user.username })}
      open={open}
      form={form}
      width={440}
      onOpenChange={(next) => !next && onClose()}
      onFinish={async (values) => {
        try {
          await resetUserPassword(user.id, values.password, form);
        } catch (e) {
          if (e instanceof ApiError) return false;
          throw e;
        }
        void message.success(t('users.passwordReset'));
        onClose();
        return true;
      }}
    >
      <ProFormText.Password
        name="password"
        label={t('users.newPassword')}
        extra={t('password.rule')}
        fieldProps={{ autoComplete: 'new-password' }}
        rules={[
          { required: true, message: t('common.required', { field: t('users.newPassword') }) },
          { validator: passwordRule },
        ]}
      />
      <ProFormText.Password
        name="confirmPassword"
        label={t('users.confirmPassword')}
        dependencies={['password']}
        fieldProps={{ autoComplete: 'new-password' }}
        rules={[
          { required: true, message: t('common.required', { field: t('users.confirmPassword') }) },
          sameAs('password'),
        ]}
      />
    </ModalForm>
  );
}
