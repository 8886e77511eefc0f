import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import type { ImportJobResponse } from '@steadywork/shared';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Progress,
  Result,
  Row,
  Space,
  Statistic,
  Steps,
  Table,
  Typography,
  Upload,
  type TableColumnsType,
  type UploadProps,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { t } from '../../../locales';
import { csvBlob, saveBlob } from '../../../services/files';
import { ApiError } from '../../../services/request';
import { downloadImportTemplate, getImportJob, startImport } from '../service';

/** How often the progress is asked for. */
export const POLL_INTERVAL_MS = 1000;
const MAX_FILE_BYTES = 20 * 1024 * 1024;

type RowError = ImportJobResponse['errors'][number];

const errorColumns: TableColumnsType<RowError & { key: number }> = [
  { title: t('workerImport.errorRow'), dataIndex: 'row', width: 90 },
  { title: t('workerImport.errorField'), dataIndex: 'field', width: 200, render: (field?: string) => field || '-' },
  { title: t('workerImport.errorMessage'), dataIndex: 'message' },
];

function downloadErrors(job: ImportJobResponse): void {
  const blob = csvBlob(
    [t('workerImport.errorRow'), t('workerImport.errorField'), t('workerImport.errorMessage')],
    job.errors.map((e) => [e.row, e.field ?? '', e.message]),
  );
  saveBlob(blob, t('workerImport.errorsFileName'));
}

const RULES = [
  'workerImport.rule1',
  'workerImport.rule2',
  'workerImport.rule3',
  'workerImport.rule4',
  'workerImport.rule5',
] as const;

/** 批量导入: template, upload, live progress (polled), and the row-by-row report. */
export default function WorkerImportPage() {
  const { message } = App.useApp();
  const [step, setStep] = useState<0 | 1>(0);
  const [job, setJob] = useState<ImportJobResponse | null>(null);
  const [pollFailed, setPollFailed] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  // Asks for the progress every second while the job runs; each answer schedules the next.
  useEffect(() => {
    if (!job || job.status !== 'RUNNING' || pollFailed) return;
    const timer = setTimeout(() => {
      getImportJob(job.id).then(
        (next) => live.current && setJob(next),
        () => live.current && setPollFailed(true),
      );
    }, POLL_INTERVAL_MS);
    return () => clearTimeout(timer);
  }, [job, pollFailed]);

  const template = async () => {
    setDownloading(true);
    try {
      const file = await downloadImportTemplate();
      saveBlob(file.blob, file.fileName ?? t('workerImport.templateFileName'));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    } finally {
      setDownloading(false);
    }
  };

  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    if (!/\.xlsx$/i.test(file.name)) {
      void message.error(t('workerImport.notXlsx'));
      return Upload.LIST_IGNORE;
    }
    if (file.size > MAX_FILE_BYTES) {
      void message.error(t('workerImport.tooLarge'));
      return Upload.LIST_IGNORE;
    }
    return true;
  };

  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    startImport(file as File).then(
      (started) => {
        onSuccess?.(started);
        if (!live.current) return;
        setPollFailed(false);
        setJob(started);
      },
      (e: unknown) => onError?.(e instanceof Error ? e : new Error(String(e))),
    );
  };

  const again = () => {
    setJob(null);
    setPollFailed(false);
    setStep(1);
  };

  const current = job ? (job.status === 'RUNNING' ? 2 : 3) : step;
  const percent = job && job.total > 0 ? Math.floor((job.processed / job.total) * 100) : 0;

  const counts = job && (
    <Row gutter={16} data-testid="import-counts">
      <Col span={6}>
        <Statistic title={t('workerImport.total')} value={job.total} />
      </Col>
      <Col span={6}>
        <Statistic title={t('workerImport.created')} value={job.created} valueStyle={{ color: '#389e0d' }} />
      </Col>
      <Col span={6}>
        <Statistic title={t('workerImport.updated')} value={job.updated} valueStyle={{ color: '#1677ff' }} />
      </Col>
      <Col span={6}>
        <Statistic
          title={t('workerImport.failed')}
          value={job.failed}
          valueStyle={job.failed ? { color: '#cf1322' } : undefined}
        />
      </Col>
    </Row>
  );

  return (
    <Card title={t('workerImport.title')}>
      <Steps
        current={current}
        style={{ marginBottom: 32 }}
        items={[
          { title: t('workerImport.stepTemplate') },
          { title: t('workerImport.stepUpload') },
          { title: t('workerImport.stepProgress') },
          { title: t('workerImport.stepReport') },
        ]}
      />

      {current === 0 && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void template()}>
            {t('workerImport.downloadTemplate')}
          </Button>
          <Alert
            type="info"
            message={t('workerImport.rulesTitle')}
            description={
              <ol style={{ margin: 0, paddingLeft: 20 }}>
                {RULES.map((key) => (
                  <li key={key}>{t(key)}</li>
                ))}
              </ol>
            }
          />
          <Button type="primary" onClick={() => setStep(1)}>
            {t('workerImport.next')}
          </Button>
        </Space>
      )}

      {current === 1 && (
        <Upload.Dragger
          name="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          maxCount={1}
          showUploadList={{ showRemoveIcon: false }}
          beforeUpload={beforeUpload}
          customRequest={customRequest}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('workerImport.uploadHint')}</p>
          <p className="ant-upload-hint">{t('workerImport.uploadSubHint')}</p>
        </Upload.Dragger>
      )}

      {current === 2 && job && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('workerImport.fileName', { name: job.fileName })}</Typography.Text>
          <Progress percent={percent} status="active" data-testid="import-progress" />
          <Typography.Text>
            {t('workerImport.progress', { processed: job.processed, total: job.total })}
          </Typography.Text>
          {counts}
          {pollFailed && (
            <Alert
              type="error"
              showIcon
              message={t('workerImport.pollFailed')}
              action={
                <Button size="small" onClick={() => setPollFailed(false)}>
                  {t('common.retry')}
                </Button>
              }
            />
          )}
        </Space>
      )}

      {current === 3 && job && (
        <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="import-report">
          <Result
            status={job.status === 'FAILED' ? 'error' : job.failed ? 'warning' : 'success'}
            title={job.status === 'FAILED' ? t('workerImport.failedTitle') : t('workerImport.doneTitle')}
            subTitle={
              job.status === 'FAILED'
                ? t('workerImport.failedSubTitle')
                : t('workerImport.doneSubTitle', {
                    total: job.processed,
                    created: job.created,
                    updated: job.updated,
                    failed: job.failed,
                  })
            }
            extra={[
              job.errors.length > 0 && (
                <Button key="errors" icon={<DownloadOutlined />} onClick={() => downloadErrors(job)}>
                  {t('workerImport.downloadErrors')}
                </Button>
              ),
              <Button key="again" type="primary" onClick={again}>
                {t('workerImport.again')}
              </Button>,
              <Link key="list" to="/workers">
                <Button>{t('workerImport.toList')}</Button>
              </Link>,
            ]}
          />
          {counts}
          {job.errors.length > 0 && (
            <>
              <Typography.Title level={5}>{t('workerImport.errorsTitle')}</Typography.Title>
              <Table
                rowKey="key"
                size="small"
                columns={errorColumns}
                dataSource={job.errors.map((e, i) => ({ ...e, key: i }))}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                data-testid="import-errors"
              />
            </>
          )}
        </Space>
      )}
    </Card>
  );
}
