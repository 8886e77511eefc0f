import { ProTable, type ProColumns } from '@ant-design/pro-components';
import {
  TRAINING_COURSE_TYPE_LABELS,
  TrainingCoursePhase,
  type CompletionVerifyResponse,
  type TrainingCourseResponse,
} from '@steadywork/shared';
import { Alert, Card, Descriptions, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { t } from '../../../locales';
import { ApiError } from '../../../services/request';
import { pageOf, toTableResult } from '../../../services/table';
import { formatTime } from '../../../services/time';
import { CourseTypeTags, PhaseTag } from '../labels';
import { listCourses, verifyCompletion } from '../service';

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

const PHASES = [TrainingCoursePhase.ENDED, TrainingCoursePhase.COMPLETED];

/**
 * 结业核验: check a certificate's code; and the courses that have ended (waiting for completion,
 * or completed), each opening its page, where the completion is run and its list shown and exported.
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
      <ProTable<TrainingCourseResponse>
        headerTitle={t('training.endedCourses')}
        tooltip={t('training.endedCoursesHint')}
        rowKey="id"
        columns={columns}
        search={{ labelWidth: 'auto' }}
        pagination={{ defaultPageSize: 20 }}
        options={{ density: false, setting: false }}
        request={(params) =>
          toTableResult(
            listCourses({
              ...pageOf(params),
              phase: (params.phase as TrainingCoursePhase) || TrainingCoursePhase.ENDED,
            }),
          )
        }
      />
    </Space>
  );
}
