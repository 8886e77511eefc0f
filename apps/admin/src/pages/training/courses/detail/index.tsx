import { ArrowLeftOutlined, EditOutlined, SafetyCertificateOutlined, UserAddOutlined } from '@ant-design/icons';
import {
  ENROLMENT_ACTIVE_STATUSES,
  ENROLMENT_SOURCE_LABELS,
  EnrolmentStatus,
  TRAINING_ADMIN_ROLES,
  TRAINING_ATTENDANCE_ROLES,
  TRAINING_ENROL_ROLES,
  TrainingCoursePhase,
  type CompletionRunResponse,
  type EnrolmentSource,
  type TrainingEnrolmentResponse,
  type TrainingSessionResponse,
} from '@steadywork/shared';
import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Popconfirm,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useCallback, useEffect, useState, type HTMLAttributes } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useHasRole } from '../../../../access/auth-context';
import { DetailPage, useRecord } from '../../../../components/kit';
import { t } from '../../../../locales';
import { ApiError } from '../../../../services/request';
import { formatTime, shanghaiNow } from '../../../../services/time';
import { CompletionResult } from '../../components/CompletionResult';
import { CourseFormModal } from '../../components/CourseFormModal';
import { EnrolModal } from '../../components/EnrolModal';
import { CourseTypeTags, EnrolmentStatusTag, PhaseTag, SessionStatusTag, sessionTime } from '../../labels';
import { completeCourse, getCourse, listEnrolments, withdrawEnrolment } from '../../service';

const dash = (value: string | null | undefined) => value || t('common.empty');

/** One course: its details, sessions (each opening its check-in page), enrolments and completion. */
export default function CourseDetailPage() {
  const params = useParams<{ id: string }>();
  const id = Number(params.id);
  const { modal, message } = App.useApp();
  const canEdit = useHasRole(...TRAINING_ADMIN_ROLES);
  const canAttend = useHasRole(...TRAINING_ATTENDANCE_ROLES);
  const canEnrol = useHasRole(...TRAINING_ENROL_ROLES);
  const record = useRecord(id, getCourse);
  const [enrolments, setEnrolments] = useState<TrainingEnrolmentResponse[] | null>(null);
  const [dialog, setDialog] = useState<'edit' | 'enrol' | null>(null);
  const [run, setRun] = useState<CompletionRunResponse | null>(null);
  const [completing, setCompleting] = useState(false);

  const fetchEnrolments = useCallback(() => listEnrolments(id).then(setEnrolments, () => setEnrolments([])), [id]);

  useEffect(() => {
    void fetchEnrolments();
  }, [id, fetchEnrolments]);

  return (
    <DetailPage
      record={record}
      notFound={t('training.courseNotFound')}
      back={{ to: '/training/courses', label: t('training.backToCourses') }}
    >
      {(course) => {
        const finished = course.phase === TrainingCoursePhase.ENDED || course.phase === TrainingCoursePhase.COMPLETED;
        const again = course.phase === TrainingCoursePhase.COMPLETED;
        // On the last day, after the last class, the office may still record a paper sign-in sheet.
        const enrolOpen = !finished || (!again && shanghaiNow('YYYY-MM-DD') <= course.endsOn);

        const complete = () => {
          modal.confirm({
            title: again ? t('training.completeAgain') : t('training.complete'),
            content: again
              ? t('training.completeAgainConfirm')
              : t('training.completeConfirm', { n: course.completionThreshold }),
            okText: t('common.ok'),
            cancelText: t('common.cancel'),
            onOk: async () => {
              setCompleting(true);
              try {
                const result = await completeCourse(course.id);
                setRun(result);
                void message.success(
                  t('training.completed', {
                    added: result.added,
                    completed: result.completed,
                    notCompleted: result.notCompleted,
                  }),
                );
                void record.reload();
              } catch (e) {
                if (!(e instanceof ApiError)) throw e;
              } finally {
                setCompleting(false);
              }
            },
          });
        };

        const withdraw = async (enrolment: TrainingEnrolmentResponse) => {
          try {
            await withdrawEnrolment(enrolment.id);
            void message.success(t('training.withdrawn'));
            void fetchEnrolments();
            void record.reload();
          } catch (e) {
            if (!(e instanceof ApiError)) throw e;
          }
        };

        const sessionColumns: TableColumnsType<TrainingSessionResponse> = [
          { title: '#', dataIndex: 'seq', width: 60, render: (seq: number) => t('training.sessionSeq', { n: seq }) },
          { title: t('training.sessionTime'), key: 'time', render: (_, s) => sessionTime(s) },
          {
            title: t('training.sessionStatus'),
            dataIndex: 'status',
            width: 100,
            render: (_, s) => <SessionStatusTag status={s.status} endsAt={s.endsAt} />,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 110,
            render: (_, s) => (
              <Link to={`/training/sessions/${s.id}`} data-testid={`session-link-${s.id}`}>
                {canAttend && !course.completedAt ? t('training.sessionOpen') : t('training.sessionRoster')}
              </Link>
            ),
          },
        ];

        const enrolmentColumns: TableColumnsType<TrainingEnrolmentResponse> = [
          { title: t('training.workerName'), dataIndex: 'workerName', width: 110 },
          { title: t('training.idNumber'), dataIndex: 'idNumberMasked', width: 190 },
          {
            title: t('training.enrolmentStatus'),
            dataIndex: 'status',
            width: 100,
            render: (_, e) => <EnrolmentStatusTag status={e.status} />,
          },
          {
            title: t('training.waitlistPosition'),
            dataIndex: 'waitlistPosition',
            width: 100,
            render: (n: number | null) =>
              n === null ? (
                t('common.empty')
              ) : (
                <span data-testid="waitlist-position">{t('training.waitlistValue', { n })}</span>
              ),
          },
          {
            title: t('training.source'),
            dataIndex: 'source',
            width: 110,
            render: (source: EnrolmentSource) => ENROLMENT_SOURCE_LABELS[source],
          },
          {
            title: t('training.enrolledAt'),
            dataIndex: 'createdAt',
            width: 150,
            render: (at: string) => formatTime(at),
          },
          ...(canEnrol && enrolOpen
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 80,
                  render: (_: unknown, e: TrainingEnrolmentResponse) =>
                    ENROLMENT_ACTIVE_STATUSES.includes(e.status) ? (
                      <Popconfirm
                        title={t('training.withdrawConfirm', { name: e.workerName })}
                        okText={t('common.ok')}
                        cancelText={t('common.cancel')}
                        onConfirm={() => withdraw(e)}
                      >
                        <a>{t('training.withdraw')}</a>
                      </Popconfirm>
                    ) : null,
                },
              ]
            : []),
        ];

        const active = (enrolments ?? []).filter((e) => e.status !== EnrolmentStatus.WITHDRAWN).length;
        const completeButton = canEdit && (
          <Tooltip key="complete" title={finished ? undefined : t('training.completeNotYet', { date: course.endsOn })}>
            <Button
              type="primary"
              icon={<SafetyCertificateOutlined />}
              disabled={!finished}
              loading={completing}
              onClick={complete}
            >
              {again ? t('training.completeAgain') : t('training.complete')}
            </Button>
          </Tooltip>
        );

        return (
          <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="course-page">
            <Link to="/training/courses">
              <ArrowLeftOutlined /> {t('training.backToCourses')}
            </Link>

            <Card
              title={
                <Space wrap>
                  <span data-testid="course-title">{course.title}</span>
                  <CourseTypeTags course={course} />
                  <PhaseTag phase={course.phase} />
                </Space>
              }
              extra={
                <Space wrap>
                  {canEdit && !course.completedAt && (
                    <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
                      {t('training.edit')}
                    </Button>
                  )}
                  {completeButton}
                </Space>
              }
            >
              <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" data-testid="course-info">
                <Descriptions.Item label={t('training.organiser')}>{course.organiser}</Descriptions.Item>
                <Descriptions.Item label={t('training.region')}>{course.regionName}</Descriptions.Item>
                <Descriptions.Item label={t('training.dates')}>
                  {t('training.datesValue', { from: course.startsOn, to: course.endsOn })}
                </Descriptions.Item>
                <Descriptions.Item label={t('training.venue')}>{course.venue}</Descriptions.Item>
                <Descriptions.Item label={t('training.latitude')}>
                  {t('training.coordinatesValue', { lat: course.latitude, lng: course.longitude })}
                </Descriptions.Item>
                <Descriptions.Item label={t('training.capacity')}>
                  <span data-testid="course-places">
                    {t('training.placesValue', { enrolled: course.enrolled, capacity: course.capacity })}
                  </span>
                  {course.waitlisted > 0 && (
                    <Tag color="orange" style={{ marginLeft: 8 }}>
                      {t('training.waitlisted')} {course.waitlisted}
                    </Tag>
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t('training.trainers')}>
                  {course.trainers.map((trainer) => trainer.name).join('、') || t('common.empty')}
                </Descriptions.Item>
                <Descriptions.Item label={t('training.targetGroups')}>
                  {course.targetGroups.length ? course.targetGroups.join('、') : t('common.empty')}
                </Descriptions.Item>
                <Descriptions.Item label={t('training.completionThreshold')}>
                  {t('training.completionThresholdValue', { n: course.completionThreshold })}
                </Descriptions.Item>
                <Descriptions.Item label={t('training.checkInRadius')}>
                  {course.checkInRadiusMeters === null
                    ? t('training.noRadius')
                    : t('training.checkInRadiusValue', { n: course.checkInRadiusMeters })}
                </Descriptions.Item>
                <Descriptions.Item label={t('training.lateAfter')}>
                  {t('training.lateAfterValue', { n: course.lateAfterMinutes })}
                </Descriptions.Item>
                <Descriptions.Item label={t('training.description')} span={3}>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                    {dash(course.description)}
                  </Typography.Paragraph>
                </Descriptions.Item>
              </Descriptions>
            </Card>

            {run && <CompletionResult title={course.title} run={run} />}

            <Card title={t('training.sessionsTitle')} size="small" data-testid="course-sessions">
              <Table<TrainingSessionResponse>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={course.sessions}
                columns={sessionColumns}
              />
            </Card>

            <Card
              title={
                <Space>
                  {t('training.enrolments')}
                  <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                    {t('training.people', { n: active })}
                  </Typography.Text>
                </Space>
              }
              size="small"
              data-testid="course-enrolments"
              extra={
                canEnrol &&
                enrolOpen && (
                  <Button icon={<UserAddOutlined />} onClick={() => setDialog('enrol')}>
                    {t('training.enrol')}
                  </Button>
                )
              }
            >
              <Table<TrainingEnrolmentResponse>
                size="small"
                rowKey="id"
                loading={enrolments === null}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                dataSource={enrolments ?? []}
                columns={enrolmentColumns}
                onRow={(e) => ({ 'data-testid': `enrolment-${e.workerId}` }) as HTMLAttributes<HTMLElement>}
                locale={{
                  emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('training.noEnrolments')} />,
                }}
              />
            </Card>

            {dialog === 'edit' && (
              <CourseFormModal
                course={course}
                onClose={() => setDialog(null)}
                onSaved={(saved) => {
                  setDialog(null);
                  record.show(saved);
                  // Raising the capacity moves the waiting list up.
                  void fetchEnrolments();
                }}
              />
            )}
            {dialog === 'enrol' && (
              <EnrolModal
                course={course}
                onClose={() => setDialog(null)}
                onSaved={() => {
                  setDialog(null);
                  void fetchEnrolments();
                  void record.reload();
                }}
              />
            )}
          </Space>
        );
      }}
    </DetailPage>
  );
}
