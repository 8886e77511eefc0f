import {
  AttendanceMethod,
  AttendanceStatus,
  RosterMarkOutcome,
  Role,
  TrainingSessionStatus,
  type RosterMarkInput,
  type RosterSyncRequest,
} from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderAt, signedInAs } from '../../../../test/app';
import { route, type Call, type Handler } from '../../../../test/fake-api';
import { pick } from '../../../../test/form';
import { aQr, aRoster, aRosterEntry, aSession } from '../../../../test/training';

beforeEach(() => localStorage.clear());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const syncs = (api: { calls: Call[] }) =>
  api.calls.filter((c) => c.method === 'POST' && c.path === '/training/sessions/11/roster/sync');

async function openPage(roles: Role[], ...handlers: Handler[]) {
  const api = signedInAs(roles, handlers);
  renderAt('/training/sessions/11');
  await screen.findByTestId('session-page', undefined, { timeout: 45_000 });
  return api;
}

/** The roster after 王五's mark: late, by the trainer's hand. */
const rosterWithLate = aRoster({
  summary: { expected: 2, present: 1, late: 1, absent: 0, excused: 0, unmarked: 0 },
  entries: [
    aRoster().entries[0],
    aRosterEntry({
      enrolmentId: 32,
      workerId: 43,
      workerName: '王五',
      status: AttendanceStatus.LATE,
      method: AttendanceMethod.ROSTER,
      markedAt: '2026-11-23T01:20:00.000Z',
    }),
  ],
});

describe('session check-in page', () => {
  it('shows the QR token and the short code large beneath it, and fetches the next pair when they are due', async () => {
    const codes = [
      aQr({ token: 'tok-1', shortCode: '123456', refreshAt: new Date(Date.now() + 1_000).toISOString() }),
      aQr({ token: 'tok-2', shortCode: '654321' }),
    ];
    const api = await openPage(
      [Role.TRAINER],
      route('GET', '/training/sessions/11/roster', () => ({ status: 200, body: aRoster() })),
      route('GET', '/training/sessions/11/qr', () => ({
        status: 200,
        body: codes.length > 1 ? codes.shift() : codes[0],
      })),
    );

    const token = await screen.findByTestId('qr-token');
    await waitFor(() => expect(token.getAttribute('data-token')).toBe('tok-1'));
    expect(screen.getByTestId('qr-short-code').textContent).toBe('123456');
    // The QR code itself encodes the token (antd's QRCode, drawn as SVG).
    expect(token.querySelector('svg')).not.toBeNull();
    expect(screen.getByTestId('qr-countdown').textContent).toMatch(/\d+ 秒后更新/);

    // Due after a second: the page asks again on its own.
    await waitFor(() => expect(screen.getByTestId('qr-token').getAttribute('data-token')).toBe('tok-2'), {
      timeout: 5_000,
    });
    expect(screen.getByTestId('qr-short-code').textContent).toBe('654321');
    expect(api.calls.filter((c) => c.path === '/training/sessions/11/qr').length).toBeGreaterThanOrEqual(2);

    // The roster: 李四 checked in by scanning.
    const row = screen.getByTestId('roster-42');
    expect(within(row).getByTestId('roster-status').getAttribute('data-status')).toBe(AttendanceStatus.PRESENT);
    expect(within(row).getByText('扫码签到')).toBeTruthy();
    expect(screen.getByTestId('roster-present').textContent).toBe('1');
    expect(screen.getByTestId('roster-unmarked').textContent).toBe('1');
  });

  it('posts a hand mark with a fresh client id and the time it was made, and shows the roster the API returns', async () => {
    // the server's roster: the page also polls it while check-in is open, and must read the mark there
    let served = aRoster();
    const api = await openPage(
      [Role.TRAINER],
      route('GET', '/training/sessions/11/roster', () => ({ status: 200, body: served })),
      route('GET', '/training/sessions/11/qr', () => ({ status: 200, body: aQr() })),
      route('POST', '/training/sessions/11/roster/sync', (call) => {
        const [mark] = (call.body as RosterSyncRequest).marks;
        served = rosterWithLate;
        return {
          status: 200,
          body: {
            results: [
              {
                clientId: mark.clientId,
                workerId: 43,
                outcome: RosterMarkOutcome.APPLIED,
                replayed: false,
                message: null,
              },
            ],
            roster: rosterWithLate,
          },
        };
      }),
    );

    const before = Date.now();
    await pick('roster-status-43', '迟到');

    await waitFor(() => expect(syncs(api)).toHaveLength(1));
    const { marks } = syncs(api)[0].body as RosterSyncRequest;
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ workerId: 43, status: AttendanceStatus.LATE });
    expect(marks[0].clientId).toMatch(UUID);
    expect(new Date(marks[0].markedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(new Date(marks[0].markedAt).getTime()).toBeLessThanOrEqual(Date.now() + 1000);

    const row = screen.getByTestId('roster-43');
    await waitFor(() => expect(within(row).getByTestId('roster-status').getAttribute('data-status')).toBe('LATE'));
    expect(within(row).getByText('教师点名')).toBeTruthy();
    expect(await screen.findByText('王五：已记录')).toBeTruthy();
    expect(screen.getByTestId('roster-late').textContent).toBe('1');

    // A second mark is another mark: a new client id.
    await pick('roster-status-43', '出勤');
    await waitFor(() => expect(syncs(api)).toHaveLength(2));
    const second = (syncs(api)[1].body as RosterSyncRequest).marks[0];
    expect(second.clientId).toMatch(UUID);
    expect(second.clientId).not.toBe(marks[0].clientId);
  });

  it('keeps a mark that cannot be sent and sends it again, with the same client id, when asked', async () => {
    let reachable = false;
    const api = await openPage(
      [Role.TRAINER],
      route('GET', '/training/sessions/11/roster', () => ({ status: 200, body: aRoster() })),
      route('GET', '/training/sessions/11/qr', () => ({ status: 200, body: aQr() })),
      route('POST', '/training/sessions/11/roster/sync', (call) => {
        if (!reachable) return { status: 503 };
        const marks = (call.body as RosterSyncRequest).marks;
        return {
          status: 200,
          body: {
            results: marks.map((m: RosterMarkInput) => ({
              clientId: m.clientId,
              workerId: m.workerId,
              outcome: RosterMarkOutcome.APPLIED,
              replayed: false,
              message: null,
            })),
            roster: rosterWithLate,
          },
        };
      }),
    );

    await pick('roster-status-43', '迟到');
    const pending = await screen.findByTestId('roster-pending');
    expect(pending.textContent).toContain('1 条考勤标记尚未同步');
    // The mark shows on the roster meanwhile, flagged as not sent.
    const row = screen.getByTestId('roster-43');
    expect(within(row).getByTestId('roster-status').getAttribute('data-status')).toBe('LATE');
    expect(within(row).getByTestId('roster-unsent')).toBeTruthy();
    const first = (syncs(api)[0].body as RosterSyncRequest).marks[0];

    reachable = true;
    fireEvent.click(within(pending).getByRole('button', { name: '立即同步' }));

    await waitFor(() => expect(screen.queryByTestId('roster-pending')).toBeNull());
    const resent = syncs(api).at(-1)!.body as RosterSyncRequest;
    expect(resent.marks).toEqual([first]);
    expect(within(screen.getByTestId('roster-43')).queryByTestId('roster-unsent')).toBeNull();
    expect(localStorage.getItem('steadywork.admin.rosterMarks.11')).toBeNull();
  });

  it('a class that is over is shown as such and offers no 开始签到 the API would refuse', async () => {
    await openPage(
      [Role.TRAINER],
      route('GET', '/training/sessions/11/roster', () => ({
        status: 200,
        body: aRoster({
          session: aSession({
            startsAt: new Date(Date.now() - 5 * 3_600_000).toISOString(),
            endsAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
          }),
        }),
      })),
    );
    expect((screen.getByTestId('open-check-in') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getAllByTestId('session-status')[0].textContent).toBe('已下课（未开签到）');
  });

  it('opens check-in for a scheduled session, then closes it with the note that later corrections are audited', async () => {
    let status = TrainingSessionStatus.SCHEDULED;
    // a class that began ten minutes ago (the test's clock)
    const inClass = {
      startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
      endsAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
    };
    const api = await openPage(
      [Role.TRAINER],
      route('GET', '/training/sessions/11/roster', () => ({
        status: 200,
        body: aRoster({ session: aSession({ status, ...inClass }) }),
      })),
      route('GET', '/training/sessions/11/qr', () => ({ status: 200, body: aQr() })),
      route('POST', '/training/sessions/11/open', () => {
        status = TrainingSessionStatus.OPEN;
        return { status: 200, body: aSession({ status }) };
      }),
      route('POST', '/training/sessions/11/close', () => {
        status = TrainingSessionStatus.CLOSED;
        return { status: 200, body: aSession({ status }) };
      }),
    );

    expect(screen.queryByTestId('qr-token')).toBeNull();
    expect(screen.getByText('签到可在上课前 60 分钟至下课期间开启。')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByTestId('open-check-in'));
    });

    await waitFor(() =>
      expect(api.calls.some((c) => c.method === 'POST' && c.path === '/training/sessions/11/open')).toBe(true),
    );
    await waitFor(() => expect(screen.getByTestId('qr-token').getAttribute('data-token')).toBe('tok-1'));
    expect(screen.queryByTestId('open-check-in')).toBeNull();

    fireEvent.click(screen.getByTestId('close-check-in'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/之后修改考勤将作为更正记录在审计日志中/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: '确定' }));
    });

    await waitFor(() =>
      expect(api.calls.some((c) => c.method === 'POST' && c.path === '/training/sessions/11/close')).toBe(true),
    );
    expect(await screen.findByTestId('closed-note')).toBeTruthy();
    expect(screen.getByTestId('closed-note').textContent).toContain('现在修改考勤将作为更正记录在审计日志中');
    await waitFor(() => expect(screen.queryByTestId('qr-token')).toBeNull());
    expect(screen.queryByTestId('close-check-in')).toBeNull();
  });

  it('shows a provincial reviewer the roster read-only: no code, no marks, no buttons', async () => {
    const api = await openPage(
      [Role.PROVINCE_REVIEWER],
      route('GET', '/training/sessions/11/roster', () => ({ status: 200, body: aRoster() })),
    );

    expect(screen.getByTestId('roster-42')).toBeTruthy();
    expect(screen.queryByTestId('qr-token')).toBeNull();
    expect(screen.queryByTestId('close-check-in')).toBeNull();
    expect((document.getElementById('roster-status-43') as HTMLInputElement).disabled).toBe(true);
    expect(api.calls.some((c) => c.path.endsWith('/qr'))).toBe(false);
  });
});
