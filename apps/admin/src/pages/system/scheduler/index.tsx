import type { ActionType, ProColumns } from '@ant-design/pro-components';
import { ProTable } from '@ant-design/pro-components';
import { ScheduledJobOutcome, type ScheduledJobResponse, type ScheduledJobRunResponse } from '@steadywork/shared';
import { App, Button, Popconfirm, Tag, Typography } from 'antd';
import { useRef } from 'react';
import { ListPage } from '../../../components/kit';
import { t } from '../../../locales';
import { ApiError } from '../../../services/request';
import { formatTime } from '../../../services/time';
import { listJobRuns, listScheduledJobs, runScheduledJob } from './service';

const OUTCOME_COLORS: Record<ScheduledJobOutcome, string> = {
  [ScheduledJobOutcome.RUNNING]: 'processing',
  [ScheduledJobOutcome.SUCCEEDED]: 'success',
  [ScheduledJobOutcome.FAILED]: 'error',
};

function OutcomeTag({ run }: { run: ScheduledJobRunResponse }) {
  return <Tag color={OUTCOME_COLORS[run.outcome]}>{t(`scheduler.outcomes.${run.outcome}`)}</Tag>;
}

const runColumns: ProColumns<ScheduledJobRunResponse>[] = [
  { title: t('scheduler.startedAt'), dataIndex: 'startedAt', render: (_, r) => formatTime(r.startedAt) },
  {
    title: t('scheduler.finishedAt'),
    dataIndex: 'finishedAt',
    render: (_, r) => (r.finishedAt ? formatTime(r.finishedAt) : t('common.empty')),
  },
  { title: t('scheduler.trigger'), dataIndex: 'trigger', render: (_, r) => t(`scheduler.triggers.${r.trigger}`) },
  { title: t('scheduler.outcome'), dataIndex: 'outcome', render: (_, r) => <OutcomeTag run={r} /> },
  { title: t('scheduler.items'), dataIndex: 'items' },
  {
    title: t('scheduler.detail'),
    dataIndex: 'detail',
    ellipsis: true,
    render: (_, r) => r.error ?? r.detail ?? t('common.empty'),
  },
  { title: t('scheduler.instance'), dataIndex: 'instance', ellipsis: true },
];

/** A job's runs, newest first. */
function JobRuns({ name }: { name: string }) {
  return (
    <ProTable<ScheduledJobRunResponse>
      rowKey="id"
      size="small"
      search={false}
      options={false}
      columns={runColumns}
      pagination={{ defaultPageSize: 10 }}
      request={async ({ current = 1, pageSize = 10 }) => {
        const page = await listJobRuns(name, current, pageSize);
        return { data: page.items, total: page.total, success: true };
      }}
    />
  );
}

/** The scheduled jobs (定时任务): schedule, last run, next run, and 立即运行 for the programme admin. */
export default function ScheduledJobsPage() {
  const actionRef = useRef<ActionType>();
  const { message } = App.useApp();

  const runNow = async (job: ScheduledJobResponse) => {
    try {
      const run = await runScheduledJob(job.name);
      if (run.outcome === ScheduledJobOutcome.FAILED)
        void message.error(t('scheduler.ranFailed', { error: run.error ?? '' }));
      else void message.success(t('scheduler.ran', { items: run.items }));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e; // the request layer showed it (409: running elsewhere)
    }
    void actionRef.current?.reload();
  };

  const columns: ProColumns<ScheduledJobResponse>[] = [
    {
      title: t('scheduler.title'),
      dataIndex: 'title',
      width: '30%',
      render: (_, job) => (
        <>
          <div>{job.title}</div>
          <Typography.Text type="secondary" code>
            {job.name}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('scheduler.schedule'),
      dataIndex: 'schedule',
      render: (_, job) => <Typography.Text code>{job.schedule}</Typography.Text>,
    },
    {
      title: t('scheduler.lastRun'),
      dataIndex: 'lastRun',
      render: (_, job) =>
        job.lastRun ? (
          <>
            <OutcomeTag run={job.lastRun} /> {formatTime(job.lastRun.startedAt)}
          </>
        ) : (
          t('scheduler.neverRun')
        ),
    },
    {
      title: t('scheduler.nextRunAt'),
      dataIndex: 'nextRunAt',
      render: (_, job) => (job.nextRunAt ? formatTime(job.nextRunAt) : t('scheduler.scheduleOff')),
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      render: (_, job) => [
        <Popconfirm key="run" title={t('scheduler.runConfirm', { title: job.title })} onConfirm={() => runNow(job)}>
          <Button type="link" size="small" disabled={!!job.lockedUntil}>
            {job.lockedUntil ? t('scheduler.running') : t('scheduler.runNow')}
          </Button>
        </Popconfirm>,
      ],
    },
  ];

  return (
    <ListPage<ScheduledJobResponse>
      headerTitle={t('scheduler.pageTitle')}
      rowKey="name"
      actionRef={actionRef}
      columns={columns}
      search={false}
      pagination={false}
      load={listScheduledJobs}
      expandable={{ expandedRowRender: (job) => <JobRuns name={job.name} /> }}
    />
  );
}
