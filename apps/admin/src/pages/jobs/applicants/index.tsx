import type { ActionType, ProColumns } from '@ant-design/pro-components';
import {
  JOB_APPLICATION_SOURCE_LABELS,
  JOB_APPLICATION_STATUS_LABELS,
  JobApplicationStatus,
  type JobApplicationResponse,
} from '@steadywork/shared';
import { App, Tooltip } from 'antd';
import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ListPage } from '../../../components/kit';
import { t } from '../../../locales';
import { ApiError } from '../../../services/request';
import type { TableParams } from '../../../services/table';
import { formatTime } from '../../../services/time';
import { valueEnumOf } from '../../../utils/options';
import { ApplicantActionModal, type ApplicantAction } from '../components/ApplicantActionModal';
import { ApplicationStatusTag } from '../labels';
import { exportApplications, listApplications, markInterviewed, type ApplicationFilters } from '../service';

/** Until the worker accepts an interview HR see a masked name. */
const MASKED = new Set([JobApplicationStatus.APPLIED, JobApplicationStatus.INVITED]);
const OPEN = new Set([
  JobApplicationStatus.APPLIED,
  JobApplicationStatus.INVITED,
  JobApplicationStatus.ACCEPTED,
  JobApplicationStatus.INTERVIEWED,
]);

/** 应聘者 (HR): who applied to the company's postings, or was referred by the union; invite, hire or reject. */
export default function ApplicantsPage() {
  const actionRef = useRef<ActionType>();
  const { message } = App.useApp();
  const [search] = useSearchParams();
  const postingId = Number(search.get('postingId')) || undefined;
  const [acting, setActing] = useState<{ action: ApplicantAction; application: JobApplicationResponse } | null>(null);

  const filtersOf = (params: TableParams): ApplicationFilters => ({
    status: (params.status as JobApplicationStatus | undefined) || undefined,
    postingId,
  });

  const interviewed = async (a: JobApplicationResponse) => {
    try {
      await markInterviewed(a.id);
      void message.success(t('jobs.interviewedDone'));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
    void actionRef.current?.reload();
  };

  const columns: ProColumns<JobApplicationResponse>[] = [
    {
      title: t('jobs.status'),
      dataIndex: 'status',
      hideInTable: true,
      valueType: 'select',
      valueEnum: valueEnumOf(JOB_APPLICATION_STATUS_LABELS),
    },
    { title: t('jobs.posting'), dataIndex: 'postingTitle', search: false, width: 150, ellipsis: true },
    {
      title: t('jobs.workerName'),
      dataIndex: 'workerName',
      search: false,
      width: 110,
      render: (_, a) =>
        MASKED.has(a.status) ? (
          <Tooltip title={t('jobs.maskedHint')}>
            <span>{a.workerName}</span>
          </Tooltip>
        ) : (
          a.workerName
        ),
    },
    { title: t('jobs.idNumber'), dataIndex: 'idNumberMasked', search: false, width: 180 },
    { title: t('jobs.phone'), dataIndex: 'phone', search: false, width: 130 },
    { title: t('jobs.region'), dataIndex: 'regionName', search: false, width: 100 },
    {
      title: t('jobs.source'),
      dataIndex: 'source',
      search: false,
      width: 90,
      render: (_, a) => JOB_APPLICATION_SOURCE_LABELS[a.source],
    },
    {
      title: t('jobs.status'),
      dataIndex: 'statusTag',
      search: false,
      width: 100,
      render: (_, a) => <ApplicationStatusTag status={a.status} />,
    },
    {
      title: t('jobs.interview'),
      dataIndex: 'interviewAt',
      search: false,
      width: 200,
      ellipsis: true,
      render: (_, a) => (a.interviewAt ? `${formatTime(a.interviewAt)} ${a.interviewPlace ?? ''}` : t('common.empty')),
    },
    {
      title: t('jobs.appliedAt'),
      dataIndex: 'createdAt',
      search: false,
      width: 150,
      render: (_, a) => formatTime(a.createdAt),
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 200,
      fixed: 'right',
      render: (_, a) =>
        [
          a.status === JobApplicationStatus.APPLIED && (
            <a key="invite" onClick={() => setActing({ action: 'invite', application: a })}>
              {t('jobs.invite')}
            </a>
          ),
          a.status === JobApplicationStatus.ACCEPTED && (
            <a key="interviewed" onClick={() => void interviewed(a)}>
              {t('jobs.interviewed')}
            </a>
          ),
          (a.status === JobApplicationStatus.ACCEPTED || a.status === JobApplicationStatus.INTERVIEWED) && (
            <a key="hire" onClick={() => setActing({ action: 'hire', application: a })}>
              {t('jobs.hire')}
            </a>
          ),
          OPEN.has(a.status) && (
            <a key="reject" onClick={() => setActing({ action: 'reject', application: a })}>
              {t('jobs.reject')}
            </a>
          ),
        ].filter(Boolean),
    },
  ];

  return (
    <>
      <ListPage<JobApplicationResponse, ApplicationFilters>
        headerTitle={t('jobs.applicantsTitle')}
        actionRef={actionRef}
        columns={columns}
        params={{ postingId }}
        filters={filtersOf}
        load={listApplications}
        exportFile={{ fileName: t('jobs.applicantsExportFileName'), load: exportApplications }}
      />
      {acting && (
        <ApplicantActionModal
          action={acting.action}
          application={acting.application}
          onClose={() => setActing(null)}
          onSaved={() => {
            setActing(null);
            void actionRef.current?.reload();
          }}
        />
      )}
    </>
  );
}
