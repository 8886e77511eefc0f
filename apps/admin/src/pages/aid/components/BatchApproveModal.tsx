import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { AID_STATUS_LABELS, type AidApplicationResponse, type AidBatchReviewResponse } from '@steadywork/shared';
import { Alert, Input, List, Modal, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../../../locales';
import { formatYuan } from '../../../utils/money';
import { ApiError } from '../../../services/request';
import { batchApprove } from '../service';

interface Props {
  applications: readonly AidApplicationResponse[];
  /** `changed`: some applications moved on, the list reloads. */
  onClose(changed: boolean): void;
}

/** 批量通过: approves the selected applications at first review, then shows each one's result. */
export function BatchApproveModal({ applications, onClose }: Props) {
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [results, setResults] = useState<AidBatchReviewResponse['results'] | null>(null);
  const names = new Map(applications.map((a) => [a.id, a.workerName]));

  const approve = async () => {
    setBusy(true);
    try {
      const answer = await batchApprove({
        ids: applications.map((a) => a.id),
        comment: comment.trim() || undefined,
      });
      setResults(answer.results);
    } catch (e) {
      // The request layer has told the user; nothing moved.
      if (!(e instanceof ApiError)) throw e;
    } finally {
      setBusy(false);
    }
  };

  if (results) {
    const ok = results.filter((r) => r.ok).length;
    return (
      <Modal
        open
        title={t('aid.batchApprove')}
        cancelButtonProps={{ style: { display: 'none' } }}
        okText={t('common.ok')}
        onOk={() => onClose(ok > 0)}
        onCancel={() => onClose(ok > 0)}
      >
        <Alert
          type={ok === results.length ? 'success' : 'warning'}
          showIcon
          message={t('aid.batchApproveDone', { ok, failed: results.length - ok })}
          style={{ marginBottom: 12 }}
        />
        <List
          size="small"
          data-testid="batch-results"
          dataSource={results}
          renderItem={(r) => (
            <List.Item data-testid="batch-result" data-ok={r.ok}>
              <span>
                {r.ok ? (
                  <CheckCircleFilled style={{ color: '#52c41a', marginRight: 8 }} />
                ) : (
                  <CloseCircleFilled style={{ color: '#ff4d4f', marginRight: 8 }} />
                )}
                {names.get(r.id) ?? `#${r.id}`}
              </span>
              <Typography.Text type={r.ok ? 'success' : 'danger'}>
                {r.ok
                  ? t('aid.batchOk', { status: r.status ? AID_STATUS_LABELS[r.status] : '' })
                  : t('aid.batchFailed', { message: r.message ?? t('errors.unknown') })}
              </Typography.Text>
            </List.Item>
          )}
        />
      </Modal>
    );
  }

  return (
    <Modal
      open
      title={t('aid.batchApproveTitle', { n: applications.length })}
      okText={t('aid.batchApprove')}
      confirmLoading={busy}
      maskClosable={false}
      onOk={() => void approve()}
      onCancel={() => onClose(false)}
    >
      <Typography.Paragraph type="secondary">{t('aid.batchApproveHint')}</Typography.Paragraph>
      <Typography.Paragraph>{applications.map((a) => a.workerName).join('、')}</Typography.Paragraph>
      <Typography.Paragraph strong data-testid="batch-total">
        {t('aid.batchApproveTotal', {
          n: applications.length,
          amount: formatYuan(applications.reduce((sum, a) => sum + a.amountFen, 0)),
        })}
      </Typography.Paragraph>
      <Input.TextArea
        id="batch_comment"
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        placeholder={t('aid.reviewComment')}
        maxLength={500}
        showCount
        rows={3}
        style={{ marginBottom: 16 }}
      />
    </Modal>
  );
}
