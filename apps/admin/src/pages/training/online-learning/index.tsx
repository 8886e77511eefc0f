import type { ActionType, ProColumns } from '@ant-design/pro-components';
import {
  ONLINE_LEARNING_CHANNEL_LABELS,
  ONLINE_LEARNING_COLUMNS,
  TRAINING_ADMIN_ROLES,
  type OnlineLearningChannel,
  type OnlineLearningImportResponse,
  type OnlineLearningListItem,
} from '@steadywork/shared';
import { Space } from 'antd';
import { useRef, type MutableRefObject } from 'react';
import { useHasRole } from '../../../access/auth-context';
import { ImportWizard, type ImportReport, ListPage, regionOf, useRegionFilter } from '../../../components/kit';
import { t } from '../../../locales';
import { text, type TableParams } from '../../../services/table';
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

/** A column key of the sheet as its header (身份证号), as the user knows it. */
const headerOf = (field: string) => ONLINE_LEARNING_COLUMNS.find((c) => c.key === field)?.header ?? field;

const RULES = ['training.onlineRule1', 'training.onlineRule2', 'training.onlineRule3'] as const;

function report(result: OnlineLearningImportResponse): ImportReport {
  return {
    status: result.failed ? 'warning' : 'success',
    title: t('importWizard.done'),
    subTitle: t('training.onlineDoneSub', {
      rows: result.rows,
      added: result.added,
      duplicates: result.duplicates,
      failed: result.failed,
    }),
    counts: [
      { title: t('importWizard.total'), value: result.rows },
      { title: t('training.onlineAdded'), value: result.added, tone: 'success' },
      { title: t('training.onlineDuplicates'), value: result.duplicates },
      { title: t('importWizard.failed'), value: result.failed, tone: 'danger' },
    ],
    errors: result.errors.map((e) => ({ ...e, field: e.field && e.field !== 'row' ? headerOf(e.field) : null })),
  };
}

/** 线上学习记录导入: the online platform's sheet, checked row by row, with the report at once. */
function OnlineImport({ onImported }: { onImported: () => void }) {
  const columns = ONLINE_LEARNING_COLUMNS.map((c) => c.header).join('、');
  return (
    <ImportWizard<OnlineLearningImportResponse>
      title={t('training.onlineTitle')}
      testId="online"
      template={{ load: downloadOnlineTemplate, fileName: t('training.onlineTemplateFileName') }}
      rules={RULES.map((key) => t(key, { columns }))}
      file={{
        accept: '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv',
        pattern: /\.(xlsx|csv)$/i,
        wrongType: t('training.onlineWrongType'),
      }}
      uploadHint={t('training.onlineUploadHint')}
      uploadSubHint={t('training.onlineUploadSubHint')}
      upload={importOnlineLearning}
      report={report}
      errorsFileName={t('training.onlineErrorsFileName')}
      againLabel={t('training.onlineAgain')}
      onImported={onImported}
    />
  );
}

/** The search form's values as the API's filters. */
function filtersOf(params: TableParams): OnlineLearningFilters {
  return {
    year: Number(params.year) || undefined,
    regionCode: regionOf(params.region),
    channel: (params.channel as OnlineLearningChannel | undefined) || undefined,
    keyword: text(params.keyword),
    item: text(params.item),
  };
}

/** 网上学习记录: every record in the user's scope (one a person-time), filtered and exported alike. */
function OnlineLearningRecords({ actionRef }: { actionRef: MutableRefObject<ActionType | undefined> }) {
  const region = useRegionFilter<OnlineLearningListItem>(t('training.region'));

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
    region,
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
      <ListPage<OnlineLearningListItem, OnlineLearningFilters>
        headerTitle={t('training.onlineListTitle')}
        tooltip={t('training.onlineListHint')}
        actionRef={actionRef}
        columns={columns}
        filters={filtersOf}
        load={listOnlineLearning}
        exportFile={{ fileName: t('training.onlineListExportFileName'), load: exportOnlineLearning }}
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
      {canImport && <OnlineImport onImported={() => void actionRef.current?.reload()} />}
      <OnlineLearningRecords actionRef={actionRef} />
    </Space>
  );
}
