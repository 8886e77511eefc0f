import { PlusOutlined } from '@ant-design/icons';
import type { ActionType, ProColumns } from '@ant-design/pro-components';
import {
  JOB_EVENT_KIND_LABELS,
  JOB_EVENT_STATUS_LABELS,
  JobEventKind,
  JobEventStatus,
  type JobEventResponse,
} from '@steadywork/shared';
import { Button } from 'antd';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { CellLines, ListPage, regionOf, useRegionFilter } from '../../../components/kit';
import { t } from '../../../locales';
import { text, type TableParams } from '../../../services/table';
import { valueEnumOf } from '../../../utils/options';
import { EventFormModal } from './EventFormModal';
import { EventStatusTag, placeOf } from './labels';
import { exportEvents, listEvents, type EventFilters } from './service';

function filtersOf(params: TableParams): EventFilters {
  return {
    kind: (params.kind as JobEventKind | undefined) || undefined,
    status: (params.status as JobEventStatus | undefined) || undefined,
    regionCode: regionOf(params.region),
    keyword: text(params.keyword),
  };
}

const count = (title: string, pick: (e: JobEventResponse) => number): ProColumns<JobEventResponse> => ({
  title,
  dataIndex: title,
  search: false,
  width: 64,
  align: 'right',
  render: (_, e) => pick(e),
});

/** 招聘活动: the events of the staff member's scope with their figures; staff create and open them. */
export default function JobEventListPage() {
  const actionRef = useRef<ActionType>();
  const navigate = useNavigate();
  const region = useRegionFilter<JobEventResponse>(t('jobEvents.region'));
  const [creating, setCreating] = useState(false);

  const columns: ProColumns<JobEventResponse>[] = [
    {
      title: t('jobEvents.kind'),
      dataIndex: 'kind',
      hideInTable: true,
      valueType: 'select',
      valueEnum: valueEnumOf(JOB_EVENT_KIND_LABELS),
    },
    {
      title: t('jobEvents.status'),
      dataIndex: 'status',
      hideInTable: true,
      valueType: 'select',
      valueEnum: valueEnumOf(JOB_EVENT_STATUS_LABELS),
    },
    {
      title: t('jobs.keyword'),
      dataIndex: 'keyword',
      hideInTable: true,
      fieldProps: { placeholder: t('jobEvents.keywordPlaceholder'), allowClear: true },
    },
    region,
    {
      title: t('jobEvents.title'),
      dataIndex: 'title',
      search: false,
      width: 220,
      render: (_, e) => (
        <CellLines main={<Link to={`/jobs/events/${e.id}`}>{e.title}</Link>} sub={JOB_EVENT_KIND_LABELS[e.kind]} />
      ),
    },
    {
      title: t('jobEvents.period'),
      dataIndex: 'startsOn',
      search: false,
      width: 110,
      render: (_, e) => <CellLines main={e.startsOn} sub={`— ${e.endsOn}`} />,
    },
    {
      title: t('jobEvents.place'),
      dataIndex: 'place',
      search: false,
      width: 180,
      render: (_, e) => <CellLines main={placeOf(e)} sub={e.regionName} />,
    },
    {
      title: t('jobEvents.status'),
      dataIndex: 'statusTag',
      search: false,
      width: 80,
      render: (_, e) => <EventStatusTag status={e.status} />,
    },
    count(t('jobEvents.employers'), (e) => e.figures.employers),
    count(t('jobEvents.postings'), (e) => e.figures.postings),
    count(t('jobEvents.signups'), (e) => e.figures.signups),
    count(t('jobEvents.attended'), (e) => e.figures.attended),
    count(t('jobEvents.interviews'), (e) => e.figures.interviews),
    count(t('jobEvents.hires'), (e) => e.figures.hires),
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 70,
      fixed: 'right',
      render: (_, e) => [
        <Link key="view" to={`/jobs/events/${e.id}`}>
          {t('jobEvents.view')}
        </Link>,
      ],
    },
  ];

  return (
    <>
      <ListPage<JobEventResponse, EventFilters>
        headerTitle={t('jobEvents.listTitle')}
        actionRef={actionRef}
        columns={columns}
        filters={filtersOf}
        load={listEvents}
        emptyText={t('jobEvents.empty')}
        exportFile={{ fileName: t('jobEvents.exportFileName'), load: exportEvents }}
        actions={[
          <Button key="create" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('jobEvents.create')}
          </Button>,
        ]}
      />
      {creating && (
        <EventFormModal
          event={null}
          onClose={() => setCreating(false)}
          onSaved={(e) => {
            setCreating(false);
            navigate(`/jobs/events/${e.id}`);
          }}
        />
      )}
    </>
  );
}
