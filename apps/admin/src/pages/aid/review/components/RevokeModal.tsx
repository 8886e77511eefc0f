import { ModalForm, ProFormTextArea } from '@ant-design/pro-components';
import type { AidApplicationResponse } from '@steadywork/shared';
import { Alert, App, Form } from 'antd';
import { t } from '../../../../locales';
import { ApiError } from '../../../../services/request';
import { revokeApplication } from '../../service';

interface Props {
  application: Pick<AidApplicationResponse, 'id' | 'workerName'>;
  onClose(): void;
  onSaved(): void;
}

/** 撤销: takes an award back (before payment) and frees its place. */
export function RevokeModal({ application, onClose, onSaved }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  const { message } = App.useApp();
  return (
    <ModalForm<{ reason: string }>
      title={t('aid.revokeTitle', { name: application.workerName })}
      name="revoke"
      open
      form={form}
      width={520}
      modalProps={{ maskClosable: false, okButtonProps: { danger: true } }}
      onOpenChange={(next) => !next && onClose()}
      onFinish={async ({ reason }) => {
        try {
          await revokeApplication(application.id, reason.trim(), form);
          void message.success(t('aid.revoked'));
          onSaved();
          return true;
        } catch (e) {
          if (e instanceof ApiError) return false;
          throw e;
        }
      }}
    >
      <Alert type="warning" showIcon message={t('aid.revokeHint')} style={{ marginBottom: 16 }} />
      <ProFormTextArea
        name="reason"
        label={t('aid.revokeReason')}
        fieldProps={{ rows: 3, maxLength: 500, showCount: true }}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('aid.revokeReason') }) }]}
      />
    </ModalForm>
  );
}
