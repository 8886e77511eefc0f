import { ArrowLeftOutlined, EditOutlined, EyeOutlined, PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import {
  ARCHIVE_EVENT_LABELS,
  ArchiveStatus,
  WORKER_WRITE_ROLES,
  type ArchiveResponse,
  type AuditLogResponse,
  type FollowUpResponse,
  type RevealResponse,
  type WorkerResponse,
} from '@steadywork/shared';
import {
  Button,
  Card,
  Descriptions,
  Empty,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useHasRole } from '../../../access/auth-context';
import { AttachmentLink } from '../../../components/Attachments';
import { DetailPage, useRecord } from '../../../components/kit';
import { t } from '../../../locales';
import { formatFileSize } from '../../../services/files';
import { ApiError } from '../../../services/request';
import { formatTime } from '../../../services/time';
import { ArchiveFormModal, type ArchiveFormMode } from '../components/ArchiveFormModal';
import { CloseArchiveModal } from '../components/CloseArchiveModal';
import { FollowUpFormModal } from '../components/FollowUpFormModal';
import { RevealModal } from '../components/RevealModal';
import { WorkerFormModal } from '../components/WorkerFormModal';
import {
  ArchiveStatusTag,
  WorkerTags,
  auditActionLabel,
  educationLabel,
  employmentLabel,
  levelLabel,
  methodLabel,
  sexLabel,
  yuanOfFen,
} from '../labels';
import { getArchive, getWorker, listFollowUps, revealWorker, workerAuditTrail } from '../service';

const EVENT_COLORS: Record<string, string> = { OPENED: 'red', REASSESSED: 'blue', CLOSED: 'green', REOPENED: 'orange' };

const dash = (value: string | null | undefined) => value || t('common.empty');
const yesNo = (value: boolean) => t(value ? 'common.yes' : 'common.no');

const auditColumns: TableColumnsType<AuditLogResponse> = [
  { title: t('workers.auditTime'), dataIndex: 'createdAt', width: 160, render: (_, log) => formatTime(log.createdAt) },
  {
    title: t('workers.auditActor'),
    dataIndex: 'actorName',
    width: 160,
    render: (_, log) => log.actorLabel,
  },
  { title: t('workers.auditAction'), dataIndex: 'action', render: (_, log) => auditActionLabel(log.action) },
];

/** One worker: profile, hardship archive with its history, follow-ups and the record's audit trail. */
export default function WorkerDetailPage() {
  const params = useParams<{ id: string }>();
  const id = Number(params.id);
  const canWrite = useHasRole(...WORKER_WRITE_ROLES);

  const record = useRecord(id, getWorker);
  const ready = record.load.state === 'ready';
  const [archive, setArchive] = useState<ArchiveResponse | null>(null);
  const [followUps, setFollowUps] = useState<FollowUpResponse[]>([]);
  const [audit, setAudit] = useState<AuditLogResponse[]>([]);

  const [editing, setEditing] = useState(false);
  const [revealed, setRevealed] = useState<RevealResponse | null>(null);
  const [revealing, setRevealing] = useState(false);
  const [archiveForm, setArchiveForm] = useState<ArchiveFormMode | null>(null);
  const [closing, setClosing] = useState(false);
  const [recording, setRecording] = useState(false);

  const refreshAudit = useCallback(() => {
    workerAuditTrail(id).then(
      (page) => setAudit(page.items),
      () => undefined,
    );
  }, [id]);

  // The archive, follow-ups and audit trail once the worker is found.
  useEffect(() => {
    if (!ready) return;
    let live = true;
    getArchive(id).then(
      (a) => live && setArchive(a),
      () => undefined,
    );
    listFollowUps(id).then(
      (list) => live && setFollowUps(list),
      () => undefined,
    );
    refreshAudit();
    return () => {
      live = false;
    };
  }, [id, ready, refreshAudit]);

  const backLink = (
    <Link to="/workers">
      <ArrowLeftOutlined /> {t('workers.backToList')}
    </Link>
  );

  return (
    <DetailPage
      record={record}
      notFound={t('workers.notFound')}
      back={{ to: '/workers', label: t('workers.backToList') }}
    >
      {(worker) => {
        const setWorker = (next: WorkerResponse) => record.show(next);

        /** The archive moved on: the worker's archive status and tags follow it. */
        const archiveSaved = (next: ArchiveResponse) => {
          setArchive(next);
          setArchiveForm(null);
          setClosing(false);
          getWorker(id).then(setWorker, () => undefined);
          refreshAudit();
        };

        const reveal = async () => {
          setRevealing(true);
          try {
            setRevealed(await revealWorker(worker.id));
            refreshAudit();
          } catch (e) {
            if (!(e instanceof ApiError)) throw e;
          } finally {
            setRevealing(false);
          }
        };

        const archiveActions = (): ReactNode[] => {
          if (!canWrite) return [];
          if (!archive || archive.status === ArchiveStatus.NONE) {
            return [
              <Button key="open" type="primary" icon={<PlusOutlined />} onClick={() => setArchiveForm('open')}>
                {t('workers.archiveOpen')}
              </Button>,
            ];
          }
          if (archive.status === ArchiveStatus.ACTIVE) {
            return [
              <Button key="reassess" onClick={() => setArchiveForm('reassess')}>
                {t('workers.archiveReassess')}
              </Button>,
              <Button key="close" danger onClick={() => setClosing(true)}>
                {t('workers.archiveClose')}
              </Button>,
            ];
          }
          return [
            <Button key="reopen" onClick={() => setArchiveForm('reopen')}>
              {t('workers.archiveReopen')}
            </Button>,
          ];
        };

        return (
          <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="worker-detail">
            {backLink}

            <Card
              title={
                <Space>
                  <span data-testid="worker-name">{worker.name}</span>
                  <ArchiveStatusTag status={worker.archiveStatus} />
                </Space>
              }
              extra={
                canWrite && (
                  <Space>
                    <Button icon={<EyeOutlined />} loading={revealing} onClick={() => void reveal()}>
                      {t('workers.reveal')}
                    </Button>
                    <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                      {t('workers.edit')}
                    </Button>
                  </Space>
                )
              }
            >
              <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
                <Descriptions.Item label={t('workers.idNumber')}>
                  <span data-testid="worker-id-masked">{worker.idNumberMasked}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('workers.phone')}>{worker.phoneMasked}</Descriptions.Item>
                <Descriptions.Item label={t('workers.sex')}>{sexLabel(worker.sex)}</Descriptions.Item>
                <Descriptions.Item label={t('workers.birthDate')}>{worker.birthDate}</Descriptions.Item>
                <Descriptions.Item label={t('workers.ethnicity')}>{dash(worker.ethnicity)}</Descriptions.Item>
                <Descriptions.Item label={t('workers.region')}>{worker.regionName}</Descriptions.Item>
                <Descriptions.Item label={t('workers.employer')}>{dash(worker.employer)}</Descriptions.Item>
                <Descriptions.Item label={t('workers.unionMember')}>{yesNo(worker.unionMember)}</Descriptions.Item>
                <Descriptions.Item label={t('workers.employmentStatus')}>
                  {employmentLabel(worker.employmentStatus)}
                </Descriptions.Item>
                <Descriptions.Item label={t('workers.education')}>{educationLabel(worker.education)}</Descriptions.Item>
                <Descriptions.Item label={t('workers.skills')}>
                  {worker.skills.length ? worker.skills.join('、') : t('common.empty')}
                </Descriptions.Item>
                <Descriptions.Item label={t('workers.employmentIntention')}>
                  {dash(worker.employmentIntention)}
                </Descriptions.Item>
                <Descriptions.Item label={t('workers.trainingNeeds')}>{dash(worker.trainingNeeds)}</Descriptions.Item>
                <Descriptions.Item label={t('workers.source')}>
                  {t(`workers.source${worker.source}`)}
                  {worker.claimed && <Tag style={{ marginLeft: 8 }}>{t('workers.claimed')}</Tag>}
                </Descriptions.Item>
                <Descriptions.Item label={t('workers.createdAt')}>{formatTime(worker.createdAt)}</Descriptions.Item>
                <Descriptions.Item label={t('workers.tags')} span={3}>
                  <WorkerTags tags={worker.tags} />
                </Descriptions.Item>
              </Descriptions>
            </Card>

            <Card title={t('workers.archive')} extra={<Space>{archiveActions()}</Space>} data-testid="archive-card">
              {archive && archive.status !== ArchiveStatus.NONE ? (
                <>
                  <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
                    <Descriptions.Item label={t('workers.archiveStatus')}>
                      <ArchiveStatusTag status={archive.status} />
                    </Descriptions.Item>
                    <Descriptions.Item label={t('workers.level')}>{levelLabel(archive.level)}</Descriptions.Item>
                    <Descriptions.Item label={t('workers.openedAt')}>{formatTime(archive.openedAt)}</Descriptions.Item>
                    <Descriptions.Item label={t('workers.members')}>
                      {t('workers.membersUnit', { n: archive.household.members })}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('workers.incomeShown')}>
                      <span data-testid="archive-income">
                        {t('workers.incomeYuan', { amount: yuanOfFen(archive.household.monthlyIncomePerCapitaFen) })}
                      </span>
                    </Descriptions.Item>
                    <Descriptions.Item label={t('workers.household')}>
                      <Space size={[0, 4]} wrap>
                        {archive.household.zeroEmployment && <Tag>{t('workers.zeroEmployment')}</Tag>}
                        {archive.household.lowIncome && <Tag>{t('workers.lowIncome')}</Tag>}
                        {archive.household.disability && <Tag>{t('workers.disability')}</Tag>}
                        {!archive.household.zeroEmployment &&
                          !archive.household.lowIncome &&
                          !archive.household.disability &&
                          t('common.empty')}
                      </Space>
                    </Descriptions.Item>
                    <Descriptions.Item label={t('workers.cause')} span={3}>
                      {archive.cause}
                    </Descriptions.Item>
                    {archive.status === ArchiveStatus.CLOSED && (
                      <>
                        <Descriptions.Item label={t('workers.closedAt')}>
                          {formatTime(archive.closedAt)}
                        </Descriptions.Item>
                        <Descriptions.Item label={t('workers.closeReason')} span={2}>
                          {dash(archive.closeReason)}
                        </Descriptions.Item>
                      </>
                    )}
                    {archive.attachmentFiles.length > 0 && (
                      <Descriptions.Item label={t('workers.attachments')} span={3}>
                        <Space direction="vertical" size={4} data-testid="archive-attachments">
                          {archive.attachmentFiles.map((file) => (
                            <Space key={file.id} size={6}>
                              <PaperClipOutlined />
                              <AttachmentLink file={file} />
                              <Typography.Text type="secondary">{formatFileSize(file.size)}</Typography.Text>
                            </Space>
                          ))}
                        </Space>
                      </Descriptions.Item>
                    )}
                  </Descriptions>
                  <Typography.Title level={5}>{t('workers.events')}</Typography.Title>
                  <Timeline
                    data-testid="archive-events"
                    items={[...archive.events]
                      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
                      .map((event) => ({
                        key: event.id,
                        color: EVENT_COLORS[event.type] ?? 'gray',
                        children: (
                          <>
                            <Typography.Text strong>{ARCHIVE_EVENT_LABELS[event.type]}</Typography.Text>
                            <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
                              {formatTime(event.createdAt)}
                            </Typography.Text>
                            {event.actorName && (
                              <div>
                                <Typography.Text type="secondary">
                                  {t('workers.eventActor', { name: event.actorName })}
                                </Typography.Text>
                              </div>
                            )}
                            {event.reason && <div>{t('workers.eventReason', { reason: event.reason })}</div>}
                          </>
                        ),
                      }))}
                  />
                </>
              ) : (
                <Empty description={t('workers.noArchive')} />
              )}
            </Card>

            <Card
              title={t('workers.followUps')}
              data-testid="follow-ups-card"
              extra={
                canWrite && (
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
                    {t('workers.followUpRecord')}
                  </Button>
                )
              }
            >
              {followUps.length ? (
                <Timeline
                  items={followUps.map((f) => ({
                    key: f.id,
                    children: (
                      <>
                        <Space wrap>
                          <Typography.Text strong>{formatTime(f.followedAt)}</Typography.Text>
                          <Tag>{methodLabel(f.method)}</Tag>
                          <Tag color="blue">{employmentLabel(f.employmentStatus)}</Tag>
                          {f.monthlyIncomeFen !== null && f.monthlyIncomeFen !== undefined && (
                            <Tag>
                              {t('workers.followUpIncome')}{' '}
                              {t('workers.incomeYuan', { amount: yuanOfFen(f.monthlyIncomeFen) })}
                            </Tag>
                          )}
                          <Typography.Text type="secondary">
                            {t('workers.followUpStaff', { name: f.staffName })}
                          </Typography.Text>
                        </Space>
                        <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                          {f.notes}
                        </Typography.Paragraph>
                      </>
                    ),
                  }))}
                />
              ) : (
                <Empty description={t('workers.noFollowUps')} />
              )}
            </Card>

            <Card title={t('workers.auditTrail')}>
              <Table<AuditLogResponse>
                rowKey="id"
                size="small"
                columns={auditColumns}
                dataSource={audit}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                data-testid="audit-trail"
              />
            </Card>

            {editing && (
              <WorkerFormModal
                worker={worker}
                open
                onClose={() => setEditing(false)}
                onSaved={(saved) => {
                  setEditing(false);
                  setWorker(saved);
                  refreshAudit();
                }}
              />
            )}
            {revealed && <RevealModal worker={worker} revealed={revealed} onClose={() => setRevealed(null)} />}
            {archiveForm && (
              <ArchiveFormModal
                mode={archiveForm}
                worker={worker}
                archive={archive}
                onClose={() => setArchiveForm(null)}
                onSaved={archiveSaved}
              />
            )}
            {closing && <CloseArchiveModal worker={worker} onClose={() => setClosing(false)} onSaved={archiveSaved} />}
            {recording && (
              <FollowUpFormModal
                worker={worker}
                onClose={() => setRecording(false)}
                onSaved={(saved) => {
                  setRecording(false);
                  setFollowUps((list) => [saved, ...list].sort((a, b) => b.followedAt.localeCompare(a.followedAt)));
                  getWorker(id).then(setWorker, () => undefined);
                  refreshAudit();
                }}
              />
            )}
          </Space>
        );
      }}
    </DetailPage>
  );
}
