import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { ONLINE_LEARNING_COLUMNS, type OnlineLearningImportResponse } from '@steadywork/shared';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
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
import { useEffect, useRef, useState } from 'react';
import { t } from '../../../locales';
import { csvBlob, saveBlob } from '../../../services/files';
import { ApiError } from '../../../services/request';
import { downloadOnlineTemplate, importOnlineLearning } from '../service';

const MAX_FILE_BYTES = 20 * 1024 * 1024;

type RowError = OnlineLearningImportResponse['errors'][number];

/** A column key of the sheet as its header (身份证号), as the user knows it. */
const headerOf = (field: string) => ONLINE_LEARNING_COLUMNS.find((c) => c.key === field)?.header ?? field;

const errorColumns: TableColumnsType<RowError & { key: number }> = [
  { title: t('training.onlineErrorRow'), dataIndex: 'row', width: 90 },
  {
    title: t('training.onlineErrorField'),
    dataIndex: 'field',
    width: 180,
    render: (field: string) => (field && field !== 'row' ? headerOf(field) : '-'),
  },
  { title: t('training.onlineErrorMessage'), dataIndex: 'message' },
];

function downloadErrors(report: OnlineLearningImportResponse): void {
  const blob = csvBlob(
    [t('training.onlineErrorRow'), t('training.onlineErrorField'), t('training.onlineErrorMessage')],
    report.errors.map((e) => [e.row, e.field && e.field !== 'row' ? headerOf(e.field) : '', e.message]),
  );
  saveBlob(blob, t('training.onlineErrorsFileName'));
}

const RULES = ['training.onlineRule1', 'training.onlineRule2', 'training.onlineRule3'] as const;

/** 线上学习: the online platform's records imported as .xlsx/.csv, with the row-by-row report. */
export default function OnlineLearningPage() {
  const { message } = App.useApp();
  const [step, setStep] = useState<0 | 1>(0);
  const [importing, setImporting] = useState(false);
  const [report, setReport] = useState<OnlineLearningImportResponse | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const template = async () => {
    setDownloading(true);
    try {
      const file = await downloadOnlineTemplate();
      saveBlob(file.blob, file.fileName ?? t('training.onlineTemplateFileName'));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    } finally {
      setDownloading(false);
    }
  };

  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    if (!/\.(xlsx|csv)$/i.test(file.name)) {
      void message.error(t('training.onlineWrongType'));
      return Upload.LIST_IGNORE;
    }
    if (file.size > MAX_FILE_BYTES) {
      void message.error(t('training.onlineTooLarge'));
      return Upload.LIST_IGNORE;
    }
    return true;
  };

  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    setImporting(true);
    setFailure(null);
    importOnlineLearning(file as File).then(
      (result) => {
        onSuccess?.(result);
        if (!live.current) return;
        setImporting(false);
        setReport(result);
      },
      (e: unknown) => {
        onError?.(e instanceof Error ? e : new Error(String(e)));
        if (!live.current) return;
        setImporting(false);
        // The request layer has shown the message; the field's detail (a missing column) stays on screen.
        if (e instanceof ApiError) setFailure(e.details?.map((d) => d.message).join('；') || e.message);
      },
    );
  };

  const again = () => {
    setReport(null);
    setFailure(null);
    setStep(1);
  };

  const current = report ? 2 : step;

  return (
    <Card title={t('training.onlineTitle')}>
      <Steps
        current={current}
        style={{ marginBottom: 32 }}
        items={[
          { title: t('training.onlineStepTemplate') },
          { title: t('training.onlineStepUpload') },
          { title: t('training.onlineStepReport') },
        ]}
      />

      {current === 0 && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void template()}>
            {t('training.onlineTemplate')}
          </Button>
          <Alert
            type="info"
            message={t('training.onlineRulesTitle')}
            description={
              <ol style={{ margin: 0, paddingLeft: 20 }}>
                {RULES.map((key) => (
                  <li key={key}>{t(key, { columns: ONLINE_LEARNING_COLUMNS.map((c) => c.header).join('、') })}</li>
                ))}
              </ol>
            }
          />
          <Button type="primary" onClick={() => setStep(1)}>
            {t('training.onlineNext')}
          </Button>
        </Space>
      )}

      {current === 1 && (
        <Spin spinning={importing} tip={t('training.onlineImporting')}>
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <Upload.Dragger
              name="file"
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              multiple={false}
              maxCount={1}
              showUploadList={false}
              beforeUpload={beforeUpload}
              customRequest={customRequest}
              disabled={importing}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('training.onlineUploadHint')}</p>
              <p className="ant-upload-hint">{t('training.onlineUploadSubHint')}</p>
            </Upload.Dragger>
            {failure && <Alert type="error" showIcon message={failure} data-testid="online-failure" />}
          </Space>
        </Spin>
      )}

      {current === 2 && report && (
        <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="online-report">
          <Result
            status={report.failed ? 'warning' : 'success'}
            title={t('training.onlineDone')}
            subTitle={t('training.onlineDoneSub', {
              rows: report.rows,
              added: report.added,
              duplicates: report.duplicates,
              failed: report.failed,
            })}
            extra={[
              report.errors.length > 0 && (
                <Button key="errors" icon={<DownloadOutlined />} onClick={() => downloadErrors(report)}>
                  {t('training.onlineDownloadErrors')}
                </Button>
              ),
              <Button key="again" type="primary" onClick={again}>
                {t('training.onlineAgain')}
              </Button>,
            ]}
          />
          <Row gutter={16} data-testid="online-counts">
            <Col span={6}>
              <Statistic title={t('training.onlineRows')} value={report.rows} />
            </Col>
            <Col span={6}>
              <Statistic title={t('training.onlineAdded')} value={report.added} valueStyle={{ color: '#389e0d' }} />
            </Col>
            <Col span={6}>
              <Statistic title={t('training.onlineDuplicates')} value={report.duplicates} />
            </Col>
            <Col span={6}>
              <Statistic
                title={t('training.onlineFailed')}
                value={report.failed}
                valueStyle={report.failed ? { color: '#cf1322' } : undefined}
              />
            </Col>
          </Row>
          {report.errors.length > 0 && (
            <>
              <Typography.Title level={5}>{t('training.onlineErrors')}</Typography.Title>
              <Table
                rowKey="key"
                size="small"
                columns={errorColumns}
                dataSource={report.errors.map((e, i) => ({ ...e, key: i }))}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                data-testid="online-errors"
              />
            </>
          )}
        </Space>
      )}

      <Typography.Paragraph type="secondary" style={{ marginTop: 24, marginBottom: 0 }}>
        {t('training.onlineListNote')}
      </Typography.Paragraph>
    </Card>
  );
}
