import { REPORT_ISSUE_ROLES, MonthlyReportStatus, reportTables, type MonthlyReportResponse } from '@steadywork/shared';
import { App, Button, Card, Form, Input, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useHasRole } from '../../access/auth-context';
import { DetailHeader, DetailPage, useRecord } from '../../components/kit';
import { t } from '../../locales';
import { saveBlob } from '../../services/files';
import { ApiError } from '../../services/request';
import { formatTime } from '../../services/time';
import { ReportStatusTag } from './index';
import { getReport, issueReport, recomputeReport, reportFile, saveNarrative } from './service';

const BACK = { to: '/reports', label: t('menu.reports') };

/** A table of the report as the document prints it. */
function Sheet({ header, rows, testId }: { header: string[]; rows: string[][]; testId: string }) {
  return (
    <Table
      size="small"
      bordered
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid={testId}
      rowKey={(r) => r[0] + r.join('|')}
      dataSource={rows}
      columns={header.map((h, i) => ({ title: h, key: String(i), render: (_: unknown, r: string[]) => r[i] }))}
    />
  );
}

/** The report's sections, in the document's order, for reading before download. */
function Preview({ report }: { report: MonthlyReportResponse }) {
  const tables = reportTables(report);
  const h = report.hardship;
  return (
    <Card>
      <Typography.Title level={3} style={{ textAlign: 'center' }} data-testid="report-title">
        {report.title}
      </Typography.Title>
      <Typography.Title level={5}>{t('reports.sectionTargets')}</Typography.Title>
      <Sheet testId="report-targets" {...tables.targets} />
      <Typography.Title level={5}>{t('reports.sectionRegions')}</Typography.Title>
      {tables.byRegion.rows.length ? (
        <Sheet testId="report-regions" {...tables.byRegion} />
      ) : (
        <p>{t('reports.noChildRegions')}</p>
      )}
      <Typography.Title level={5}>{t('reports.sectionHardship')}</Typography.Title>
      <p>
        {t('reports.hardshipSummary', {
          open: h.openArchives,
          opened: h.openedInMonth,
          closed: h.closedInMonth,
        })}
      </p>
      <Typography.Title level={5}>{t('reports.sectionAlerts')}</Typography.Title>
      {tables.alerts.rows.length ? <Sheet testId="report-alerts" {...tables.alerts} /> : <p>{t('reports.noAlerts')}</p>}
    </Card>
  );
}

/** 月报 detail: preview, the narrative (存在问题, 工作建议), sign-off, downloads. */
export default function ReportDetailPage() {
  const id = Number(useParams<{ id: string }>().id);
  const record = useRecord(id, getReport);
  const { message } = App.useApp();
  const canIssue = useHasRole(...REPORT_ISSUE_ROLES);
  const [form] = Form.useForm<{ problems: string; suggestions: string }>();
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<MonthlyReportResponse>, done: string) => {
    setBusy(true);
    try {
      record.show(await action());
      void message.success(done);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.statusCode === 409) void record.reload();
    } finally {
      setBusy(false);
    }
  };
  const save = async (kind: 'docx' | 'xlsx', title: string) => {
    const file = await reportFile(id, kind);
    saveBlob(file.blob, file.fileName ?? `${title}.${kind}`);
  };

  return (
    <DetailPage record={record} notFound={t('reports.notFound')} back={BACK}>
      {(r) => {
        const draft = r.status === MonthlyReportStatus.DRAFT;
        return (
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <DetailHeader
              back={BACK}
              title={r.title}
              status={<ReportStatusTag status={r.status} />}
              items={[
                { label: t('reports.computedAt'), value: formatTime(r.computedAt) },
                !!r.issuedAt && {
                  label: t('reports.issued'),
                  value: `${r.issuedByName ?? ''} ${formatTime(r.issuedAt)}`,
                },
              ]}
              actions={[
                <Button key="docx" onClick={() => void save('docx', r.title)}>
                  {t('reports.downloadDocx')}
                </Button>,
                <Button key="xlsx" onClick={() => void save('xlsx', r.title)}>
                  {t('reports.downloadXlsx')}
                </Button>,
                draft && (
                  <Button
                    key="recompute"
                    loading={busy}
                    onClick={() => void run(() => recomputeReport(r.id), t('reports.recomputed'))}
                  >
                    {t('reports.recompute')}
                  </Button>
                ),
                draft && canIssue && (
                  <Popconfirm
                    key="issue"
                    title={t('reports.issueConfirm')}
                    onConfirm={() => void run(() => issueReport(r.id), t('reports.issuedDone'))}
                  >
                    <Button type="primary" loading={busy}>
                      {t('reports.issue')}
                    </Button>
                  </Popconfirm>
                ),
              ]}
            />
            <Preview report={r} />
            <Card title={t('reports.narrative')}>
              <Form
                form={form}
                layout="vertical"
                disabled={!draft}
                initialValues={{ problems: r.problems, suggestions: r.suggestions }}
                onFinish={(values) => void run(() => saveNarrative(r.id, values, form), t('common.saved'))}
              >
                <Form.Item name="problems" label={t('reports.problems')}>
                  <Input.TextArea rows={4} maxLength={5000} />
                </Form.Item>
                <Form.Item name="suggestions" label={t('reports.suggestions')}>
                  <Input.TextArea rows={4} maxLength={5000} />
                </Form.Item>
                {draft && (
                  <Button type="primary" htmlType="submit" loading={busy}>
                    {t('common.save')}
                  </Button>
                )}
              </Form>
            </Card>
          </Space>
        );
      }}
    </DetailPage>
  );
}
