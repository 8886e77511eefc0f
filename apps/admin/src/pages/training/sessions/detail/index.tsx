import { ArrowLeftOutlined, PlayCircleOutlined, StopOutlined, SyncOutlined } from '@ant-design/icons';
import {
  ATTENDANCE_METHOD_LABELS,
  ErrorCode,
  RosterMarkOutcome,
  ROSTER_MARK_OUTCOME_LABELS,
  TRAINING_ATTENDANCE_ROLES,
  TrainingSessionStatus,
  checkInWindow,
  type AttendanceMethod,
  type AttendanceStatus,
  type RosterEntry,
  type RosterMarkInput,
  type TrainingQrResponse,
  type TrainingRosterResponse,
} from '@steadywork/shared';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  QRCode,
  Result,
  Row,
  Select,
  Space,
  Spin,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useCallback, useEffect, useRef, useState, type HTMLAttributes } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useHasRole } from '../../../../access/auth-context';
import { t } from '../../../../locales';
import { ApiError } from '../../../../services/request';
import { formatTime } from '../../../../services/time';
import { newClientId } from '../../client-id';
import { attendanceOptions, SessionStatusTag, sessionTime } from '../../labels';
import { closeSession, getRoster, openSession, sessionQr, syncRoster } from '../../service';
import { forgetMarks, latestByWorker, pendingMarks, savePendingMarks } from '../pending-marks';

/** How often the roster is fetched while check-in is open (workers scan in meanwhile). */
export const ROSTER_POLL_MS = 5_000;
/** When the code cannot be had, ask again after this long. */
const QR_RETRY_MS = 5_000;
const QR_WINDOW_MS = 30_000;

type Load =
  | { state: 'loading' }
  | { state: 'notFound' }
  | { state: 'failed' }
  | { state: 'ready'; roster: TrainingRosterResponse };

/** Ask for the next code at its `refreshAt`, within 1–30 s whatever the two clocks say. */
function delayUntil(iso: string): number {
  return Math.min(QR_WINDOW_MS, Math.max(1_000, new Date(iso).getTime() - Date.now()));
}

/** The current time, ticking every second while `on`. */
function useNow(on: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!on) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [on]);
  return now;
}

const isNetworkFailure = (e: unknown) => e instanceof ApiError && (e.statusCode === 0 || e.statusCode >= 500);

const apiMessage = (e: ApiError) => e.details?.map((d) => d.message).join('；') || e.message;

/** The QR code workers scan (the token), the 6-digit code beneath it and when it changes. */
function CheckInCode({ qr, error, now }: { qr: TrainingQrResponse | null; error: string | null; now: number }) {
  if (!qr) {
    return error ? (
      <Alert type="error" showIcon message={t('training.qrFailed', { message: error })} />
    ) : (
      <Spin style={{ display: 'block', margin: '48px auto' }} />
    );
  }
  const seconds = Math.max(0, Math.min(30, Math.ceil((new Date(qr.refreshAt).getTime() - now) / 1000)));
  return (
    <Space direction="vertical" align="center" style={{ width: '100%' }} data-testid="qr-panel">
      <div data-testid="qr-token" data-token={qr.token}>
        <QRCode value={qr.token} type="svg" size={280} bordered={false} errorLevel="M" />
      </div>
      <Typography.Text type="secondary">{t('training.shortCode')}</Typography.Text>
      <div
        data-testid="qr-short-code"
        style={{ fontSize: 56, fontWeight: 700, letterSpacing: 12, fontFamily: 'monospace', lineHeight: 1.1 }}
      >
        {qr.shortCode}
      </div>
      <Typography.Text type="secondary" data-testid="qr-countdown">
        <SyncOutlined spin={seconds <= 3} style={{ marginRight: 6 }} />
        {t('training.qrRefreshIn', { n: seconds })}
      </Typography.Text>
      {error && <Alert type="warning" showIcon message={t('training.qrFailed', { message: error })} />}
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center', maxWidth: 360, marginBottom: 0 }}>
        {t('training.qrHint')}
      </Typography.Paragraph>
    </Space>
  );
}

/**
 * 签到点名 for one session: the trainer opens check-in, shows the changing QR code and short code,
 * watches the roster fill (polled every 5 s), marks by hand, and closes the session.
 */
export default function SessionPage() {
  const params = useParams<{ id: string }>();
  const id = Number(params.id);
  const { message, modal } = App.useApp();
  const canAttend = useHasRole(...TRAINING_ATTENDANCE_ROLES);
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [qr, setQr] = useState<TrainingQrResponse | null>(null);
  const [qrError, setQrError] = useState<string | null>(null);
  const [pending, setPending] = useState<RosterMarkInput[]>(() => pendingMarks(id));
  const [busy, setBusy] = useState<'open' | 'close' | null>(null);
  const sending = useRef(false);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const fetchRoster = useCallback(
    () =>
      getRoster(id).then(
        (roster) => {
          if (live.current) setLoad({ state: 'ready', roster });
        },
        (e: unknown) => {
          if (!live.current) return;
          const notFound = e instanceof ApiError && (e.statusCode === 404 || e.error === ErrorCode.NOT_FOUND);
          // A poll that fails keeps the roster on screen; only the first load shows the failure.
          setLoad((prev) => (prev.state === 'ready' ? prev : { state: notFound ? 'notFound' : 'failed' }));
        },
      ),
    [id],
  );

  useEffect(() => {
    if (!Number.isInteger(id) || id < 1) {
      setLoad({ state: 'notFound' });
      return;
    }
    setLoad({ state: 'loading' });
    setPending(pendingMarks(id));
    void fetchRoster();
  }, [id, fetchRoster]);

  const status = load.state === 'ready' ? load.roster.session.status : null;
  const showQr = canAttend && status === TrainingSessionStatus.OPEN;

  /** Sends the marks not yet sent (with `extra`, just made); keeps them for later if the API is out of reach. */
  const send = useCallback(
    async (extra: RosterMarkInput[] = []) => {
      const all = [...pendingMarks(id), ...extra];
      if (!all.length || sending.current) {
        if (extra.length) {
          savePendingMarks(id, all);
          setPending(all);
        }
        return;
      }
      sending.current = true;
      try {
        const response = await syncRoster(id, all);
        const rest = forgetMarks(
          id,
          response.results.map((r) => r.clientId),
        );
        if (!live.current) return;
        setPending(rest);
        setLoad({ state: 'ready', roster: response.roster });
        const names = new Map(response.roster.entries.map((e) => [e.workerId, e.workerName]));
        for (const result of response.results) {
          if (!extra.some((m) => m.clientId.toLowerCase() === result.clientId.toLowerCase())) continue;
          const name = names.get(result.workerId) ?? String(result.workerId);
          if (result.outcome === RosterMarkOutcome.REJECTED) {
            void message.warning(t('training.markRejected', { name, message: result.message ?? '' }));
          } else {
            void message.success(
              t('training.markSaved', { name, outcome: ROSTER_MARK_OUTCOME_LABELS[result.outcome] }),
            );
          }
        }
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        if (isNetworkFailure(e)) {
          savePendingMarks(id, all);
          if (live.current) setPending(all);
          if (extra.length) {
            const entry =
              load.state === 'ready' ? load.roster.entries.find((x) => x.workerId === extra[0].workerId) : null;
            void message.warning(t('training.markQueued', { name: entry?.workerName ?? '' }));
          }
        } else {
          // Refused as a whole (the course completed, a bad batch): nothing is kept, the roster shows what stands.
          forgetMarks(
            id,
            all.map((m) => m.clientId),
          );
          if (live.current) setPending([]);
          void message.error(apiMessage(e));
          void fetchRoster();
        }
      } finally {
        sending.current = false;
      }
    },
    [id, load, message, fetchRoster],
  );

  // The roster fills as workers scan: fetch it every few seconds while check-in is open,
  // and send any marks kept while the network was down.
  const sendRef = useRef(send);
  sendRef.current = send;
  useEffect(() => {
    if (status !== TrainingSessionStatus.OPEN) return;
    const timer = setInterval(() => {
      void fetchRoster();
      if (pendingMarks(id).length) void sendRef.current();
    }, ROSTER_POLL_MS);
    return () => clearInterval(timer);
  }, [status, id, fetchRoster]);

  useEffect(() => {
    const online = () => void sendRef.current();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, []);

  // The code changes every 30 seconds: fetch the next one when the server says it is due.
  useEffect(() => {
    if (!showQr) {
      setQr(null);
      setQrError(null);
      return;
    }
    let active = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = () => {
      sessionQr(id).then(
        (code) => {
          if (!active) return;
          setQr(code);
          setQrError(null);
          timer = setTimeout(next, delayUntil(code.refreshAt));
        },
        (e: unknown) => {
          if (!active) return;
          setQrError(e instanceof ApiError ? apiMessage(e) : String(e));
          // Closed elsewhere (another device): the roster says so.
          if (e instanceof ApiError && e.statusCode === 409) void fetchRoster();
          timer = setTimeout(next, QR_RETRY_MS);
        },
      );
    };
    next();
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [showQr, id, fetchRoster]);

  // ticks while the QR shows, and while check-in waits to be opened (the button follows the window)
  const now = useNow(
    !!qr || (load.state === 'ready' && load.roster.session.status === TrainingSessionStatus.SCHEDULED),
  );

  if (load.state === 'loading') return <Spin style={{ display: 'block', margin: '96px auto' }} />;
  if (load.state === 'notFound' || load.state === 'failed') {
    const notFound = load.state === 'notFound';
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t('training.sessionNotFound') : t('training.rosterFailed')}
        extra={
          notFound ? (
            <Link to="/training/courses">
              <Button type="primary">{t('training.backToCourses')}</Button>
            </Link>
          ) : (
            <Button type="primary" onClick={() => void fetchRoster()}>
              {t('common.retry')}
            </Button>
          )
        }
      />
    );
  }

  const { roster } = load;
  const { session, summary } = roster;
  const unsent = latestByWorker(pending);

  const open = async () => {
    setBusy('open');
    try {
      await openSession(id);
      void message.success(t('training.openedCheckIn'));
      await fetchRoster();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    } finally {
      setBusy(null);
    }
  };

  const close = () => {
    modal.confirm({
      title: t('training.closeCheckIn'),
      content: t('training.closeConfirm'),
      okText: t('common.ok'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true },
      onOk: async () => {
        setBusy('close');
        try {
          await closeSession(id);
          void message.success(t('training.closedCheckIn'));
          await fetchRoster();
        } catch (e) {
          if (!(e instanceof ApiError)) throw e;
        } finally {
          setBusy(null);
        }
      },
    });
  };

  const mark = (entry: RosterEntry, next: AttendanceStatus) =>
    void send([
      { clientId: newClientId(), workerId: entry.workerId, status: next, markedAt: new Date().toISOString() },
    ]);

  const columns: TableColumnsType<RosterEntry> = [
    { title: t('training.workerName'), dataIndex: 'workerName', width: 110 },
    { title: t('training.idNumber'), dataIndex: 'idNumberMasked', width: 190 },
    {
      title: t('training.attendance'),
      dataIndex: 'status',
      width: 170,
      render: (_, entry) => {
        const queued = unsent.get(entry.workerId);
        const shown = queued?.status ?? entry.status;
        return (
          <span data-testid="roster-status" data-status={shown ?? ''}>
            <Select<AttendanceStatus>
              id={`roster-status-${entry.workerId}`}
              size="small"
              style={{ width: 110 }}
              value={shown ?? undefined}
              placeholder={t('training.unmarked')}
              options={attendanceOptions}
              disabled={!canAttend}
              onChange={(value) => mark(entry, value)}
            />
            {queued && (
              <Tag color="orange" style={{ marginLeft: 6 }} data-testid="roster-unsent">
                <SyncOutlined />
              </Tag>
            )}
          </span>
        );
      },
    },
    {
      title: t('training.method'),
      dataIndex: 'method',
      width: 100,
      render: (method: AttendanceMethod | null) => (method ? ATTENDANCE_METHOD_LABELS[method] : t('common.empty')),
    },
    {
      title: t('training.markedAt'),
      dataIndex: 'markedAt',
      width: 150,
      render: (at: string | null) => formatTime(at),
    },
    {
      title: '',
      key: 'counted',
      render: (_, entry) =>
        entry.counted ? null : (
          <Typography.Text type="secondary" data-testid="roster-not-counted">
            {t('training.notCounted')}
          </Typography.Text>
        ),
    },
  ];

  const figures: [string, number, string?][] = [
    [t('training.expected'), summary.expected],
    [t('training.present'), summary.present, '#389e0d'],
    [t('training.late'), summary.late, '#d48806'],
    [t('training.absent'), summary.absent, '#cf1322'],
    [t('training.excused'), summary.excused, '#1677ff'],
    [t('training.unmarked'), summary.unmarked],
  ];
  const figureKeys = ['expected', 'present', 'late', 'absent', 'excused', 'unmarked'];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="session-page">
      <Link to={`/training/courses/${roster.courseId}`}>
        <ArrowLeftOutlined /> {t('training.backToCourse')}
      </Link>

      <Card
        title={
          <Space wrap>
            <span data-testid="session-title">
              {t('training.sessionTitle', { title: roster.courseTitle, n: session.seq })}
            </span>
            <SessionStatusTag status={session.status} endsAt={session.endsAt} />
          </Space>
        }
        extra={
          canAttend && (
            <Space wrap>
              {session.status === TrainingSessionStatus.SCHEDULED && (
                // offered only in the window the API accepts, which the tooltip states
                <Tooltip
                  title={
                    checkInWindow(session, now) === 'OPENABLE'
                      ? undefined
                      : t(checkInWindow(session, now) === 'OVER' ? 'training.openWindowOver' : 'training.openWindow', {
                          time: sessionTime(session),
                        })
                  }
                >
                  <Button
                    type="primary"
                    icon={<PlayCircleOutlined />}
                    loading={busy === 'open'}
                    disabled={checkInWindow(session, now) !== 'OPENABLE'}
                    onClick={() => void open()}
                    data-testid="open-check-in"
                  >
                    {t('training.openCheckIn')}
                  </Button>
                </Tooltip>
              )}
              {session.status !== TrainingSessionStatus.CLOSED && (
                <Button
                  danger
                  icon={<StopOutlined />}
                  loading={busy === 'close'}
                  onClick={close}
                  data-testid="close-check-in"
                >
                  {t('training.closeCheckIn')}
                </Button>
              )}
            </Space>
          )
        }
      >
        <Typography.Text type="secondary">{sessionTime(session)}</Typography.Text>
        {session.status === TrainingSessionStatus.SCHEDULED && canAttend && (
          <Alert type="info" showIcon style={{ marginTop: 12 }} message={t('training.scheduledNote')} />
        )}
        {session.status === TrainingSessionStatus.CLOSED && (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 12 }}
            message={t('training.closedNote')}
            data-testid="closed-note"
          />
        )}
      </Card>

      <Row gutter={[16, 16]}>
        {showQr && (
          <Col xs={24} xl={9}>
            <Card title={t('training.qrTitle')} data-testid="check-in-card">
              <CheckInCode qr={qr} error={qrError} now={now} />
            </Card>
          </Col>
        )}
        <Col xs={24} xl={showQr ? 15 : 24}>
          <Card
            title={t('training.roster')}
            extra={
              status === TrainingSessionStatus.OPEN && (
                <Typography.Text type="secondary">
                  <SyncOutlined style={{ marginRight: 6 }} />
                  {t('training.rosterPolling')}
                </Typography.Text>
              )
            }
          >
            <Row gutter={16} data-testid="roster-summary" style={{ marginBottom: 16 }}>
              {figures.map(([title, value, color], i) => (
                <Col key={figureKeys[i]} span={4}>
                  <Statistic
                    title={title}
                    value={value}
                    valueStyle={color && value ? { color } : undefined}
                    valueRender={(node) => <span data-testid={`roster-${figureKeys[i]}`}>{node}</span>}
                  />
                </Col>
              ))}
            </Row>
            {pending.length > 0 && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                data-testid="roster-pending"
                message={t('training.markPending', { n: pending.length })}
                action={
                  <Button size="small" onClick={() => void send()}>
                    {t('training.markSyncNow')}
                  </Button>
                }
              />
            )}
            {canAttend && <Typography.Paragraph type="secondary">{t('training.rosterHint')}</Typography.Paragraph>}
            <Table<RosterEntry>
              size="small"
              rowKey="enrolmentId"
              pagination={false}
              dataSource={roster.entries}
              columns={columns}
              onRow={(entry) => ({ 'data-testid': `roster-${entry.workerId}` }) as HTMLAttributes<HTMLElement>}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
