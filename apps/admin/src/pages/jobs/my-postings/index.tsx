import type { ProColumns } from '@ant-design/pro-components';
import { JOB_POSTING_STATUS_LABELS, JobPostingStatus, type JobPostingResponse } from '@steadywork/shared';
import { App, Popconfirm, Tooltip } from 'antd';
import { Link } from 'react-router-dom';
import { ListPage, useListEditor } from '../../../components/kit';
import { t } from '../../../locales';
import { ApiError } from '../../../services/request';
import { text, type TableParams } from '../../../services/table';
import { valueEnumOf } from '../../../utils/options';
import { PostingFormModal } from '../components/PostingFormModal';
import { PostingStatusTag, wageLabel } from '../labels';
import { closePosting, exportPostings, listPostings, submitPosting, type PostingFilters } from '../service';

function filtersOf(params: TableParams): PostingFilters {
  return {
    status: (params.status as JobPostingStatus | undefined) || undefined,
    keyword: text(params.keyword),
  };
}

const editable = (p: JobPostingResponse) =>
  p.status === JobPostingStatus.DRAFT || p.status === JobPostingStatus.RETURNED;

/** 我的岗位 (HR): the company's postings — draft, edit, submit for review, close; the applicants of each. */
export default function MyPostingsPage() {
  const { message } = App.useApp();
  const editor = useListEditor<JobPostingResponse>();

  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      void message.success(done);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
    void editor.actionRef.current?.reload();
  };

  const columns: ProColumns<JobPostingResponse>[] = [
    {
      title: t('jobs.status'),
      dataIndex: 'status',
      hideInTable: true,
      valueType: 'select',
      valueEnum: valueEnumOf(JOB_POSTING_STATUS_LABELS),
    },
    {
      title: t('jobs.keyword'),
      dataIndex: 'keyword',
      hideInTable: true,
      fieldProps: { placeholder: t('jobs.postingKeywordPlaceholder'), allowClear: true },
    },
    {
      title: t('jobs.title'),
      dataIndex: 'title',
      search: false,
      width: 180,
      ellipsis: true,
      render: (_, p) => <Link to={`/jobs/postings/${p.id}`}>{p.title}</Link>,
    },
    { title: t('jobs.occupation'), dataIndex: 'occupation', search: false, width: 110 },
    { title: t('jobs.region'), dataIndex: 'regionName', search: false, width: 100 },
    { title: t('jobs.wage'), dataIndex: 'wage', search: false, width: 150, render: (_, p) => wageLabel(p) },
    { title: t('jobs.validUntil'), dataIndex: 'validUntil', search: false, width: 110 },
    {
      title: t('jobs.status'),
      dataIndex: 'statusTag',
      search: false,
      width: 100,
      render: (_, p) =>
        p.status === JobPostingStatus.RETURNED && p.returnReason ? (
          <Tooltip title={`${t('jobs.returnReason')}：${p.returnReason}`}>
            <span>
              <PostingStatusTag status={p.status} />
            </span>
          </Tooltip>
        ) : (
          <PostingStatusTag status={p.status} />
        ),
    },
    { title: t('jobs.returnReason'), dataIndex: 'returnReason', search: false, width: 200, ellipsis: true },
    { title: t('jobs.applications'), dataIndex: 'applications', search: false, width: 70, align: 'right' },
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 220,
      fixed: 'right',
      render: (_, p) => [
        ...(editable(p)
          ? [
              <a key="edit" onClick={() => editor.edit(p)}>
                {t('jobs.edit')}
              </a>,
              <a key="submit" onClick={() => void act(() => submitPosting(p.id), t('jobs.submitted'))}>
                {t('jobs.submit')}
              </a>,
            ]
          : []),
        <Link key="applicants" to={`/jobs/applicants?postingId=${p.id}`}>
          {t('jobs.applicantsLink')}
        </Link>,
        ...(p.status === JobPostingStatus.OPEN
          ? [
              <Popconfirm
                key="close"
                title={t('jobs.closeConfirm', { title: p.title })}
                onConfirm={() => act(() => closePosting(p.id), t('jobs.closed'))}
              >
                <a>{t('jobs.close')}</a>
              </Popconfirm>,
            ]
          : []),
      ],
    },
  ];

  return (
    <>
      <ListPage<JobPostingResponse, PostingFilters>
        headerTitle={t('jobs.myPostingsTitle')}
        actionRef={editor.actionRef}
        columns={columns}
        filters={filtersOf}
        load={listPostings}
        exportFile={{ fileName: t('jobs.myPostingsExportFileName'), load: exportPostings }}
        actions={[editor.createButton(t('jobs.postingCreate'))]}
      />
      {editor.open && <PostingFormModal posting={editor.record} onClose={editor.close} onSaved={editor.saved} />}
    </>
  );
}
