import { ProFormDigit, ProFormSwitch, ProFormText } from '@ant-design/pro-components';
import type { ActionType, ProColumns } from '@ant-design/pro-components';
import {
  JOB_EVENT_KIND_LABELS,
  JobEventStatus,
  type JobEventResponse,
  type JobEventSignupResponse,
} from '@steadywork/shared';
import { App, Button, Card, Col, Popconfirm, Row, Statistic, Table, Tag } from 'antd';
import { useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import { DetailHeader, DetailPage, FormModal, ListPage, useRecord } from '../../../../components/kit';
import { t } from '../../../../locales';
import { ApiError } from '../../../../services/request';
import { yesNo, type TableParams } from '../../../../services/table';
import { formatTime } from '../../../../services/time';
import { wageLabel } from '../../labels';
import { EventFormModal } from '../EventFormModal';
import { EventStatusTag, placeOf } from '../labels';
import { exportSignups, getEvent, listSignups, publishEvent, recordSignup, type SignupFilters } from '../service';

const BACK = { to: '/jobs/events', label: t('jobEvents.back') };

/** 活动详情: the event, its participants and figures, and the sign-ups with attendance and interviews. */
export default function JobEventDetailPage() {
  const id = Number(useParams<{ id: string }>().id);
  const { message } = App.useApp();
  const record = useRecord(id, getEvent);
  const [editing, setEditing] = useState(false);

  return (
    <DetailPage record={record} notFound={t('jobEvents.notFound')} back={BACK}>
      {(event) => {
        const publish = async () => {
          try {
            record.show(await publishEvent(event.id));
            void message.success(t('jobEvents.published'));
          } catch (e) {
            if (!(e instanceof ApiError)) throw e;
            void record.reload();
          }
        };
        return (
          <>
            <DetailHeader
              back={BACK}
              title={event.title}
              status={<EventStatusTag status={event.status} />}
              actions={[
                event.status === JobEventStatus.DRAFT && (
                  <Popconfirm
                    key="publish"
                    title={t('jobEvents.publishConfirm', { region: event.regionName })}
                    onConfirm={() => publish()}
                  >
                    <Button type="primary">{t('jobEvents.publish')}</Button>
                  </Popconfirm>
                ),
                event.status !== JobEventStatus.ENDED && (
                  <Button key="edit" onClick={() => setEditing(true)}>
                    {t('jobEvents.edit')}
                  </Button>
                ),
              ]}
              items={[
                { label: t('jobEvents.kind'), value: JOB_EVENT_KIND_LABELS[event.kind] },
                { label: t('jobEvents.period'), value: `${event.startsOn} — ${event.endsOn}` },
                { label: t('jobEvents.place'), value: placeOf(event) },
                { label: t('jobEvents.region'), value: event.regionName },
                { label: t('jobEvents.createdBy'), value: event.createdBy },
                { label: t('jobEvents.description'), value: event.description ?? t('common.empty'), span: 3 },
              ]}
            />
            <Figures event={event} />
            <Participants event={event} />
            <Signups event={event} onRecorded={() => void record.reload()} />
            {editing && (
              <EventFormModal
                event={event}
                onClose={() => setEditing(false)}
                onSaved={(next) => {
                  setEditing(false);
                  record.show(next);
                }}
              />
            )}
          </>
        );
      }}
    </DetailPage>
  );
}

function Figures({ event }: { event: JobEventResponse }) {
  const f = event.figures;
  const cells: [string, number][] = [
    [t('jobEvents.employers'), f.employers],
    [t('jobEvents.postings'), f.postings],
    [t('jobEvents.signups'), f.signups],
    [t('jobEvents.attended'), f.attended],
    [t('jobEvents.interviews'), f.interviews],
    [t('jobEvents.hires'), f.hires],
  ];
  return (
    <Card title={t('jobEvents.figuresTitle')} style={{ marginTop: 16 }} data-testid="event-figures">
      <Row gutter={16}>
        {cells.map(([title, value]) => (
          <Col key={title} span={4}>
            <Statistic title={title} value={value} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}

function Participants({ event }: { event: JobEventResponse }) {
  return (
    <Row gutter={16} style={{ marginTop: 16 }}>
      <Col xs={24} xl={10}>
        <Card title={t('jobEvents.employers')} size="small">
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={event.employers}
            columns={[
              {
                title: t('jobs.employerName'),
                dataIndex: 'name',
                render: (_, e) => (
                  <>
                    {e.name}
                    {e.partnerUnionName && (
                      <Tag color="geekblue" style={{ marginLeft: 6 }} title={e.partnerUnionName}>
                        {t('jobEvents.partnerTag')}
                      </Tag>
                    )}
                  </>
                ),
              },
              { title: t('jobs.region'), dataIndex: 'regionName', width: 160 },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card title={t('jobEvents.postings')} size="small">
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={event.postings}
            columns={[
              { title: t('jobs.title'), dataIndex: 'title' },
              { title: t('jobs.employer'), dataIndex: 'employerName' },
              { title: t('jobs.wage'), dataIndex: 'wage', render: (_, p) => wageLabel(p), width: 140 },
              {
                title: t('jobs.headcount'),
                dataIndex: 'headcount',
                width: 80,
                render: (_, p) => t('jobs.people', { n: p.headcount }),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}

interface RecordValues {
  attended: boolean;
  interviews: number;
  note?: string;
}

function Signups({ event, onRecorded }: { event: JobEventResponse; onRecorded(): void }) {
  const actionRef = useRef<ActionType>();
  const [recording, setRecording] = useState<JobEventSignupResponse | null>(null);
  // attendance is recorded from the event's first day, once it is published
  const canRecord = event.status !== JobEventStatus.DRAFT;

  const columns: ProColumns<JobEventSignupResponse>[] = [
    {
      title: t('jobEvents.attended'),
      dataIndex: 'attended',
      hideInTable: true,
      valueType: 'select',
      valueEnum: { true: t('jobEvents.attendedYes'), false: t('jobEvents.attendedNo') },
    },
    { title: t('jobEvents.workerName'), dataIndex: 'workerName', search: false, width: 90 },
    { title: t('jobEvents.idNumber'), dataIndex: 'idNumberMasked', search: false, width: 180 },
    { title: t('jobEvents.phone'), dataIndex: 'phoneMasked', search: false, width: 120 },
    { title: t('jobEvents.workerRegion'), dataIndex: 'regionName', search: false, width: 160, ellipsis: true },
    {
      title: t('jobEvents.signedUpAt'),
      dataIndex: 'createdAt',
      search: false,
      width: 150,
      render: (_, s) => formatTime(s.createdAt),
    },
    {
      title: t('jobEvents.attended'),
      dataIndex: 'attendedTag',
      search: false,
      width: 80,
      render: (_, s) =>
        s.attended ? <Tag color="success">{t('jobEvents.attendedYes')}</Tag> : <Tag>{t('jobEvents.attendedNo')}</Tag>,
    },
    { title: t('jobEvents.interviewsCount'), dataIndex: 'interviews', search: false, width: 80, align: 'right' },
    { title: t('jobEvents.note'), dataIndex: 'note', search: false, width: 140, ellipsis: true },
    { title: t('jobEvents.recordedBy'), dataIndex: 'recordedBy', search: false, width: 120 },
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 120,
      fixed: 'right',
      render: (_, s) =>
        canRecord
          ? [
              <a key="record" onClick={() => setRecording(s)}>
                {t('jobEvents.record')}
              </a>,
            ]
          : [],
    },
  ];

  return (
    <div style={{ marginTop: 16 }}>
      <ListPage<JobEventSignupResponse, SignupFilters>
        headerTitle={t('jobEvents.signupsTitle')}
        actionRef={actionRef}
        columns={columns}
        filters={(params: TableParams) => ({ attended: yesNo(params.attended) })}
        load={(query) => listSignups(event.id, query)}
        emptyText={t('jobEvents.signupsEmpty')}
        exportFile={{ fileName: t('jobEvents.signupsExportFileName'), load: (f) => exportSignups(event.id, f) }}
      />
      {recording && (
        <FormModal<RecordValues, JobEventSignupResponse>
          title={t('jobEvents.recordTitle', { name: recording.workerName })}
          name="event-signup"
          initialValues={{
            // a first recording is usually of someone who came
            attended: recording.recordedBy ? recording.attended : true,
            interviews: recording.interviews,
            note: recording.note ?? undefined,
          }}
          submit={(values, errors) =>
            recordSignup(
              event.id,
              recording.id,
              { attended: !!values.attended, interviews: values.interviews ?? 0, note: values.note?.trim() || null },
              errors,
            )
          }
          success={t('jobEvents.recorded')}
          onClose={() => setRecording(null)}
          onSaved={() => {
            setRecording(null);
            void actionRef.current?.reload();
            onRecorded();
          }}
        >
          <ProFormSwitch name="attended" label={t('jobEvents.attended')} />
          <ProFormDigit
            name="interviews"
            label={t('jobEvents.interviewsCount')}
            min={0}
            max={50}
            fieldProps={{ precision: 0 }}
          />
          <ProFormText name="note" label={t('jobEvents.note')} fieldProps={{ maxLength: 255 }} />
        </FormModal>
      )}
    </div>
  );
}
