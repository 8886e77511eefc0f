import type { StaffUserResponse } from '@steadywork/shared';
import { Alert, App, Modal, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../../../../locales';
import { ApiError } from '../../../../services/request';
import { resetUserPassword } from '../service';

interface Props {
  user: StaffUserResponse;
  open: boolean;
  onClose(): void;
}

/**
 * Resets a password to a one-time value the server generates (no admin chooses another's
 * password), then shows that value once for handing over; the holder must change it at login.
 */
export function ResetPasswordModal({ user, open, onClose }: Props) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [temporary, setTemporary] = useState<string | null>(null);

  const reset = async () => {
    setBusy(true);
    try {
      setTemporary((await resetUserPassword(user.id)).temporaryPassword);
      void message.success(t('users.passwordReset'));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    } finally {
      setBusy(false);
    }
  };

  const title = t('users.resetPasswordTitle', { name: user.username });
  if (temporary) {
    return (
      <Modal
        title={title}
        open={open}
        onCancel={onClose}
        onOk={onClose}
        cancelButtonProps={{ style: { display: 'none' } }}
      >
        <Alert type="warning" showIcon message={t('users.temporaryPasswordHint')} style={{ marginBottom: 16 }} />
        <Typography.Text>{t('users.temporaryPassword')}：</Typography.Text>
        <Typography.Text code copyable data-testid="temporary-password">
          {temporary}
        </Typography.Text>
      </Modal>
    );
  }
  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      onOk={() => void reset()}
      okText={t('users.resetPasswordOk')}
      okButtonProps={{ danger: true, loading: busy }}
    >
      {t('users.resetPasswordConfirm', { name: user.username })}
    </Modal>
  );
}
