import { DownloadOutlined } from '@ant-design/icons';
import type { CompletionRunEntry, CompletionRunResponse } from '@steadywork/shared';
import { Alert, Button, Card, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { t } from '../../../locales';
import { csvBlob, saveBlob } from '../../../services/files';

const columns: TableColumnsType<CompletionRunEntry> = [
  { title: t('training.workerName'), dataIndex: 'workerName', width: 120 },
  { title: t('training.attended'), dataIndex: 'attended', width: 90, align: 'right' },
  { title: t('training.held'), dataIndex: 'held', width: 90, align: 'right' },
  {
    title: t('training.rate'),
    dataIndex: 'ratePercent',
    width: 90,
    align: 'right',
    render: (rate: number) => `${rate}%`,
  },
  {
    title: t('training.completedMark'),
    dataIndex: 'completed',
    width: 90,
    render: (completed: boolean) =>
      completed ? <Tag color="green">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag>,
  },
  {
    title: t('training.verificationCode'),
    dataIndex: 'verificationCode',
    render: (code: string | null) =>
      code ? (
        <Typography.Text copyable code data-testid="verification-code">
          {code}
        </Typography.Text>
      ) : (
        t('common.empty')
      ),
  },
];

function exportCsv(title: string, run: CompletionRunResponse): void {
  const blob = csvBlob(
    [
      t('training.workerName'),
      t('training.attended'),
      t('training.held'),
      t('training.rate'),
      t('training.completedMark'),
      t('training.verificationCode'),
    ],
    run.entries.map((e) => [
      e.workerName,
      e.attended,
      e.held,
      `${e.ratePercent}%`,
      e.completed ? t('common.yes') : t('common.no'),
      e.verificationCode ?? '',
    ]),
  );
  saveBlob(blob, t('training.completionsFileName', { title }));
}

/** What a completion run found: who completed (with their certificate's code) and who fell short. */
export function CompletionResult({ title, run }: { title: string; run: CompletionRunResponse }) {
  return (
    <Card
      title={t('training.completionsTitle')}
      size="small"
      data-testid="completion-result"
      extra={
        <Button icon={<DownloadOutlined />} onClick={() => exportCsv(title, run)}>
          {t('training.completionsExport')}
        </Button>
      }
    >
      <Alert
        type="success"
        showIcon
        style={{ marginBottom: 12 }}
        data-testid="completion-summary"
        message={t('training.completed', {
          added: run.added,
          completed: run.completed,
          notCompleted: run.notCompleted,
        })}
        description={t('training.completionsHint', { n: run.completionThreshold })}
      />
      <Table<CompletionRunEntry>
        size="small"
        rowKey="enrolmentId"
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        dataSource={run.entries}
        columns={columns}
      />
    </Card>
  );
}
