import type { ProColumns } from '@ant-design/pro-components';
import {
  TRAINING_COURSE_TYPE_LABELS,
  TrainingCoursePhase,
  type CompletionVerifyResponse,
  type TrainingCompletionResponse,
  type TrainingCourseResponse,
  type TrainingCourseType,
} from '@steadywork/shared';
import { Alert, Card, Descriptions, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ListPage, regionOf, useRegionFilter } from '../../../components/kit';
import { t } from '../../../locales';
import { ApiError } from '../../../services/request';
import { text, type TableParams, yesNo } from '../../../services/table';
import { formatTime } from '../../../services/time';
import { valueEnumOf } from '../../../utils/options';
import { CourseTypeTags, PhaseTag, currentYear, yearOptions, DOMESTIC_FILTER } from '../labels';
import { exportCompletions, listCompletions, listCourses, verifyCompletion, type CompletionFilters } from '../service';

type Verify =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'valid'; result: CompletionVerifyResponse }
  | { state: 'notFound' }
  | { state: 'failed' };

/** 证书核验: the certificate's code as printed, checked against the records (the name comes back masked). */
function VerifyCard() {
  const [verify, setVerify] = useState<Verify>({ state: 'idle' });

  const check = async (input: string) => {
    const code = input.trim();
    if (!code) return;
    setVerify({ state: 'checking' });
    try {
      setVerify({ state: 'valid', result: await verifyCompletion(code) });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setVerify({ state: e.statusCode === 404 ? 'notFound' : 'failed' });
    }
  };

  return (
    <Card title={t('training.verifyTitle')} data-testid="verify-card">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Input.Search
          id="verify-code"
          placeholder={t('training.verifyPlaceholder')}
          enterButton={t('training.verify')}
          allowClear
          maxLength={64}
          loading={verify.state === 'checking'}
          onSearch={(value) => void check(value)}
          style={{ maxWidth: 480 }}
        />
        {verify.state === 'notFound' && <Alert type="error" showIcon message={t('training.verifyNotFound')} />}
        {verify.state === 'failed' && <Alert type="error" showIcon message={t('training.verifyFailed')} />}
        {verify.state === 'valid' && (
          <Alert
            type="success"
            showIcon
            data-testid="verify-result"
            message={t('training.verifyValid')}
            description={
              <Descriptions column={{ xs: 1, md: 2 }} size="small">
                <Descriptions.Item label={t('training.verificationCode')}>
                  <Typography.Text code>{verify.result.verificationCode}</Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label={t('training.workerName')}>{verify.result.workerNameMasked}</Descriptions.Item>
                <Descriptions.Item label={t('training.idNumber')}>{verify.result.idNumberMasked}</Descriptions.Item>
                <Descriptions.Item label={t('training.title')}>{verify.result.courseTitle}</Descriptions.Item>
                <Descriptions.Item label={t('training.type')}>
                  {TRAINING_COURSE_TYPE_LABELS[verify.result.courseType]}
                  {verify.result.domesticService && `（${t('training.domesticTag')}）`}
                </Descriptions.Item>
                <Descriptions.Item label={t('training.organiser')}>{verify.result.organiser}</Descriptions.Item>
                <Descriptions.Item label={t('training.dates')}>
                  {t('training.datesValue', { from: verify.result.startsOn, to: verify.result.endsOn })}
                </Descriptions.Item>
                <Descriptions.Item label={t('training.completedAt')}>
                  {formatTime(verify.result.completedAt)}
                </Descriptions.Item>
              </Descriptions>
            }
          />
        )}
      </Space>
    </Card>
  );
}

/** The search form's values as the API's filters. */
function completionFiltersOf(params: TableParams): CompletionFilters {
  return {
    year: Number(params.year) || undefined,
    regionCode: regionOf(params.region),
    type: (params.type as TrainingCourseType | undefined) || undefined,
    domesticService: yesNo(params.domesticService),
    keyword: text(params.keyword),
  };
}

/** 结业记录: every completion in the user's scope (one row a certificate), filtered and exported alike. */
function CompletionRecords() {
  const region = useRegionFilter<TrainingCompletionResponse>(t('training.region'));

  const columns: ProColumns<TrainingCompletionResponse>[] = [
    {
      title: t('training.year'),
      dataIndex: 'year',
      hideInTable: true,
      valueType: 'select',
      initialValue: currentYear(),
      fieldProps: { options: yearOptions(), allowClear: true },
    },
    {
      title: t('training.type'),
      dataIndex: 'type',
      hideInTable: true,
      valueType: 'select',
      valueEnum: valueEnumOf(TRAINING_COURSE_TYPE_LABELS),
    },
    {
      title: t('training.domesticService'),
      dataIndex: 'domesticService',
      hideInTable: true,
      valueType: 'select',
      valueEnum: DOMESTIC_FILTER,
    },
    region,
    {
      title: t('training.completionListKeyword'),
      dataIndex: 'keyword',
      hideInTable: true,
      fieldProps: { placeholder: t('training.completionListKeywordPlaceholder'), allowClear: true },
    },
    { title: t('training.workerName'), dataIndex: 'workerName', search: false, width: 90 },
    { title: t('training.completionListIdNumber'), dataIndex: 'idNumberMasked', search: false, width: 170 },
    {
      title: t('training.completionListCourse'),
      dataIndex: 'courseTitle',
      search: false,
      width: 220,
      ellipsis: true,
      render: (_, c) => <Link to={`/training/courses/${c.courseId}`}>{c.courseTitle}</Link>,
    },
    {
      title: t('training.completionListType'),
      dataIndex: 'courseType',
      search: false,
      width: 120,
      render: (_, c) => <CourseTypeTags course={{ type: c.courseType, domesticService: c.domesticService }} />,
    },
    {
      title: t('training.completionListRegion'),
      dataIndex: 'regionName',
      search: false,
      width: 160,
      ellipsis: true,
    },
    {
      title: t('training.completionListAttendance'),
      dataIndex: 'ratePercent',
      search: false,
      width: 120,
      render: (_, c) =>
        t('training.completionListAttendanceValue', { attended: c.attended, held: c.held, rate: c.ratePercent }),
    },
    {
      title: t('training.verificationCode'),
      dataIndex: 'verificationCode',
      search: false,
      width: 190,
      render: (_, c) => (
        <Typography.Text code copyable={{ text: c.verificationCode }}>
          {c.verificationCode}
        </Typography.Text>
      ),
    },
    {
      title: t('training.completedAt'),
      dataIndex: 'completedAt',
      search: false,
      width: 150,
      render: (_, c) => formatTime(c.completedAt),
    },
  ];

  return (
    <div data-testid="completion-records">
      <ListPage<TrainingCompletionResponse, CompletionFilters>
        headerTitle={t('training.completionListTitle')}
        tooltip={t('training.completionListHint')}
        columns={columns}
        filters={completionFiltersOf}
        load={listCompletions}
        exportFile={{ fileName: t('training.completionListExportFileName'), load: exportCompletions }}
      />
    </div>
  );
}

const PHASES = [TrainingCoursePhase.ENDED, TrainingCoursePhase.COMPLETED];

/**
 * 结业核验: check a certificate's code; the courses that have ended (waiting for completion,
 * or completed), each opening its page, where the completion is run and its list shown and exported;
 * and the records of all completions in scope (结业记录), searched and exported.
 */
export default function CompletionsPage() {
  const columns: ProColumns<TrainingCourseResponse>[] = [
    {
      title: t('training.phase'),
      dataIndex: 'phase',
      valueType: 'select',
      hideInTable: true,
      initialValue: TrainingCoursePhase.ENDED,
      fieldProps: {
        allowClear: false,
        options: PHASES.map((phase) => ({
          label: phase === TrainingCoursePhase.ENDED ? t('training.completionAction') : t('training.completionView'),
          value: phase,
        })),
      },
    },
    {
      title: t('training.title'),
      dataIndex: 'title',
      search: false,
      ellipsis: true,
      render: (_, c) => <Link to={`/training/courses/${c.id}`}>{c.title}</Link>,
    },
    {
      title: t('training.type'),
      dataIndex: 'type',
      search: false,
      width: 120,
      render: (_, c) => <CourseTypeTags course={c} />,
    },
    { title: t('training.region'), dataIndex: 'regionName', search: false, width: 160, ellipsis: true },
    {
      title: t('training.dates'),
      dataIndex: 'startsOn',
      search: false,
      width: 200,
      render: (_, c) => t('training.datesValue', { from: c.startsOn, to: c.endsOn }),
    },
    { title: t('training.enrolled'), dataIndex: 'enrolled', search: false, width: 80, align: 'right' },
    {
      title: t('training.phase'),
      dataIndex: 'phaseTag',
      search: false,
      width: 90,
      render: (_, c) => <PhaseTag phase={c.phase} />,
    },
    {
      title: t('training.completedAt'),
      dataIndex: 'completedAt',
      search: false,
      width: 150,
      render: (_, c) => formatTime(c.completedAt),
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 100,
      render: (_, c) => [
        <Link key="open" to={`/training/courses/${c.id}`}>
          {c.phase === TrainingCoursePhase.COMPLETED ? t('training.completionView') : t('training.completionAction')}
        </Link>,
      ],
    },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <VerifyCard />
      <ListPage<TrainingCourseResponse, { phase: TrainingCoursePhase }>
        headerTitle={t('training.endedCourses')}
        tooltip={t('training.endedCoursesHint')}
        columns={columns}
        search={{ labelWidth: 'auto' }}
        pagination={{ defaultPageSize: 20 }}
        filters={(params) => ({ phase: (params.phase as TrainingCoursePhase) || TrainingCoursePhase.ENDED })}
        load={listCourses}
      />
      <CompletionRecords />
    </Space>
  );
}
