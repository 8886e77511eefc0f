import { AlertOutlined, SettingOutlined } from '@ant-design/icons';
import type { ProColumns } from '@ant-design/pro-components';
import {
  DEMAND_CATEGORY_LABELS,
  DemandCategory,
  EMPLOYMENT_STATUS_LABELS,
  WARNING_SETTINGS_ROLES,
  type RelapseRiskResponse,
  type WarningRegionFigures,
  type WarningRegionsResponse,
} from '@steadywork/shared';
import { Alert, Button, Card, DatePicker, Empty, Space, Table, Tabs, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useHasRole } from '../../access/auth-context';
import { ExportButton } from '../../components/ExportButton';
import { ListPage, regionOf, useRegionFilter } from '../../components/kit';
import { currentLanguage, t } from '../../locales';
import type { TableParams } from '../../services/table';
import { dayjs, formatTime, TIME_ZONE } from '../../services/time';
import { ThresholdsModal } from './components/ThresholdsModal';
import {
  exportRelapseRisks,
  exportWarningRegions,
  listRelapseRisks,
  warningRegions,
  type MonthQuery,
  type RelapseFilters,
} from './service';

const CATEGORIES = Object.values(DemandCategory) as DemandCategory[];

/** The month a link opens (`?year=2026&month=6`), else this month in Asia/Shanghai. */
function initialMonth(search: URLSearchParams): MonthQuery {
  const year = Number(search.get('year'));
  const month = Number(search.get('month'));
  if (year >= 2000 && month >= 1 && month <= 12) return { year, month };
  const now = dayjs().tz(TIME_ZONE);
  return { year: now.year(), month: now.month() + 1 };
}

/** A figure, red when it reached its threshold. */
function figure(row: WarningRegionFigures, value: number, alerted: boolean) {
  return alerted ? (
    <span style={{ color: '#cf1322', fontWeight: 600 }} data-alert="true">
      {value}
    </span>
  ) : (
    value
  );
}

function RegionsTab({ month, onMonth }: { month: MonthQuery; onMonth(m: MonthQuery): void }) {
  const [data, setData] = useState<WarningRegionsResponse | null>(null);
  const [failed, setFailed] = useState(false);
  const [setting, setSetting] = useState(false);
  const setsThresholds = useHasRole(...WARNING_SETTINGS_ROLES);

  const load = useCallback(() => {
    let live = true;
    setFailed(false);
    setData(null);
    warningRegions(month).then(
      (d) => live && setData(d),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [month]);
  useEffect(load, [load]);

  const has = (r: WarningRegionFigures, f: string, c: DemandCategory | null = null) =>
    r.alerts.some((a) => a.figure === f && a.category === c);
  const columns: ColumnsType<WarningRegionFigures> = [
    { title: t('warning.region'), dataIndex: 'regionName', width: 140 },
    {
      title: t('warning.layoffFilings'),
      dataIndex: 'layoffFilings',
      render: (v: number, r) => figure(r, v, has(r, 'LAYOFF_FILINGS')),
    },
    {
      title: t('warning.laidOffWorkers'),
      dataIndex: 'laidOffWorkers',
      render: (v: number, r) => figure(r, v, has(r, 'LAID_OFF_WORKERS')),
    },
    {
      title: t('warning.registeredUnemployed'),
      dataIndex: 'registeredUnemployed',
      render: (v: number, r) => figure(r, v, has(r, 'REGISTERED_UNEMPLOYED')),
    },
    {
      title: t('warning.laidOffTagged'),
      dataIndex: 'laidOffTagged',
      render: (v: number, r) => figure(r, v, has(r, 'LAID_OFF_TAGGED')),
    },
    {
      title: t('warning.openDemands'),
      dataIndex: 'openDemands',
      render: (v: number, r) => (
        <Tooltip title={CATEGORIES.map((c) => `${DEMAND_CATEGORY_LABELS[c]} ${r.openDemandsByCategory[c]}`).join('，')}>
          {figure(
            r,
            v,
            r.alerts.some((a) => a.figure === 'OPEN_DEMANDS'),
          )}
        </Tooltip>
      ),
    },
    {
      title: t('warning.alerts'),
      dataIndex: 'alerts',
      width: 320,
      render: (_, r) =>
        r.alerts.length ? (
          r.alerts.map((a) => (
            <Tag key={a.label} color="red" style={{ marginBottom: 4 }}>
              {t('warning.alertValue', { label: a.label, value: a.value, threshold: a.threshold })}
            </Tag>
          ))
        ) : (
          <Tag color="green">{t('warning.noAlert')}</Tag>
        ),
    },
  ];

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <DatePicker
          picker="month"
          allowClear={false}
          aria-label={t('warning.month')}
          value={dayjs(`${month.year}-${String(month.month).padStart(2, '0')}-01`)}
          onChange={(d) => d && onMonth({ year: d.year(), month: d.month() + 1 })}
          data-testid="warning-month"
        />
        <ExportButton load={() => exportWarningRegions(month)} fileName={t('warning.exportFileName')} />
        {setsThresholds && (
          <Button icon={<SettingOutlined />} onClick={() => setSetting(true)} data-testid="warning-thresholds">
            {t('warning.thresholds')}
          </Button>
        )}
      </Space>
      {data && (
        <Alert
          type="info"
          showIcon
          // the API explains its counting in Chinese; other languages read the same note from the catalogue
          message={currentLanguage() === 'zh-CN' ? data.registryNote : t('warning.registryNote')}
        />
      )}
      {failed ? (
        <Empty description={t('warning.loadFailed')}>
          <Button onClick={load}>{t('common.retry')}</Button>
        </Empty>
      ) : (
        <Table<WarningRegionFigures>
          rowKey="regionCode"
          size="middle"
          loading={!data}
          columns={columns}
          dataSource={data?.regions ?? []}
          pagination={false}
          onRow={(r) => (r.alerts.length ? { style: { background: '#fff1f0' }, 'data-alerted': 'true' } : {})}
          data-testid="warning-regions"
        />
      )}
      {setting && (
        <ThresholdsModal
          onClose={() => setSetting(false)}
          onSaved={() => {
            setSetting(false);
            load();
          }}
        />
      )}
    </Space>
  );
}

function relapseFilters(params: TableParams): RelapseFilters {
  return { regionCode: regionOf(params.region) };
}

function RelapseTab() {
  const regionFilter = useRegionFilter<RelapseRiskResponse>(t('warning.region'));
  const columns: ProColumns<RelapseRiskResponse>[] = [
    regionFilter,
    {
      title: t('warning.worker'),
      dataIndex: ['worker', 'name'],
      search: false,
      width: 100,
      render: (_, r) => <Link to={`/workers/${r.worker.id}`}>{r.worker.name}</Link>,
    },
    { title: t('warning.phone'), dataIndex: ['worker', 'phoneMasked'], search: false, width: 130 },
    { title: t('warning.region'), dataIndex: ['worker', 'regionName'], search: false, width: 200, ellipsis: true },
    {
      title: t('warning.employmentStatus'),
      dataIndex: ['worker', 'employmentStatus'],
      search: false,
      width: 110,
      render: (_, r) => EMPLOYMENT_STATUS_LABELS[r.worker.employmentStatus],
    },
    {
      title: t('warning.archiveClosedAt'),
      dataIndex: 'archiveClosedAt',
      search: false,
      width: 150,
      render: (_, r) => formatTime(r.archiveClosedAt),
    },
    {
      title: t('warning.flaggedAt'),
      dataIndex: 'flaggedAt',
      search: false,
      width: 150,
      render: (_, r) => formatTime(r.flaggedAt),
    },
    { title: t('warning.reason'), dataIndex: 'reason', search: false, width: 320, ellipsis: true },
  ];
  return (
    <ListPage<RelapseRiskResponse, RelapseFilters>
      headerTitle={t('warning.tabRelapse')}
      rowKey={(r) => r.worker.id}
      columns={columns}
      filters={relapseFilters}
      load={listRelapseRisks}
      emptyText={t('warning.relapseEmpty')}
      exportFile={{ fileName: t('warning.relapseExportFileName'), load: exportRelapseRisks }}
    />
  );
}

/** 权益保障 › 预警监测: the month's figures per region against the thresholds, and 返困风险. */
export default function WarningPage() {
  const [search] = useSearchParams();
  const [month, setMonth] = useState<MonthQuery>(() => initialMonth(search));
  return (
    <Card
      title={
        <span>
          <AlertOutlined style={{ marginRight: 8 }} />
          {t('warning.title')}
        </span>
      }
    >
      <Tabs
        defaultActiveKey={search.get('tab') === 'relapse' ? 'relapse' : 'regions'}
        items={[
          { key: 'regions', label: t('warning.tabRegions'), children: <RegionsTab month={month} onMonth={setMonth} /> },
          { key: 'relapse', label: t('warning.tabRelapse'), children: <RelapseTab /> },
        ]}
      />
    </Card>
  );
}
