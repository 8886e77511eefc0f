import type { ActionType, ProColumns } from '@ant-design/pro-components';
import {
  LAYOFF_EVENT_LABELS,
  LAYOFF_REVIEW_ROLES,
  LAYOFF_STEP_LABELS,
  LAYOFF_STEP_STATE_LABELS,
  LAYOFF_STEPS,
  LayoffEventType,
  LayoffStep,
  LayoffStepState,
  WORKER_TAG_LABELS,
  type LayoffFilingDetail,
  type LayoffImportResponse,
  type LayoffWorkerResponse,
} from '@steadywork/shared';
import { Alert, Button, Card, Modal, Space, Steps, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useHasRole } from '../../../access/auth-context';
import { AttachmentLink } from '../../../components/Attachments';
import {
  DetailHeader,
  DetailPage,
  EventTimeline,
  ImportWizard,
  ListPage,
  useRecord,
  type ImportReport,
} from '../../../components/kit';
import { t } from '../../../locales';
import { StepFormModal } from '../components/StepFormModal';
import { ReturnStepModal } from '../components/ReturnStepModal';
import { SettlementModal } from '../components/SettlementModal';
import { LayoffFlags, LayoffStatusTag, yuanOf } from '../labels';
import { downloadLayoffTemplate, getLayoff, importLayoffWorkers, listLayoffWorkers } from '../service';

const back = { to: '/layoffs', label: t('layoffs.backToList') };

const STEP_STATUS: Record<LayoffStepState, 'wait' | 'process' | 'finish' | 'error'> = {
  [LayoffStepState.PENDING]: 'wait',
  [LayoffStepState.DONE]: 'finish',
  [LayoffStepState.FAILED]: 'error',
  [LayoffStepState.RETURNED]: 'error',
};

function importReport(r: LayoffImportResponse): ImportReport {
  return {
    status: r.failed ? 'warning' : 'success',
    title: t('importWizard.done'),
    subTitle: t('layoffs.importDoneSub', { total: r.total, created: r.created, updated: r.updated, failed: r.failed }),
    counts: [
      { title: t('importWizard.total'), value: r.total },
      { title: t('layoffs.importCreated'), value: r.created, tone: 'success' },
      { title: t('layoffs.importUpdated'), value: r.updated, tone: 'info' },
      { title: t('importWizard.failed'), value: r.failed, tone: 'danger' },
    ],
    errors: r.errors,
  };
}

/** The last step done: the one union staff may return. */
function lastDone(filing: LayoffFilingDetail): LayoffStep | null {
  const index = filing.nextStep === null ? LAYOFF_STEPS.length : LAYOFF_STEPS.indexOf(filing.nextStep);
  const step = LAYOFF_STEPS[index - 1];
  return step && filing.steps.find((s) => s.step === step)?.state === LayoffStepState.DONE ? step : null;
}

function AffectedWorkers({ filing, onChanged }: { filing: LayoffFilingDetail; onChanged: () => void }) {
  const actionRef = useRef<ActionType>();
  const [importing, setImporting] = useState(false);
  const [settling, setSettling] = useState<LayoffWorkerResponse | null>(null);
  const columns: ProColumns<LayoffWorkerResponse>[] = [
    { title: t('layoffs.name'), dataIndex: 'name', width: 100 },
    { title: t('layoffs.idNumber'), dataIndex: 'idNumberMasked', width: 180 },
    { title: t('layoffs.region'), dataIndex: 'regionName', width: 110 },
    { title: t('layoffs.tag'), dataIndex: 'tag', width: 130, render: (_, w) => WORKER_TAG_LABELS[w.tag] },
    {
      title: t('layoffs.compensationOwed'),
      dataIndex: 'compensationOwedFen',
      width: 130,
      align: 'right',
      render: (_, w) => yuanOf(w.compensationOwedFen),
    },
    {
      title: t('layoffs.compensationPaid'),
      dataIndex: 'compensationPaidFen',
      width: 130,
      align: 'right',
      render: (_, w) => yuanOf(w.compensationPaidFen),
    },
    {
      title: t('layoffs.wageArrears'),
      dataIndex: 'wageArrearsFen',
      width: 110,
      align: 'right',
      render: (_, w) => yuanOf(w.wageArrearsFen),
    },
    { title: t('layoffs.unpaidInsuranceMonths'), dataIndex: 'unpaidInsuranceMonths', width: 100, align: 'right' },
    { title: t('layoffs.certificateIssuedOn'), dataIndex: 'certificateIssuedOn', width: 130 },
    {
      title: t('layoffs.transferredOn'),
      dataIndex: 'transferredOn',
      width: 150,
      render: (_, w) => (
        <Space size={4}>
          {w.transferredOn ?? t('common.empty')}
          {w.transferLate && <Tag color="red">{t('layoffs.transferLate')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('layoffs.status'),
      dataIndex: 'settled',
      width: 90,
      render: (_, w) =>
        w.settled ? (
          <Tag color="success">{t('layoffs.settled')}</Tag>
        ) : (
          <Tag color="warning">{t('layoffs.unsettled')}</Tag>
        ),
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 100,
      fixed: 'right',
      render: (_, w) => [
        <a key="settle" onClick={() => setSettling(w)}>
          {t('layoffs.settle')}
        </a>,
      ],
    },
  ];
  return (
    <>
      <ListPage<LayoffWorkerResponse, { id: number }>
        headerTitle={t('layoffs.workers')}
        actionRef={actionRef}
        search={false}
        columns={columns}
        filters={() => ({ id: filing.id })}
        load={({ id, page, pageSize }) => listLayoffWorkers(id, { page, pageSize })}
        actions={[
          <Button key="import" type="primary" onClick={() => setImporting(true)}>
            {t('layoffs.import')}
          </Button>,
        ]}
      />
      <Modal
        open={importing}
        width={880}
        footer={null}
        destroyOnHidden
        onCancel={() => {
          setImporting(false);
          void actionRef.current?.reload();
          onChanged();
        }}
      >
        <ImportWizard<LayoffImportResponse>
          title={t('layoffs.importTitle')}
          testId="layoff-import"
          template={{ load: downloadLayoffTemplate, fileName: t('layoffs.templateFileName') }}
          rules={[t('layoffs.importRule1'), t('layoffs.importRule2'), t('layoffs.importRule3')]}
          file={{
            accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            pattern: /\.xlsx$/i,
            wrongType: t('layoffs.importWrongType'),
          }}
          uploadHint={t('layoffs.importHint')}
          uploadSubHint={t('layoffs.importSubHint')}
          upload={(file) => importLayoffWorkers(filing.id, file)}
          report={importReport}
          errorsFileName={t('layoffs.importErrorsFileName')}
          againLabel={t('layoffs.importAgain')}
          onImported={() => {
            void actionRef.current?.reload();
            onChanged();
          }}
        />
      </Modal>
      {settling && (
        <SettlementModal
          worker={settling}
          onClose={() => setSettling(null)}
          onSaved={() => {
            setSettling(null);
            void actionRef.current?.reload();
            onChanged();
          }}
        />
      )}
    </>
  );
}

/** 裁员报告详情: the red flags, the four steps in order, the timeline and the affected workers. */
export default function LayoffDetailPage() {
  const id = Number(useParams<{ id: string }>().id);
  const record = useRecord(id, getLayoff);
  const canReturn = useHasRole(...LAYOFF_REVIEW_ROLES);
  const [recording, setRecording] = useState<LayoffStep | null>(null);
  const [returning, setReturning] = useState<LayoffStep | null>(null);

  return (
    <DetailPage record={record} notFound={t('layoffs.detailNotFound')} back={back}>
      {(filing) => {
        const returnable = lastDone(filing);
        return (
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <DetailHeader
              back={back}
              testId="layoff-detail"
              title={filing.employerName}
              status={
                <>
                  <LayoffStatusTag status={filing.status} />
                  <LayoffFlags filing={filing} />
                </>
              }
              actions={[
                filing.nextStep && (
                  <Button key="record" type="primary" onClick={() => setRecording(filing.nextStep)}>
                    {t('layoffs.record')}：{LAYOFF_STEP_LABELS[filing.nextStep]}
                  </Button>
                ),
                canReturn && returnable && (
                  <Button key="return" danger onClick={() => setReturning(returnable)}>
                    {t('layoffs.returnStep')}：{LAYOFF_STEP_LABELS[returnable]}
                  </Button>
                ),
              ]}
              notice={
                filing.flags.noticeShort && (
                  <Alert
                    type="error"
                    showIcon
                    style={{ marginBottom: 16 }}
                    data-testid="notice-short-alert"
                    message={t('layoffs.noticeShortAlert', {
                      notice: filing.noticeDate,
                      planned: filing.plannedDate,
                      earliest: filing.earliestLawfulDate,
                    })}
                  />
                )
              }
              items={[
                { label: t('layoffs.region'), value: filing.regionName },
                { label: t('layoffs.totalWorkforce'), value: filing.totalWorkforce },
                { label: t('layoffs.layoffCount'), value: filing.layoffCount },
                {
                  label: t('layoffs.statutory'),
                  value: filing.statutory ? t('layoffs.statutoryYes') : t('layoffs.statutoryNo'),
                },
                { label: t('layoffs.noticeDate'), value: filing.noticeDate },
                { label: t('layoffs.plannedDate'), value: filing.plannedDate },
                { label: t('layoffs.earliestLawfulDate'), value: filing.earliestLawfulDate },
                { label: t('layoffs.workersSettled'), value: `${filing.settledWorkers} / ${filing.workers}` },
                { label: t('layoffs.filedBy'), value: filing.filedBy },
                { label: t('layoffs.reasons'), value: filing.reasons, span: 3 },
              ]}
            />
            <Card title={t('layoffs.steps')}>
              <Steps
                direction="vertical"
                data-testid="layoff-steps"
                items={filing.steps.map((s) => ({
                  status:
                    s.state === LayoffStepState.PENDING && s.step === filing.nextStep
                      ? 'process'
                      : STEP_STATUS[s.state],
                  title: `${LAYOFF_STEP_LABELS[s.step]} · ${LAYOFF_STEP_STATE_LABELS[s.state]}`,
                  description: (
                    <Space direction="vertical" size={0}>
                      {s.date && <span>{s.date}</span>}
                      {s.step === LayoffStep.CONGRESS_VOTE && s.present !== null && (
                        <span>
                          {t('layoffs.voteSummary', {
                            present: s.present,
                            for: s.votesFor ?? 0,
                            against: s.votesAgainst ?? 0,
                          })}
                        </span>
                      )}
                      {s.file && <AttachmentLink file={s.file} />}
                      {s.note && <Typography.Text type="secondary">{s.note}</Typography.Text>}
                      {s.returnReason && (
                        <Typography.Text type="danger">
                          {t('layoffs.returnReason')}：{s.returnReason}
                        </Typography.Text>
                      )}
                    </Space>
                  ),
                }))}
              />
            </Card>
            <Card title={t('layoffs.timeline')}>
              <EventTimeline
                events={filing.events}
                testId="layoff-timeline"
                title={(e) =>
                  e.step
                    ? `${LAYOFF_EVENT_LABELS[e.type]} · ${LAYOFF_STEP_LABELS[e.step]}`
                    : LAYOFF_EVENT_LABELS[e.type]
                }
                color={(e) =>
                  e.type === LayoffEventType.STEP_RETURNED
                    ? 'red'
                    : e.type === LayoffEventType.SETTLED
                      ? 'green'
                      : 'blue'
                }
                details={(e) => (
                  <div>
                    <Typography.Text type="secondary">
                      {e.actorName ? `${e.actorName}：` : ''}
                      {e.detail}
                    </Typography.Text>
                  </div>
                )}
              />
            </Card>
            <AffectedWorkers filing={filing} onChanged={() => void record.reload()} />
            {recording && (
              <StepFormModal
                filing={filing}
                step={recording}
                onClose={() => setRecording(null)}
                onSaved={(next) => {
                  setRecording(null);
                  record.show(next);
                }}
              />
            )}
            {returning && (
              <ReturnStepModal
                filing={filing}
                step={returning}
                onClose={() => setReturning(null)}
                onSaved={(next) => {
                  setReturning(null);
                  record.show(next);
                }}
              />
            )}
          </Space>
        );
      }}
    </DetailPage>
  );
}
