import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
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
  Spin,
  Statistic,
  Steps,
  Table,
  Typography,
  Upload,
  type TableColumnsType,
  type UploadProps,
} from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { t } from '../../locales';
import { csvBlob, saveBlob } from '../../services/files';
import { ApiError, type Download } from '../../services/request';

/** How often a running import's progress is asked for. */
export const POLL_INTERVAL_MS = 1000;
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface ImportRowError {
  row: number;
  field?: string | null;
  message: string;
}

export interface ImportCount {
  title: string;
  value: number;
  /** A colour for the figure: success green, update blue, failure red when not zero. */
  tone?: 'success' | 'info' | 'danger';
}

export interface ImportReport {
  status: 'success' | 'warning' | 'error';
  title: string;
  subTitle: string;
  counts: ImportCount[];
  errors: readonly ImportRowError[];
}

/** An import that runs on the server after the upload: its progress is asked for until it ends. */
export interface ImportPolling<R> {
  running: (result: R) => boolean;
  next: (result: R) => Promise<R>;
  progress: (result: R) => { fileName: string; processed: number; total: number };
}

interface Props<R> {
  title: string;
  /** The prefix of the wizard's data-testids (`{testId}-report`, `-counts`, `-errors`, `-failure`, `-progress`). */
  testId: string;
  template: { load: () => Promise<Download>; fileName: string };
  /** 填写说明, one line each. */
  rules: ReactNode[];
  file: { accept: string; pattern: RegExp; wrongType: string };
  uploadHint: string;
  uploadSubHint: string;
  upload: (file: File) => Promise<R>;
  /** Given when the server imports after answering (a job to follow): a step shows its progress. */
  polling?: ImportPolling<R>;
  report: (result: R) => ImportReport;
  errorsFileName: string;
  againLabel: string;
  /** More buttons under the report (back to the list…). */
  reportActions?: ReactNode[];
  onImported?: (result: R) => void;
}

const TONES = { success: '#389e0d', info: '#1677ff', danger: '#cf1322' } as const;

const errorColumns: TableColumnsType<ImportRowError & { key: number }> = [
  { title: t('importWizard.errorRow'), dataIndex: 'row', width: 90 },
  { title: t('importWizard.errorField'), dataIndex: 'field', width: 200, render: (field?: string) => field || '-' },
  { title: t('importWizard.errorMessage'), dataIndex: 'message' },
];

function downloadErrors(errors: readonly ImportRowError[], fileName: string): void {
  const blob = csvBlob(
    [t('importWizard.errorRow'), t('importWizard.errorField'), t('importWizard.errorMessage')],
    errors.map((e) => [e.row, e.field ?? '', e.message]),
  );
  saveBlob(blob, fileName);
}

function Counts({ counts, testId }: { counts: ImportCount[]; testId: string }) {
  return (
    <Row gutter={16} data-testid={testId}>
      {counts.map((c) => (
        <Col span={24 / Math.max(counts.length, 1)} key={c.title}>
          <Statistic
            title={c.title}
            value={c.value}
            valueStyle={c.tone && (c.tone !== 'danger' || c.value) ? { color: TONES[c.tone] } : undefined}
          />
        </Col>
      ))}
    </Row>
  );
}

/**
 * 批量导入 in steps: the template and its rules, the upload, the progress of an import the server
 * runs on (when it does), and the report row by row with its errors as a CSV.
 */
export function ImportWizard<R>(props: Props<R>) {
  const { title, testId, template, rules, file, upload, polling, report, errorsFileName } = props;
  const { message } = App.useApp();
  const [step, setStep] = useState<0 | 1>(0);
  const [result, setResult] = useState<R | null>(null);
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [pollFailed, setPollFailed] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const running = !!result && !!polling?.running(result);

  // Asks for the progress while the import runs; each answer schedules the next.
  useEffect(() => {
    if (!result || !polling || !running || pollFailed) return;
    const timer = setTimeout(() => {
      polling.next(result).then(
        (next) => {
          if (!live.current) return;
          setResult(next);
          if (!polling.running(next)) props.onImported?.(next);
        },
        () => live.current && setPollFailed(true),
      );
    }, POLL_INTERVAL_MS);
    return () => clearTimeout(timer);
  }, [result, pollFailed]);

  const downloadTemplate = async () => {
    setDownloading(true);
    try {
      const file = await template.load();
      saveBlob(file.blob, file.fileName ?? template.fileName);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    } finally {
      setDownloading(false);
    }
  };

  const beforeUpload: UploadProps['beforeUpload'] = (picked) => {
    if (!file.pattern.test(picked.name)) {
      void message.error(file.wrongType);
      return Upload.LIST_IGNORE;
    }
    if (picked.size > MAX_FILE_BYTES) {
      void message.error(t('importWizard.tooLarge'));
      return Upload.LIST_IGNORE;
    }
    return true;
  };

  const customRequest: UploadProps['customRequest'] = ({ file: picked, onSuccess, onError }) => {
    setUploading(true);
    setFailure(null);
    upload(picked as File).then(
      (answer) => {
        onSuccess?.(answer);
        if (!live.current) return;
        setUploading(false);
        setPollFailed(false);
        setResult(answer);
        if (!polling?.running(answer)) props.onImported?.(answer);
      },
      (e: unknown) => {
        onError?.(e instanceof Error ? e : new Error(String(e)));
        if (!live.current) return;
        setUploading(false);
        // The request layer has shown the message; the detail (a missing column) stays on screen.
        if (e instanceof ApiError) setFailure(e.details?.map((d) => d.message).join('；') || e.message);
      },
    );
  };

  const again = () => {
    setResult(null);
    setFailure(null);
    setPollFailed(false);
    setStep(1);
  };

  const steps = [
    t('importWizard.stepTemplate'),
    t('importWizard.stepUpload'),
    ...(polling ? [t('importWizard.stepProgress')] : []),
    t('importWizard.stepReport'),
  ];
  const reportStep = steps.length - 1;
  const current = result ? (running ? 2 : reportStep) : step;
  const shown = result && report(result);

  return (
    <Card title={title}>
      <Steps current={current} style={{ marginBottom: 32 }} items={steps.map((s) => ({ title: s }))} />

      {current === 0 && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void downloadTemplate()}>
            {t('importWizard.downloadTemplate')}
          </Button>
          <Alert
            type="info"
            message={t('importWizard.rulesTitle')}
            description={
              <ol style={{ margin: 0, paddingLeft: 20 }}>
                {rules.map((rule, i) => (
                  <li key={i}>{rule}</li>
                ))}
              </ol>
            }
          />
          <Button type="primary" onClick={() => setStep(1)}>
            {t('importWizard.next')}
          </Button>
        </Space>
      )}

      {current === 1 && (
        <Spin spinning={uploading} tip={t('importWizard.importing')}>
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <Upload.Dragger
              name="file"
              accept={file.accept}
              multiple={false}
              maxCount={1}
              showUploadList={false}
              beforeUpload={beforeUpload}
              customRequest={customRequest}
              disabled={uploading}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{props.uploadHint}</p>
              <p className="ant-upload-hint">{props.uploadSubHint}</p>
            </Upload.Dragger>
            {failure && <Alert type="error" showIcon message={failure} data-testid={`${testId}-failure`} />}
          </Space>
        </Spin>
      )}

      {running && polling && result && shown && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Typography.Text type="secondary">
            {t('importWizard.fileName', { name: polling.progress(result).fileName })}
          </Typography.Text>
          <Progress
            aria-label={t('importWizard.stepProgress')}
            percent={percentOf(polling.progress(result))}
            status="active"
            data-testid={`${testId}-progress`}
          />
          <Typography.Text>{t('importWizard.progress', polling.progress(result))}</Typography.Text>
          <Counts counts={shown.counts} testId={`${testId}-counts`} />
          {pollFailed && (
            <Alert
              type="error"
              showIcon
              message={t('importWizard.pollFailed')}
              action={
                <Button size="small" onClick={() => setPollFailed(false)}>
                  {t('common.retry')}
                </Button>
              }
            />
          )}
        </Space>
      )}

      {current === reportStep && shown && (
        <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid={`${testId}-report`}>
          <Result
            status={shown.status}
            title={shown.title}
            subTitle={shown.subTitle}
            extra={[
              shown.errors.length > 0 && (
                <Button
                  key="errors"
                  icon={<DownloadOutlined />}
                  onClick={() => downloadErrors(shown.errors, errorsFileName)}
                >
                  {t('importWizard.downloadErrors')}
                </Button>
              ),
              <Button key="again" type="primary" onClick={again}>
                {props.againLabel}
              </Button>,
              ...(props.reportActions ?? []),
            ]}
          />
          <Counts counts={shown.counts} testId={`${testId}-counts`} />
          {shown.errors.length > 0 && (
            <>
              <Typography.Title level={5}>{t('importWizard.errorsTitle')}</Typography.Title>
              <Table
                rowKey="key"
                size="small"
                columns={errorColumns}
                dataSource={shown.errors.map((e, i) => ({ ...e, key: i }))}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                data-testid={`${testId}-errors`}
              />
            </>
          )}
        </Space>
      )}
    </Card>
  );
}

function percentOf({ processed, total }: { processed: number; total: number }): number {
  return total > 0 ? Math.floor((processed / total) * 100) : 0;
}
