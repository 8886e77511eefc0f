import type { AuditLogResponse } from '@steadywork/shared';
import { Space, Table, Typography } from 'antd';
import { t, type MessageKey } from '../../../locales';

interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The changed fields of an entry (`summary.before` / `summary.after`, as the API records every edit). */
export function changesOf(summary: AuditLogResponse['summary']): FieldChange[] {
  if (!summary || !isRecord(summary.after)) return [];
  const before = isRecord(summary.before) ? summary.before : {};
  return Object.keys(summary.after).map((field) => ({
    field,
    before: before[field] ?? null,
    after: (summary.after as Record<string, unknown>)[field] ?? null,
  }));
}

function fieldLabel(field: string): string {
  const key = `audit.fields.${field}` as MessageKey;
  const label = t(key);
  return label === key ? field : t('audit.fieldWithKey', { label, field });
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return t('common.empty');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object'))
    return value.join(t('common.listSeparator')) || t('common.empty');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** An entry's details: what changed (字段, 原值, 新值), then anything else it keeps. */
export function AuditDetails({ log }: { log: AuditLogResponse }) {
  if (!log.summary) return <Typography.Text type="secondary">{t('audit.noSummary')}</Typography.Text>;
  const changes = changesOf(log.summary);
  const { before: _before, after: _after, ...rest } = log.summary;
  const other = changes.length ? rest : log.summary;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {changes.length > 0 && (
        <Table<FieldChange>
          data-testid="audit-changes"
          size="small"
          rowKey="field"
          pagination={false}
          title={() => t('audit.changes')}
          dataSource={changes}
          columns={[
            { title: t('audit.field'), dataIndex: 'field', render: (f: string) => fieldLabel(f) },
            { title: t('audit.before'), dataIndex: 'before', render: (v: unknown) => show(v) },
            { title: t('audit.after'), dataIndex: 'after', render: (v: unknown) => show(v) },
          ]}
        />
      )}
      {Object.keys(other).length > 0 && (
        <pre data-testid="audit-summary" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
          {JSON.stringify(other, null, 2)}
        </pre>
      )}
    </Space>
  );
}
