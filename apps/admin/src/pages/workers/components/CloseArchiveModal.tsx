import { ProFormTextArea } from '@ant-design/pro-components';
import type { ArchiveResponse, WorkerResponse } from '@steadywork/shared';
import { Form } from 'antd';
import { FormModal } from '../../../components/kit';
import { t } from '../../../locales';
import { closeArchive } from '../service';

interface Props {
  worker: WorkerResponse;
  onClose(): void;
  onSaved(archive: ArchiveResponse): void;
}

/** 脱困: closes the active archive with the reason. */
export function CloseArchiveModal({ worker, onClose, onSaved }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormModal
      form={form}
      title={t('workers.archiveCloseTitle', { name: worker.name })}
      name="closeArchive"
      submit={({ reason }: { reason: string }, errors) => closeArchive(worker.id, reason.trim(), errors)}
      success={t('workers.archiveClosed')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <ProFormTextArea
        name="reason"
        label={t('workers.closeReason')}
        fieldProps={{ maxLength: 255, rows: 3, showCount: true }}
        rules={[
          { required: true, whitespace: true, message: t('common.required', { field: t('workers.closeReason') }) },
        ]}
      />
    </FormModal>
  );
}
