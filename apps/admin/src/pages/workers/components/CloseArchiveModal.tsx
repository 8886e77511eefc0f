import { ModalForm, ProFormTextArea } from '@ant-design/pro-components';
import type { ArchiveResponse, WorkerResponse } from '@steadywork/shared';
import { App, Form } from 'antd';
import { t } from '../../../locales';
import { ApiError } from '../../../services/request';
import { closeArchive } from '../service';

interface Props {
  worker: WorkerResponse;
  onClose(): void;
  onSaved(archive: ArchiveResponse): void;
}

/** 脱困: closes the active archive with the reason. */
export function CloseArchiveModal({ worker, onClose, onSaved }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  const { message } = App.useApp();
  return (
    <ModalForm<{ reason: string }>
      title={t('workers.archiveCloseTitle', { name: worker.name })}
      name="closeArchive"
      open
      form={form}
      width={480}
      modalProps={{ maskClosable: false }}
      onOpenChange={(next) => !next && onClose()}
      onFinish={async ({ reason }) => {
        try {
          const saved = await closeArchive(worker.id, reason.trim(), form);
          void message.success(t('workers.archiveClosed'));
          onSaved(saved);
          return true;
        } catch (e) {
          if (e instanceof ApiError) return false;
          throw e;
        }
      }}
    >
      <ProFormTextArea
        name="reason"
        label={t('workers.closeReason')}
        fieldProps={{ maxLength: 255, rows: 3, showCount: true }}
        rules={[
          { required: true, whitespace: true, message: t('common.required', { field: t('workers.closeReason') }) },
        ]}
      />
    </ModalForm>
  );
}
