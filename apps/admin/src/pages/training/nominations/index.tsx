import type { ActionType, ProColumns } from '@ant-design/pro-components';
import {
  ENROLMENT_ACTIVE_STATUSES,
  ENROLMENT_STATUS_LABELS,
  EnrolmentStatus,
  TRAINING_COURSE_TYPE_LABELS,
  TrainingCoursePhase,
  type NominationResponse,
  type TrainingCourseResponse,
  type TrainingCourseType,
} from '@steadywork/shared';
import { App, Popconfirm, Space, Tabs, Typography } from 'antd';
import { useRef, useState, type MutableRefObject } from 'react';
import { useAuth } from '../../../access/auth-context';
import { ListPage } from '../../../components/kit';
import { t } from '../../../locales';
import { ApiError } from '../../../services/request';
import { text, type TableParams, yesNo } from '../../../services/table';
import { formatTime } from '../../../services/time';
import { valueEnumOf } from '../../../utils/options';
import { CourseTypeTags, EnrolmentStatusTag, PhaseTag, DOMESTIC_FILTER } from '../labels';
import { NominateModal } from './NominateModal';
import {
  exportNominations,
  listNominations,
  listOpenCourses,
  withdrawNomination,
  type NominationFilters,
  type OpenCourseFilters,
} from './service';

function courseFiltersOf(params: TableParams): OpenCourseFilters {
  return {
    keyword: text(params.keyword),
    type: (params.type as TrainingCourseType | undefined) || undefined,
    domesticService: yesNo(params.domesticService),
  };
}

function nominationFiltersOf(params: TableParams): NominationFilters {
  return {
    status: (params.status as EnrolmentStatus | undefined) || undefined,
    keyword: text(params.workerKeyword),
  };
}

/** A nomination HR may still take back: holding a place (or waiting) in a course not yet completed. */
const withdrawable = (n: NominationResponse) =>
  ENROLMENT_ACTIVE_STATUSES.includes(n.status) && n.coursePhase !== TrainingCoursePhase.COMPLETED;

/** 可报名课程: the courses open for enrolment; 推荐职工 nominates the company's employees to one. */
function OpenCourses({
  actionRef,
  onNominate,
}: {
  actionRef: MutableRefObject<ActionType | undefined>;
  onNominate(course: TrainingCourseResponse): void;
}) {
  const columns: ProColumns<TrainingCourseResponse>[] = [
    {
      title: t('nominations.keyword'),
      dataIndex: 'keyword',
      hideInTable: true,
      fieldProps: { placeholder: t('nominations.courseKeywordPlaceholder'), allowClear: true },
    },
    {
      title: t('nominations.type'),
      dataIndex: 'type',
      hideInTable: true,
      valueType: 'select',
      valueEnum: valueEnumOf(TRAINING_COURSE_TYPE_LABELS),
    },
    {
      title: t('nominations.domesticService'),
      dataIndex: 'domesticService',
      hideInTable: true,
      valueType: 'select',
      valueEnum: DOMESTIC_FILTER,
    },
    {
      title: t('nominations.course'),
      dataIndex: 'title',
      search: false,
      width: 220,
      ellipsis: true,
    },
    {
      title: t('nominations.courseType'),
      dataIndex: 'typeLabel',
      search: false,
      width: 120,
      render: (_, c) => <CourseTypeTags course={c} />,
    },
    { title: t('nominations.organiser'), dataIndex: 'organiser', search: false, width: 180, ellipsis: true },
    { title: t('nominations.region'), dataIndex: 'regionName', search: false, width: 160, ellipsis: true },
    {
      title: t('nominations.dates'),
      dataIndex: 'startsOn',
      search: false,
      width: 200,
      render: (_, c) => t('nominations.datesValue', { from: c.startsOn, to: c.endsOn }),
    },
    {
      title: t('nominations.places'),
      dataIndex: 'enrolled',
      search: false,
      width: 90,
      align: 'right',
      render: (_, c) => t('nominations.placesValue', { enrolled: c.enrolled, capacity: c.capacity }),
    },
    { title: t('nominations.waitlisted'), dataIndex: 'waitlisted', search: false, width: 70, align: 'right' },
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 100,
      fixed: 'right',
      render: (_, c) => [
        <a key="nominate" onClick={() => onNominate(c)}>
          {t('nominations.nominate')}
        </a>,
      ],
    },
  ];

  return (
    <ListPage<TrainingCourseResponse, OpenCourseFilters>
      headerTitle={t('nominations.coursesTitle')}
      tooltip={t('nominations.coursesHint')}
      actionRef={actionRef}
      columns={columns}
      filters={courseFiltersOf}
      load={listOpenCourses}
    />
  );
}

/** 推荐记录: what the company nominated, with how each ended; exported with the same filters. */
function Nominations({
  actionRef,
  onWithdrawn,
}: {
  actionRef: MutableRefObject<ActionType | undefined>;
  onWithdrawn(): void;
}) {
  const { message } = App.useApp();

  const withdraw = async (n: NominationResponse) => {
    try {
      await withdrawNomination(n.id);
      void message.success(t('nominations.withdrawn'));
      void actionRef.current?.reload();
      onWithdrawn();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
  };

  const columns: ProColumns<NominationResponse>[] = [
    {
      title: t('nominations.status'),
      dataIndex: 'status',
      hideInTable: true,
      valueType: 'select',
      valueEnum: valueEnumOf(ENROLMENT_STATUS_LABELS),
    },
    {
      title: t('nominations.keyword'),
      dataIndex: 'workerKeyword',
      hideInTable: true,
      fieldProps: { placeholder: t('nominations.recordKeywordPlaceholder'), allowClear: true },
    },
    { title: t('nominations.workerName'), dataIndex: 'workerName', search: false, width: 100 },
    { title: t('nominations.idNumber'), dataIndex: 'idNumberMasked', search: false, width: 190 },
    {
      title: t('nominations.course'),
      dataIndex: 'courseTitle',
      search: false,
      width: 240,
      render: (_, n) => (
        <Space direction="vertical" size={2}>
          <Typography.Text ellipsis={{ tooltip: n.courseTitle }} style={{ maxWidth: 220 }}>
            {n.courseTitle}
          </Typography.Text>
          <CourseTypeTags course={{ type: n.courseType, domesticService: n.domesticService }} />
        </Space>
      ),
    },
    {
      title: t('nominations.dates'),
      dataIndex: 'startsOn',
      search: false,
      width: 200,
      render: (_, n) => t('nominations.datesValue', { from: n.startsOn, to: n.endsOn }),
    },
    {
      title: t('nominations.status'),
      dataIndex: 'statusTag',
      search: false,
      width: 140,
      render: (_, n) => (
        <Space size={4}>
          <EnrolmentStatusTag status={n.status} />
          {n.status === EnrolmentStatus.WAITLISTED && n.waitlistPosition !== null && (
            <span>{t('nominations.waitlistValue', { n: n.waitlistPosition })}</span>
          )}
        </Space>
      ),
    },
    {
      title: t('nominations.coursePhase'),
      dataIndex: 'coursePhase',
      search: false,
      width: 90,
      render: (_, n) => <PhaseTag phase={n.coursePhase} />,
    },
    {
      title: t('nominations.completionCode'),
      dataIndex: 'completionCode',
      search: false,
      width: 160,
      render: (_, n) =>
        n.completionCode ? <Typography.Text code>{n.completionCode}</Typography.Text> : t('common.empty'),
    },
    { title: t('nominations.nominatedBy'), dataIndex: 'nominatedBy', search: false, width: 100 },
    {
      title: t('nominations.nominatedAt'),
      dataIndex: 'createdAt',
      search: false,
      width: 150,
      render: (_, n) => formatTime(n.createdAt),
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, n) =>
        withdrawable(n)
          ? [
              <Popconfirm
                key="withdraw"
                title={t('nominations.withdrawConfirm', { name: n.workerName, course: n.courseTitle })}
                okText={t('common.ok')}
                cancelText={t('common.cancel')}
                onConfirm={() => withdraw(n)}
              >
                <a>{t('nominations.withdraw')}</a>
              </Popconfirm>,
            ]
          : [],
    },
  ];

  return (
    <ListPage<NominationResponse, NominationFilters>
      headerTitle={t('nominations.recordsTitle')}
      actionRef={actionRef}
      columns={columns}
      filters={nominationFiltersOf}
      load={listNominations}
      exportFile={{ fileName: t('nominations.exportFileName'), load: exportNominations }}
    />
  );
}

/** 推荐参训: enterprise HR nominate their own employees to open courses and follow the nominations. */
export default function NominationsPage() {
  const { me } = useAuth();
  const courses = useRef<ActionType>();
  const nominations = useRef<ActionType>();
  const [tab, setTab] = useState<'courses' | 'records'>('courses');
  const [nominating, setNominating] = useState<TrainingCourseResponse | null>(null);

  return (
    <>
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as 'courses' | 'records')}
        items={[
          {
            key: 'courses',
            label: t('nominations.coursesTab'),
            children: <OpenCourses actionRef={courses} onNominate={setNominating} />,
          },
          {
            key: 'records',
            label: t('nominations.recordsTab'),
            children: <Nominations actionRef={nominations} onWithdrawn={() => void courses.current?.reload()} />,
          },
        ]}
      />
      {nominating && (
        <NominateModal
          course={nominating}
          company={me?.organization.name ?? ''}
          onClose={() => setNominating(null)}
          onNominated={() => {
            // The places changed, and the records have new rows.
            void courses.current?.reload();
            void nominations.current?.reload();
          }}
        />
      )}
    </>
  );
}
