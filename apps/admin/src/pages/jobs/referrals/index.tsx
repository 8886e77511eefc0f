import type { ActionType, ProColumns } from '@ant-design/pro-components';
import {
  JOB_APPLICATION_SOURCE_LABELS,
  JOB_APPLICATION_STATUS_LABELS,
  JobApplicationSource,
  JobApplicationStatus,
  type JobApplicationResponse,
} from '@steadywork/shared';
import { App, Popconfirm, Tag } from 'antd';
import { useRef } from 'react';
import { Link } from 'react-router-dom';
import { CellLines, ListPage, regionOf, useRegionFilter } from '../../../components/kit';
import { t } from '../../../locales';
import { ApiError } from '../../../services/request';
import { yesNo, type TableParams } from '../../../services/table';
import { formatTime } from '../../../services/time';
import { valueEnumOf } from '../../../utils/options';
import { confirmHire, exportReferrals, listReferrals, type ReferralFilters } from '../gig-service';
import { ApplicationStatusTag } from '../labels';

/**
 * 推荐就业看板 (union staff): every application and referral of the workers in scope by status,
 * source and region; the hires workers reported (我已入职) wait here for a staff member to confirm.
 */
export default function ReferralsPage() {
  const actionRef = useRef<ActionType>();
  const { message } = App.useApp();
  const region = useRegionFilter<JobApplicationResponse>(t('jobs.region'));

  const filtersOf = (params: TableParams): ReferralFilters => ({
    status: (params.status as JobApplicationStatus | undefined) || undefined,
    source: (params.source as JobApplicationSource | undefined) || undefined,
    regionCode: regionOf(params.region),
    reportedHire: yesNo(params.reportedHire) || undefined,
  });

  const confirm = async (a: JobApplicationResponse) => {
    try {
      await confirmHire(a.id);
      void message.success(t('jobsGig.confirmHireDone'));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
    void actionRef.current?.reload();
  };

  const columns: ProColumns<JobApplicationResponse>[] = [
    region,
    {
      title: t('jobsGig.status'),
      dataIndex: 'status',
      valueType: 'select',
      valueEnum: valueEnumOf(JOB_APPLICATION_STATUS_LABELS),
      width: 110,
      render: (_, a) => (
        <>
          <ApplicationStatusTag status={a.status} />
          {a.reportedHiredOn && !a.hiredOn && (
            <Tag color="orange">{t('jobsGig.reportedHireOn', { date: a.reportedHiredOn })}</Tag>
          )}
        </>
      ),
    },
    {
      title: t('jobsGig.source'),
      dataIndex: 'source',
      valueType: 'select',
      valueEnum: valueEnumOf(JOB_APPLICATION_SOURCE_LABELS),
      width: 90,
      render: (_, a) => JOB_APPLICATION_SOURCE_LABELS[a.source],
    },
    {
      title: t('jobsGig.reportedHire'),
      dataIndex: 'reportedHire',
      hideInTable: true,
      valueType: 'select',
      valueEnum: { true: { text: t('jobsGig.reportedHire') } },
    },
    {
      title: t('jobsGig.workerName'),
      dataIndex: 'workerName',
      search: false,
      width: 150,
      render: (_, a) => <CellLines main={a.workerName} sub={a.idNumberMasked} />,
    },
    { title: t('jobsGig.phone'), dataIndex: 'phone', search: false, width: 120 },
    { title: t('jobs.region'), dataIndex: 'regionName', search: false, width: 160, ellipsis: true },
    {
      title: t('jobsGig.posting'),
      dataIndex: 'postingTitle',
      search: false,
      width: 200,
      render: (_, a) => (
        <CellLines main={<Link to={`/jobs/postings/${a.postingId}`}>{a.postingTitle}</Link>} sub={a.employerName} />
      ),
    },
    {
      title: t('jobsGig.referredBy'),
      dataIndex: 'referredBy',
      search: false,
      width: 100,
      render: (_, a) => a.referredBy ?? '-',
    },
    {
      title: t('jobsGig.hiredOn'),
      dataIndex: 'hiredOn',
      search: false,
      width: 110,
      render: (_, a) => a.hiredOn ?? '-',
    },
    {
      title: t('jobsGig.appliedAt'),
      dataIndex: 'createdAt',
      search: false,
      width: 150,
      render: (_, a) => formatTime(a.createdAt),
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 110,
      fixed: 'right',
      render: (_, a) =>
        a.reportedHiredOn && !a.hiredOn && a.status !== JobApplicationStatus.HIRED
          ? [
              <Popconfirm
                key="confirm"
                title={t('jobsGig.reportedHireOn', { date: a.reportedHiredOn })}
                onConfirm={() => confirm(a)}
              >
                <a>{t('jobsGig.confirmHire')}</a>
              </Popconfirm>,
            ]
          : [],
    },
  ];

  return (
    <ListPage<JobApplicationResponse, ReferralFilters>
      headerTitle={t('jobsGig.referralsTitle')}
      actionRef={actionRef}
      columns={columns}
      filters={filtersOf}
      load={listReferrals}
      exportFile={{ fileName: t('jobsGig.referralsExportFileName'), load: exportReferrals }}
    />
  );
}
