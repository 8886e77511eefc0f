import { CheckOutlined, EyeOutlined, FileAddOutlined, FlagOutlined, SwapOutlined } from '@ant-design/icons';
import {
  DEMAND_ACTION_LABELS,
  DEMAND_CATEGORY_LABELS,
  DEMAND_SOURCE_LABELS,
  DemandAction,
  DemandStatus,
  type DemandResponse,
} from '@steadywork/shared';
import { Alert, App, Button, Card, Rate, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { AttachmentLink } from '../../../components/Attachments';
import { DetailHeader, DetailPage, EventTimeline, useRecord } from '../../../components/kit';
import { t } from '../../../locales';
import { ApiError } from '../../../services/request';
import { formatTime } from '../../../services/time';
import { CloseModal, NoteModal, TransferModal } from '../components/ActionModals';
import { DemandStatusTag } from '../labels';
import { acceptDemand, getDemand, revealDemand } from '../service';

type Dialog = 'note' | 'transfer' | 'close';

const BACK = { to: '/demands', label: t('demands.backToList') };

const EVENT_COLORS: Partial<Record<DemandAction, string>> = {
  [DemandAction.ACCEPT]: 'blue',
  [DemandAction.TRANSFER]: 'purple',
  [DemandAction.LEGAL_AID]: 'purple',
  [DemandAction.CLOSE]: 'green',
  [DemandAction.RATE]: 'gold',
};

/** One demand: what the worker asked, the timeline, and the union's next step. */
export default function DemandPage() {
  const params = useParams<{ id: string }>();
  const id = Number(params.id);
  const { message } = App.useApp();
  const record = useRecord(id, getDemand);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [busy, setBusy] = useState(false);
  const [revealed, setRevealed] = useState<string | null>(null);

  return (
    <DetailPage record={record} notFound={t('demands.notFound')} back={BACK}>
      {(d) => {
        const saved = (next: DemandResponse) => {
          setDialog(null);
          record.show(next);
        };
        const accept = async () => {
          setBusy(true);
          try {
            record.show(await acceptDemand(d.id));
            void message.success(t('demands.accepted'));
          } catch (e) {
            if (!(e instanceof ApiError)) throw e;
            if (e.statusCode === 409) void record.reload();
          } finally {
            setBusy(false);
          }
        };
        const reveal = async () => {
          try {
            const r = await revealDemand(d.id);
            setRevealed(t('demands.revealed', { idNumber: r.idNumber, phone: r.phone }));
          } catch (e) {
            if (!(e instanceof ApiError)) throw e;
          }
        };
        const waiting = d.status === DemandStatus.SUBMITTED || d.status === DemandStatus.TRANSFERRED;
        const handling = d.status === DemandStatus.ACCEPTED;
        const movable = d.status === DemandStatus.SUBMITTED || handling;
        return (
          <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="demand-page">
            <DetailHeader
              back={BACK}
              title={`${DEMAND_CATEGORY_LABELS[d.category]} · ${d.workerName}`}
              titleTestId="demand-title"
              status={<DemandStatusTag status={d.status} late={d.late} escalated={d.escalated} />}
              notice={
                <>
                  {d.late && (
                    <Alert
                      type="error"
                      showIcon
                      style={{ marginBottom: 12 }}
                      message={t('demands.escalated')}
                      data-testid="demand-escalated"
                    />
                  )}
                  {d.status !== DemandStatus.CLOSED && (
                    <Typography.Paragraph type={d.late ? 'danger' : 'secondary'} data-testid="demand-due">
                      {t('demands.dueHint', { due: formatTime(d.dueAt) })}
                    </Typography.Paragraph>
                  )}
                  {revealed && (
                    <Alert type="info" style={{ marginBottom: 12 }} message={revealed} data-testid="demand-revealed" />
                  )}
                </>
              }
              actions={[
                waiting && (
                  <Button
                    key="accept"
                    type="primary"
                    icon={<CheckOutlined />}
                    loading={busy}
                    onClick={() => void accept()}
                    data-testid="demand-accept"
                  >
                    {t('demands.accept')}
                  </Button>
                ),
                handling && (
                  <Button
                    key="note"
                    icon={<FileAddOutlined />}
                    onClick={() => setDialog('note')}
                    data-testid="demand-note"
                  >
                    {t('demands.note')}
                  </Button>
                ),
                movable && (
                  <Button
                    key="transfer"
                    icon={<SwapOutlined />}
                    onClick={() => setDialog('transfer')}
                    data-testid="demand-transfer"
                  >
                    {t('demands.transfer')}
                  </Button>
                ),
                handling && (
                  <Button
                    key="close"
                    type="primary"
                    icon={<FlagOutlined />}
                    onClick={() => setDialog('close')}
                    data-testid="demand-close"
                  >
                    {t('demands.close')}
                  </Button>
                ),
                <Button key="reveal" icon={<EyeOutlined />} onClick={() => void reveal()} data-testid="demand-reveal">
                  {t('demands.reveal')}
                </Button>,
              ]}
              itemsTestId="demand-info"
              items={[
                { label: t('demands.id'), value: d.id },
                { label: t('demands.source'), value: DEMAND_SOURCE_LABELS[d.source] },
                { label: t('demands.region'), value: d.regionName },
                { label: t('demands.workerPhone'), value: d.workerPhone },
                { label: t('demands.workerIdNumber'), value: d.workerIdNumber },
                { label: t('demands.employer'), value: d.employerName || t('common.empty') },
                {
                  label: t('demands.description'),
                  span: 3,
                  value: (
                    <span style={{ whiteSpace: 'pre-wrap' }} data-testid="demand-description">
                      {d.description}
                    </span>
                  ),
                },
                {
                  label: t('demands.attachments'),
                  span: 3,
                  value: d.attachments.length ? (
                    <Space wrap>
                      {d.attachments.map((f) => (
                        <AttachmentLink key={f.id} file={f} />
                      ))}
                    </Space>
                  ) : (
                    t('demands.noAttachments')
                  ),
                },
                { label: t('demands.createdAt'), value: formatTime(d.createdAt) },
                { label: t('demands.dueAt'), value: formatTime(d.dueAt) },
                d.legalAidRequestId !== null && {
                  label: t('demands.legalAid'),
                  value: (
                    <Link to={`/service-requests/${d.legalAidRequestId}`} data-testid="demand-legal-aid">
                      {t('demands.legalAidRequest', { id: d.legalAidRequestId })}
                    </Link>
                  ),
                },
                !!d.closedAt && { label: t('demands.closedAt'), value: formatTime(d.closedAt) },
                !!d.result && { label: t('demands.result'), span: 3, value: d.result },
                d.status === DemandStatus.CLOSED && {
                  label: t('demands.rating'),
                  value:
                    d.rating === null ? (
                      t('demands.notRated')
                    ) : (
                      <span data-testid="demand-rating">
                        <Rate disabled value={d.rating} /> {d.ratingComment}
                      </span>
                    ),
                },
              ]}
            />
            <Card title={t('demands.timeline')} size="small">
              <EventTimeline
                testId="demand-timeline"
                eventTestId="demand-event"
                events={(d.events ?? []).map((e) => ({ ...e, createdAt: e.at }))}
                color={(e) => EVENT_COLORS[e.action] ?? 'gray'}
                title={(e) => DEMAND_ACTION_LABELS[e.action]}
                details={(e) => (
                  <div>
                    <Typography.Text type="secondary">{e.actorName}</Typography.Text>
                    {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
                  </div>
                )}
              />
            </Card>
            {dialog === 'note' && <NoteModal demand={d} onClose={() => setDialog(null)} onSaved={saved} />}
            {dialog === 'close' && <CloseModal demand={d} onClose={() => setDialog(null)} onSaved={saved} />}
            {dialog === 'transfer' && <TransferModal demand={d} onClose={() => setDialog(null)} onSaved={saved} />}
          </Space>
        );
      }}
    </DetailPage>
  );
}
