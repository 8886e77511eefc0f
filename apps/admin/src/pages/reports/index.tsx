import type { ProColumns } from '@ant-design/pro-components';
import { MONTHLY_REPORT_STATUS_LABELS, MonthlyReportStatus, type MonthlyReportListItem } from '@steadywork/shared';
import { Tag } from 'antd';
import { Link } from 'react-router-dom';
import { ListPage } from '../../components/kit';
import { t } from '../../locales';
import type { TableParams } from '../../services/table';
import { formatTime } from '../../services/time';
import { valueEnumOf } from '../../utils/options';
import { exportReports, listReports, type ReportFilters } from './service';

function filtersOf(params: TableParams): ReportFilters {
  return {
    year: params.year ? Number(params.year) : undefined,
    status: (params.status as MonthlyReportStatus | undefined) || undefined,
  };
}

export function ReportStatusTag({ status }: { status: MonthlyReportStatus }) {
  return (
    <Tag color={status === MonthlyReportStatus.ISSUED ? 'green' : 'orange'}>{MONTHLY_REPORT_STATUS_LABELS[status]}</Tag>
  );
}

/** 工作月报: the reports of the unions in the user's scope, prepared each month; open one to preview, write, sign off. */
export default function ReportListPage() {
  const columns: ProColumns<MonthlyReportListItem>[] = [
    {
      title: t('reports.title'),
      dataIndex: 'title',
      search: false,
      width: 320,
      render: (_, r) => <Link to={`/reports/${r.id}`}>{r.title}</Link>,
    },
    { title: t('reports.year'), dataIndex: 'year', valueType: 'digit', width: 90, hideInTable: true },
    { title: t('reports.region'), dataIndex: 'regionName', search: false, width: 140 },
    {
      title: t('reports.month'),
      dataIndex: 'month',
      search: false,
      width: 100,
      render: (_, r) => `${r.year}-${String(r.month).padStart(2, '0')}`,
    },
    {
      title: t('reports.status'),
      dataIndex: 'status',
      valueEnum: valueEnumOf(MONTHLY_REPORT_STATUS_LABELS),
      width: 100,
      render: (_, r) => <ReportStatusTag status={r.status} />,
    },
    {
      title: t('reports.issued'),
      dataIndex: 'issuedAt',
      search: false,
      width: 200,
      render: (_, r) => (r.issuedAt ? `${r.issuedByName ?? ''} ${formatTime(r.issuedAt)}` : '-'),
    },
  ];
  return (
    <ListPage<MonthlyReportListItem, ReportFilters>
      headerTitle={t('menu.reports')}
      columns={columns}
      filters={filtersOf}
      load={listReports}
      exportFile={{ fileName: t('reports.exportFileName'), load: exportReports }}
      emptyText={t('reports.empty')}
    />
  );
}
