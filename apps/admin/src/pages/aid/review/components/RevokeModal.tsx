import { ProFormTextArea } from '@ant-design/pro-components';
import type { AidApplicationResponse } from '@steadywork/shared';
import { Alert, Form } from 'antd';
import { FormModal } from '../../../../components/kit';
import { t } from '../../../../locales';
import { revokeApplication } from '../../service';

interface Props {
  application: Pick<AidApplicationResponse, 'id' | 'workerName'>;
  onClose(): void;
  onSaved(): void;
}

/** 撤销: takes an award back (before payment) and frees its place. */
export function RevokeModal({ application, onClose, onSaved }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormModal
      form={form}
      title={t('aid.revokeTitle', { name: application.workerName })}
      name="revoke"
      width={520}
      modalProps={{ okButtonProps: { danger: true } }}
      submit={({ reason }: { reason: string }, errors) => revokeApplication(application.id, reason.trim(), errors)}
      success={t('aid.revoked')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Alert type="warning" showIcon message={t('aid.revokeHint')} style={{ marginBottom: 16 }} />
      <ProFormTextArea
        name="reason"
        label={t('aid.revokeReason')}
        fieldProps={{ rows: 3, maxLength: 500, showCount: true }}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('aid.revokeReason') }) }]}
      />
    </FormModal>
  );
}
