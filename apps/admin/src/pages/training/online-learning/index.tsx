import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import {
  ONLINE_LEARNING_CHANNEL_LABELS,
  ONLINE_LEARNING_COLUMNS,
  TRAINING_ADMIN_ROLES,
  type OnlineLearningChannel,
  type OnlineLearningImportResponse,
  type OnlineLearningListItem,
} from '@steadywork/shared';
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
import { useEffect, useRef, useState, type MutableRefObject } from 'react';
import { useAuth, useHasRole } from '../../../access/auth-context';
import { RegionCascader } from '../../../components/RegionCascader';
import { t } from '../../../locales';
import { csvBlob, saveBlob } from '../../../services/files';
import { useRegionTree } from '../../../services/regions';
import { ApiError } from '../../../services/request';
import { pageOf, text, toTableResult, type TableParams } from '../../../services/table';
import { formatTime } from '../../../services/time';
import { valueEnumOf } from '../../../utils/options';
import { currentYear, yearOptions } from '../labels';
import {
  downloadOnlineTemplate,
  exportOnlineLearning,
  importOnlineLearning,
  listOnlineLearning,
  type OnlineLearningFilters,
} from '../service';
import { ExportButton } from '../../../components/ExportButton';

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

/** The import wizard: the online platform's records as .xlsx/.csv, with the row-by-row report. */
function ImportWizard({ onImported }: { onImported: () => void }) {
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
        onImported();
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
    </Card>
  );
}

/** The search form's values as the API's filters. */
function filtersOf(params: TableParams): OnlineLearningFilters {
  const region = Array.isArray(params.region) ? (params.region as string[]) : [];
  return {
    year: Number(params.year) || undefined,
    regionCode: region[region.length - 1],
    channel: (params.channel as OnlineLearningChannel | undefined) || undefined,
    keyword: text(params.keyword),
    item: text(params.item),
  };
}

/** 网上学习记录: every record in the user's scope (one a person-time), filtered and exported alike. */
function OnlineLearningRecords({ actionRef }: { actionRef: MutableRefObject<ActionType | undefined> }) {
  const { me } = useAuth();
  const tree = useRegionTree(me?.organization.regionCode);
  // The filters of the rows on screen: the export takes the same.
  const filters = useRef<OnlineLearningFilters>({});

  const columns: ProColumns<OnlineLearningListItem>[] = [
    {
      title: t('training.year'),
      dataIndex: 'year',
      hideInTable: true,
      valueType: 'select',
      initialValue: currentYear(),
      fieldProps: { options: yearOptions(), allowClear: true },
    },
    {
      title: t('training.onlineListChannel'),
      dataIndex: 'channel',
      hideInTable: true,
      valueType: 'select',
      valueEnum: valueEnumOf(ONLINE_LEARNING_CHANNEL_LABELS),
    },
    {
      title: t('training.region'),
      dataIndex: 'region',
      hideInTable: true,
      renderFormItem: () => <RegionCascader tree={tree} anyLevel placeholder={t('training.region')} />,
    },
    {
      title: t('training.onlineListKeyword'),
      dataIndex: 'keyword',
      hideInTable: true,
      fieldProps: { placeholder: t('training.onlineListKeywordPlaceholder'), allowClear: true },
    },
    {
      title: t('training.onlineListItem'),
      dataIndex: 'item',
      hideInTable: true,
      fieldProps: { placeholder: t('training.onlineListItemPlaceholder'), allowClear: true },
    },
    { title: t('training.workerName'), dataIndex: 'workerName', search: false, width: 90 },
    { title: t('training.onlineListIdNumber'), dataIndex: 'idNumberMasked', search: false, width: 170 },
    { title: t('training.onlineListRegion'), dataIndex: 'regionName', search: false, width: 160, ellipsis: true },
    { title: t('training.onlineListItemKey'), dataIndex: 'itemKey', search: false, width: 150, ellipsis: true },
    { title: t('training.onlineListItemTitle'), dataIndex: 'itemTitle', search: false, width: 200, ellipsis: true },
    {
      title: t('training.onlineListDuration'),
      dataIndex: 'durationMinutes',
      search: false,
      width: 100,
      align: 'right',
    },
    { title: t('training.onlineListStudiedOn'), dataIndex: 'studiedOn', search: false, width: 110 },
    { title: t('training.onlineListSource'), dataIndex: 'source', search: false, width: 120, ellipsis: true },
    {
      title: t('training.onlineListChannel'),
      dataIndex: 'channelLabel',
      search: false,
      width: 100,
      render: (_, r) => ONLINE_LEARNING_CHANNEL_LABELS[r.channel],
    },
    {
      title: t('training.onlineListCreatedAt'),
      dataIndex: 'createdAt',
      search: false,
      width: 150,
      render: (_, r) => formatTime(r.createdAt),
    },
  ];

  return (
    <div data-testid="online-records">
      <ProTable<OnlineLearningListItem>
        headerTitle={t('training.onlineListTitle')}
        tooltip={t('training.onlineListHint')}
        rowKey="id"
        actionRef={actionRef}
        scroll={{ x: 1400 }}
        columns={columns}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        options={{ density: false, setting: false }}
        toolBarRender={() => [
          <ExportButton
            key="export"
            fileName={t('training.onlineListExportFileName')}
            load={() => exportOnlineLearning(filters.current)}
          />,
        ]}
        request={(params) => {
          filters.current = filtersOf(params);
          return toTableResult(listOnlineLearning({ ...pageOf(params), ...filters.current }));
        }}
      />
    </div>
  );
}

/**
 * 线上学习: the records of online learning in the user's scope, searched and exported; the
 * training admin also imports the online platform's sheets here (the list reloads after each).
 */
export default function OnlineLearningPage() {
  const canImport = useHasRole(...TRAINING_ADMIN_ROLES);
  const actionRef = useRef<ActionType>();

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {canImport && <ImportWizard onImported={() => void actionRef.current?.reload()} />}
      <OnlineLearningRecords actionRef={actionRef} />
    </Space>
  );
}
