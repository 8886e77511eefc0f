import type { RevealResponse, WorkerResponse } from '@steadywork/shared';
import { Alert, Descriptions, Modal } from 'antd';
import { t } from '../../../locales';

interface Props {
  worker: WorkerResponse;
  revealed: RevealResponse;
  onClose(): void;
}

/** The full ID and phone numbers, once POST /workers/:id/reveal has recorded the view. */
export function RevealModal({ worker, revealed, onClose }: Props) {
  return (
    <Modal
      open
      title={t('workers.revealTitle', { name: worker.name })}
      onCancel={onClose}
      onOk={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      okText={t('common.ok')}
    >
      <Alert type="warning" showIcon message={t('workers.revealNotice')} style={{ marginBottom: 16 }} />
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={t('workers.idNumber')}>
          <span data-testid="revealed-id">{revealed.idNumber}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('workers.phone')}>
          <span data-testid="revealed-phone">{revealed.phone}</span>
        </Descriptions.Item>
      </Descriptions>
    </Modal>
  );
}
