import type { ProColumns } from '@ant-design/pro-components';
import { ROLE_LABELS, Role, type AuditLogResponse } from '@steadywork/shared';
import { Space, Tag, Typography } from 'antd';
import { ListPage } from '../../../components/kit';
import { t } from '../../../locales';
import { text, type TableParams } from '../../../services/table';
import { dayRangeToInstants, formatTime } from '../../../services/time';
import { AuditDetails } from './AuditChanges';
import { exportAuditLogs, listAuditLogs, type AuditLogFilters } from './service';

const roleLabel = (role: string) => (role in ROLE_LABELS ? ROLE_LABELS[role as Role] : role);

const columns: ProColumns<AuditLogResponse>[] = [
  {
    title: t('audit.createdAt'),
    dataIndex: 'createdAt',
    search: false,
    width: 150,
    render: (_, log) => formatTime(log.createdAt),
  },
  {
    title: t('audit.timeRange'),
    dataIndex: 'timeRange',
    valueType: 'dateRange',
    hideInTable: true,
    search: {
      transform: (value: [string, string] | undefined) => dayRangeToInstants(value?.[0], value?.[1]),
    },
  },
  {
    title: t('audit.actorName'),
    dataIndex: 'actorName',
    render: (_, log) => log.actorLabel,
  },
  {
    title: t('audit.actorRoles'),
    dataIndex: 'actorRoles',
    search: false,
    render: (_, log) =>
      log.actorRoles.length ? (
        <Space size={[0, 4]} wrap>
          {log.actorRoles.map((role) => (
            <Tag key={role}>{roleLabel(role)}</Tag>
          ))}
        </Space>
      ) : (
        t('common.empty')
      ),
  },
  {
    title: t('audit.action'),
    dataIndex: 'action',
    fieldProps: { placeholder: t('audit.actionPlaceholder') },
    render: (_, log) => <Typography.Text code>{log.action}</Typography.Text>,
  },
  { title: t('audit.targetType'), dataIndex: 'targetType' },
  { title: t('audit.targetId'), dataIndex: 'targetId', search: false },
  { title: t('audit.ip'), dataIndex: 'ip', search: false },
];

/** The search form's values as the API's filters. */
function filtersOf(params: TableParams): AuditLogFilters {
  return {
    action: text(params.action),
    actorName: text(params.actorName),
    targetType: text(params.targetType),
    from: text(params.from),
    to: text(params.to),
  };
}

/** The append-only audit log, read-only, for the auditor (三权分立). */
export default function AuditLogsPage() {
  return (
    <ListPage<AuditLogResponse, AuditLogFilters>
      headerTitle={t('audit.title')}
      columns={columns}
      search={{ labelWidth: 'auto' }}
      filters={filtersOf}
      load={listAuditLogs}
      exportFile={{ fileName: t('audit.exportFileName'), load: exportAuditLogs }}
      expandable={{ expandedRowRender: (log) => <AuditDetails log={log} /> }}
    />
  );
}
