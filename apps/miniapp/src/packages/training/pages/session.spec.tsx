import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import {
  AttendanceMethod,
  AttendanceStatus,
  RosterMarkOutcome,
  TrainingSessionStatus,
  type RosterMarkInput,
  type RosterSyncResponse,
  type TrainingRosterResponse,
} from '@steadywork/shared';
import { roster, rosterEntry } from '../../../../test/training-fixtures';
import { fakeApi, type SentRequest } from '../../../../test/fake-api';
import { emitNetworkStatus, resetTaro, setRouterParams, showModal, storage } from '../../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import { QUEUE_KEY } from '../roster-store';
import TrainerSessionPage from './session';

const MA = rosterEntry({ workerId: 3, workerName: '马建国' });
const LI = rosterEntry({ enrolmentId: 502, workerId: 4, workerName: '李梅', idNumberMasked: '632122********2345' });
const TOKEN = '101.59012345.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde';

/**
 * The API as the trainer's phone sees it: offline (every request fails) until `online` is set; the
 * server applies each mark it is sent (a later mark wins) and answers per client id.
 */
function server(initial: TrainingRosterResponse) {
  const state = { online: true, roster: initial, seen: new Set<string>() };
  const sent = fakeApi((req) => {
    if (!state.online) throw new Error('request:fail');
    if (req.url.endsWith('/roster/sync')) {
      const marks = (req.data as { marks: RosterMarkInput[] }).marks;
      const results = marks.map((m) => {
        const replayed = state.seen.has(m.clientId);
        state.seen.add(m.clientId);
        state.roster = {
          ...state.roster,
          entries: state.roster.entries.map((e) =>
            e.workerId === m.workerId && (!e.markedAt || e.markedAt <= m.markedAt)
              ? { ...e, status: m.status, method: AttendanceMethod.ROSTER, markedAt: m.markedAt }
              : e,
          ),
        };
        return {
          clientId: m.clientId,
          workerId: m.workerId,
          outcome: RosterMarkOutcome.APPLIED,
          replayed,
          message: null,
        };
      });
      const body: RosterSyncResponse = { results, roster: state.roster };
      return { statusCode: 200, data: body };
    }
    if (req.url.endsWith('/roster')) return { statusCode: 200, data: state.roster };
    if (req.url.endsWith('/open')) {
      state.roster = { ...state.roster, session: { ...state.roster.session, status: TrainingSessionStatus.OPEN } };
      return { statusCode: 200, data: state.roster.session };
    }
    if (req.url.endsWith('/close')) {
      state.roster = { ...state.roster, session: { ...state.roster.session, status: TrainingSessionStatus.CLOSED } };
      return { statusCode: 200, data: state.roster.session };
    }
    if (req.url.endsWith('/qr')) {
      const now = Date.now();
      return {
        statusCode: 200,
        data: {
          sessionId: 101,
          token: TOKEN,
          shortCode: '042917',
          refreshAt: new Date(now + 20_000).toISOString(),
          expiresAt: new Date(now + 50_000).toISOString(),
        },
      };
    }
    return { statusCode: 404 };
  });
  return { state, sent };
}

const row = (workerId: number) => within(screen.getByTestId(`roster-${workerId}`));
const syncCalls = (sent: SentRequest[]) => sent.filter((r) => r.url.endsWith('/roster/sync'));
const stored = () => (storage.get(QUEUE_KEY) as Record<string, RosterMarkInput[]> | undefined)?.['101'] ?? [];

describe('TrainerSessionPage (课堂签到)', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
    setRouterParams({ id: '101' });
  });

  it('keeps a mark made offline on the device, shows it at once, and sends it when the connection is back', async () => {
    const { state, sent } = server(roster([MA, LI]));
    render(<TrainerSessionPage />);
    await waitFor(() => expect(row(3).getByTestId('roster-status').textContent).toBe('未点名'));

    state.online = false;
    fireEvent.click(row(3).getByTestId('roster-mark-PRESENT'));

    await waitFor(() => expect(screen.getByTestId('roster-sync-failed')).toBeTruthy());
    expect(row(3).getByTestId('roster-status').textContent).toBe('出勤');
    expect(row(3).getByTestId('roster-pending').textContent).toBe('待同步');
    expect(screen.getByTestId('roster-pending-count').textContent).toBe('1 条待同步');
    expect(screen.getByTestId('roster-summary').textContent).toContain('出勤 1');
    const kept = stored();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ workerId: 3, status: AttendanceStatus.PRESENT });
    expect(kept[0].clientId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(kept[0].markedAt)).not.toBeNaN();

    state.online = true;
    act(() => emitNetworkStatus(true));

    await waitFor(() => expect(screen.queryByTestId('roster-pending-count')).toBeNull());
    expect(row(3).getByTestId('roster-status').textContent).toBe('出勤');
    expect(row(3).queryByTestId('roster-pending')).toBeNull();
    expect(storage.has(QUEUE_KEY)).toBe(false);
    const delivered = syncCalls(sent).filter((r) => r.data);
    expect((delivered[delivered.length - 1].data as { marks: RosterMarkInput[] }).marks).toEqual([
      { clientId: kept[0].clientId, workerId: 3, status: AttendanceStatus.PRESENT, markedAt: kept[0].markedAt },
    ]);
  });

  it('keeps only the latest mark per worker while offline, each send with the same client ids, and a failed send keeps them', async () => {
    const { state, sent } = server(roster([MA, LI]));
    render(<TrainerSessionPage />);
    await waitFor(() => expect(screen.getByTestId('roster-3')).toBeTruthy());
    state.online = false;

    fireEvent.click(row(3).getByTestId('roster-mark-ABSENT'));
    await waitFor(() => expect(screen.getByTestId('roster-pending-count').textContent).toBe('1 条待同步'));
    fireEvent.click(row(4).getByTestId('roster-mark-EXCUSED'));
    await waitFor(() => expect(screen.getByTestId('roster-pending-count').textContent).toBe('2 条待同步'));
    await new Promise((r) => setTimeout(r, 5)); // the later mark is made later
    fireEvent.click(row(3).getByTestId('roster-mark-LATE'));
    await waitFor(() => expect(row(3).getByTestId('roster-status').textContent).toBe('迟到'));
    expect(screen.getByTestId('roster-pending-count').textContent).toBe('2 条待同步');

    // 立即同步 while still offline: nothing is lost
    const before = stored();
    fireEvent.click(screen.getByTestId('roster-sync'));
    await waitFor(() => expect(syncCalls(sent).length).toBeGreaterThanOrEqual(4));
    await waitFor(() => expect(screen.getByTestId('roster-sync-failed')).toBeTruthy());
    expect(stored()).toEqual(before);
    expect(before.map((m) => [m.workerId, m.status])).toEqual([
      [4, AttendanceStatus.EXCUSED],
      [3, AttendanceStatus.LATE],
    ]);

    state.online = true;
    fireEvent.click(screen.getByTestId('roster-sync'));

    await waitFor(() => expect(screen.queryByTestId('roster-sync-bar')).toBeNull());
    const marks = (syncCalls(sent)[syncCalls(sent).length - 1].data as { marks: RosterMarkInput[] }).marks;
    expect(marks.map((m) => m.clientId).sort()).toEqual(before.map((m) => m.clientId).sort());
    expect(row(3).getByTestId('roster-status').textContent).toBe('迟到');
    expect(row(4).getByTestId('roster-status').textContent).toBe('请假');
  });

  it('clears a mark the server refuses and says why', async () => {
    fakeApi((req) => {
      if (req.url.endsWith('/roster/sync')) {
        const [mark] = (req.data as { marks: RosterMarkInput[] }).marks;
        return {
          statusCode: 200,
          data: {
            results: [
              {
                clientId: mark.clientId,
                workerId: mark.workerId,
                outcome: RosterMarkOutcome.REJECTED,
                replayed: false,
                message: '该职工未报名此课程（或仍在候补名单中）',
              },
            ],
            roster: roster([MA, LI]),
          },
        };
      }
      return { statusCode: 200, data: roster([MA, LI]) };
    });
    render(<TrainerSessionPage />);
    await waitFor(() => expect(screen.getByTestId('roster-4')).toBeTruthy());

    fireEvent.click(row(4).getByTestId('roster-mark-PRESENT'));

    await waitFor(() =>
      expect(screen.getByTestId('roster-rejections').textContent).toBe('李梅：该职工未报名此课程（或仍在候补名单中）'),
    );
    expect(row(4).getByTestId('roster-status').textContent).toBe('未点名');
    expect(storage.has(QUEUE_KEY)).toBe(false);
  });

  it('sends marks left from an earlier visit when the page shows, and marks from the roster kept on the device without a signal', async () => {
    const first = server(roster([MA, LI]));
    const view = render(<TrainerSessionPage />);
    await waitFor(() => expect(screen.getByTestId('roster-3')).toBeTruthy());
    first.state.online = false;
    fireEvent.click(row(3).getByTestId('roster-mark-ABSENT'));
    await waitFor(() => expect(screen.getByTestId('roster-sync-failed')).toBeTruthy());
    view.unmount();

    // the page opens again, still offline: the roster kept on the device, the mark still waiting
    render(<TrainerSessionPage />);
    await waitFor(() => expect(screen.getByTestId('roster-offline')).toBeTruthy());
    expect(row(3).getByTestId('roster-status').textContent).toBe('缺勤');
    expect(screen.getByTestId('roster-pending-count').textContent).toBe('1 条待同步');
    fireEvent.click(row(4).getByTestId('roster-mark-PRESENT'));
    await waitFor(() => expect(screen.getByTestId('roster-pending-count').textContent).toBe('2 条待同步'));

    first.state.online = true;
    act(() => emitNetworkStatus(true));
    await waitFor(() => expect(screen.queryByTestId('roster-sync-bar')).toBeNull());
    expect(screen.queryByTestId('roster-offline')).toBeNull();
    expect(row(3).getByTestId('roster-status').textContent).toBe('缺勤');
    expect(row(4).getByTestId('roster-status').textContent).toBe('出勤');
  });

  it('opens check-in and shows the QR code of the current token with the short code and a countdown', async () => {
    // a class that began ten minutes ago (the test's clock)
    const inClass = {
      startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
      endsAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
    };
    const { sent } = server(roster([MA], inClass));
    render(<TrainerSessionPage />);
    await waitFor(() => expect(document.querySelector('#session-open')).toBeTruthy());
    expect(screen.queryByTestId('qr-token')).toBeNull();

    fireEvent.click(document.querySelector('#session-open')!);

    const qr = await screen.findByTestId('qr-token');
    expect(qr.getAttribute('data-token')).toBe(TOKEN);
    expect((within(qr).getByTestId('qr-image') as HTMLImageElement).src).toMatch(/^data:image\/gif;base64,/);
    expect(screen.getByTestId('qr-short-code').textContent).toBe('042917');
    expect(screen.getByTestId('qr-countdown').textContent).toMatch(/^\d+ 秒后刷新$/);
    expect(screen.getByTestId('session-status').textContent).toContain('签到中');
    expect(sent.map((r) => `${r.method} ${r.url}`)).toEqual(
      expect.arrayContaining(['POST /api/v1/training/sessions/101/open', 'GET /api/v1/training/sessions/101/qr']),
    );
    expect(document.querySelector('#session-open')).toBeNull();
  });

  it('offers no 开始签到 for a class that is over: it says so, and how to record attendance instead', async () => {
    server(
      roster([MA], {
        startsAt: new Date(Date.now() - 5 * 3_600_000).toISOString(),
        endsAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
      }),
    );
    render(<TrainerSessionPage />);
    await waitFor(() => expect(document.querySelector('#session-open')).toBeTruthy());
    expect(document.querySelector('#session-open')!.hasAttribute('disabled')).toBe(true);
    expect(screen.getByTestId('session-status').textContent).toContain('已下课（未开签到）');
    expect(screen.getByTestId('session-open-window').textContent).toContain('不能再开启签到');
  });

  it('closes check-in after a confirmation', async () => {
    const { sent } = server(roster([MA], { status: TrainingSessionStatus.OPEN }));
    render(<TrainerSessionPage />);
    await waitFor(() => expect(document.querySelector('#session-close')).toBeTruthy());

    showModal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' });
    fireEvent.click(document.querySelector('#session-close')!);
    await waitFor(() => expect(showModal).toHaveBeenCalledTimes(1));
    expect(sent.some((r) => r.url.endsWith('/close'))).toBe(false);

    fireEvent.click(document.querySelector('#session-close')!);

    await waitFor(() => expect(screen.getByTestId('session-closed-note')).toBeTruthy());
    expect(screen.queryByTestId('qr-token')).toBeNull();
    expect(screen.getByTestId('session-status').textContent).toContain('已结束');
  });
});
