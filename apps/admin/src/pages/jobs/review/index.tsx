import type { ActionType, ProColumns } from '@ant-design/pro-components';
import { JOB_POSTING_STATUS_LABELS, JobPostingStatus, type JobPostingResponse } from '@steadywork/shared';
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ListPage, regionOf, useRegionFilter } from '../../../components/kit';
import { t } from '../../../locales';
import { ApiError } from '../../../services/request';
import { text, type TableParams } from '../../../services/table';
import { formatTime } from '../../../services/time';
import { valueEnumOf } from '../../../utils/options';
import { ReturnPostingModal } from '../components/ReturnPostingModal';
import { PublicWelfareFormModal } from '../events/PublicWelfare';
import { PostingMarks, PostingStatusTag, wageLabel } from '../labels';
import { approvePosting, exportPostings, listPostings, type PostingFilters } from '../service';

function filtersOf(params: TableParams): PostingFilters {
  return {
    status: (params.status as JobPostingStatus | undefined) || undefined,
    regionCode: regionOf(params.region),
    keyword: text(params.keyword),
  };
}

/** 岗位审核: the postings of the staff member's region, the queue being those waiting for review. */
export default function PostingReviewPage() {
  const actionRef = useRef<ActionType>();
  const { message } = App.useApp();
  const region = useRegionFilter<JobPostingResponse>(t('jobs.region'));
  const [returning, setReturning] = useState<JobPostingResponse | null>(null);
  const [creatingWelfare, setCreatingWelfare] = useState(false);
  const navigate = useNavigate();

  const approve = async (posting: JobPostingResponse) => {
    try {
      await approvePosting(posting.id);
      void message.success(t('jobs.approved'));
    } catch (e) {
      // The request layer said why (a rule checked again, someone else decided first).
      if (!(e instanceof ApiError)) throw e;
    }
    void actionRef.current?.reload();
  };

  const columns: ProColumns<JobPostingResponse>[] = [
    {
      title: t('jobs.status'),
      dataIndex: 'status',
      hideInTable: true,
      valueType: 'select',
      valueEnum: valueEnumOf(JOB_POSTING_STATUS_LABELS),
      initialValue: JobPostingStatus.PENDING,
    },
    {
      title: t('jobs.keyword'),
      dataIndex: 'keyword',
      hideInTable: true,
      fieldProps: { placeholder: t('jobs.postingKeywordPlaceholder'), allowClear: true },
    },
    region,
    {
      title: t('jobs.title'),
      dataIndex: 'title',
      search: false,
      width: 180,
      ellipsis: true,
      render: (_, p) => (
        <>
          <Link to={`/jobs/postings/${p.id}`}>{p.title}</Link>
          <PostingMarks posting={p} />
        </>
      ),
    },
    { title: t('jobs.employer'), dataIndex: 'employerName', search: false, width: 180, ellipsis: true },
    { title: t('jobs.occupation'), dataIndex: 'occupation', search: false, width: 110 },
    { title: t('jobs.region'), dataIndex: 'regionName', search: false, width: 100 },
    { title: t('jobs.wage'), dataIndex: 'wage', search: false, width: 150, render: (_, p) => wageLabel(p) },
    {
      title: t('jobs.headcount'),
      dataIndex: 'headcount',
      search: false,
      width: 90,
      align: 'right',
      render: (_, p) => t('jobs.people', { n: p.headcount }),
    },
    { title: t('jobs.validUntil'), dataIndex: 'validUntil', search: false, width: 110 },
    {
      title: t('jobs.status'),
      dataIndex: 'statusTag',
      search: false,
      width: 90,
      render: (_, p) => <PostingStatusTag status={p.status} />,
    },
    {
      title: t('jobs.submittedAt'),
      dataIndex: 'updatedAt',
      search: false,
      width: 150,
      render: (_, p) => formatTime(p.updatedAt),
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 150,
      fixed: 'right',
      render: (_, p) => [
        <Link key="view" to={`/jobs/postings/${p.id}`}>
          {t('jobs.view')}
        </Link>,
        ...(p.status === JobPostingStatus.PENDING
          ? [
              <Popconfirm
                key="approve"
                title={t('jobs.approveConfirm', { title: p.title })}
                onConfirm={() => approve(p)}
              >
                <a>{t('jobs.approve')}</a>
              </Popconfirm>,
              <a key="return" onClick={() => setReturning(p)}>
                {t('jobs.return')}
              </a>,
            ]
          : []),
      ],
    },
  ];

  return (
    <>
      <ListPage<JobPostingResponse, PostingFilters>
        headerTitle={t('jobs.reviewTitle')}
        actionRef={actionRef}
        columns={columns}
        filters={filtersOf}
        load={listPostings}
        emptyText={t('jobs.reviewEmpty')}
        exportFile={{ fileName: t('jobs.reviewExportFileName'), load: exportPostings }}
        actions={[
          <Button key="welfare" icon={<PlusOutlined />} onClick={() => setCreatingWelfare(true)}>
            {t('jobEvents.welfareCreate')}
          </Button>,
        ]}
      />
      {creatingWelfare && (
        <PublicWelfareFormModal
          onClose={() => setCreatingWelfare(false)}
          onSaved={(posting) => {
            setCreatingWelfare(false);
            navigate(`/jobs/postings/${posting.id}`);
          }}
        />
      )}
      {returning && (
        <ReturnPostingModal
          posting={returning}
          onClose={() => setReturning(null)}
          onSaved={() => {
            setReturning(null);
            void actionRef.current?.reload();
          }}
        />
      )}
    </>
  );
}
