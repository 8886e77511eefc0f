import {
  ErrorCode,
  Role,
  ScheduledJobOutcome,
  ScheduledJobTrigger,
  type ScheduledJobResponse,
} from '@steadywork/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderAt, signedInAs } from '../../../../test/app';
import { route } from '../../../../test/fake-api';

beforeEach(() => localStorage.clear());

const lastRun = {
  id: 7,
  job: 'notifications.send',
  trigger: ScheduledJobTrigger.SCHEDULE,
  instance: 'api-1:42:abc',
  startedAt: '2026-12-07T02:00:00.000Z',
  finishedAt: '2026-12-07T02:00:01.000Z',
  outcome: ScheduledJobOutcome.SUCCEEDED,
  items: 3,
  detail: '发送 3，跳过 0，待重试 0，失败 0',
  error: null,
};
const jobs: ScheduledJobResponse[] = [
  {
    name: 'notifications.send',
    title: '发送待发的职工通知（微信订阅消息），失败按退避重试',
    schedule: '0 * * * * *',
    nextRunAt: '2026-12-07T02:01:00.000Z',
    lockedUntil: null,
    lastRun,
  },
  {
    name: 'housekeeping',
    title: '清理过期数据',
    schedule: '0 0 * * * *',
    nextRunAt: '2026-12-07T03:00:00.000Z',
    lockedUntil: '2026-12-07T02:10:00.000Z',
    lastRun: null,
  },
];

describe('定时任务', () => {
  it('lists the jobs with their last and next runs, and runs one now', async () => {
    const api = signedInAs(
      [Role.PROGRAM_ADMIN],
      [
        route('GET', '/scheduler/jobs', () => ({ status: 200, body: jobs })),
        route('POST', '/scheduler/jobs/notifications.send/run', () => ({
          status: 200,
          body: { ...lastRun, id: 8, trigger: ScheduledJobTrigger.MANUAL, items: 2 },
        })),
      ],
    );
    renderAt('/system/scheduler');
    const row = (await screen.findByText('notifications.send', undefined, { timeout: 45_000 })).closest('tr')!;
    expect(within(row).getByText('成功')).toBeTruthy();
    expect(within(row).getByText('2026-12-07 10:01')).toBeTruthy();
    const other = screen.getByText('housekeeping').closest('tr')!;
    expect(within(other).getByText('尚未运行')).toBeTruthy();
    // held by an instance now: not offered
    expect(within(other).getByText('运行中').closest('button')!.disabled).toBe(true);

    fireEvent.click(within(row).getByText('立即运行'));
    fireEvent.click(await screen.findByText(/确\s*定/));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(await screen.findByText('运行完成，处理 2 项')).toBeTruthy();
  });

  it('shows the API’s 409 when the job is running on another instance', async () => {
    const busy = '该任务正在运行（另一实例或上一次运行尚未结束），请稍后再试';
    signedInAs(
      [Role.PROGRAM_ADMIN],
      [
        route('GET', '/scheduler/jobs', () => ({ status: 200, body: jobs })),
        route('POST', '/scheduler/jobs/notifications.send/run', () => ({
          status: 409,
          body: { statusCode: 409, error: ErrorCode.CONFLICT, message: busy },
        })),
      ],
    );
    renderAt('/system/scheduler');
    const row = (await screen.findByText('notifications.send', undefined, { timeout: 45_000 })).closest('tr')!;
    fireEvent.click(within(row).getByText('立即运行'));
    fireEvent.click(await screen.findByText(/确\s*定/));
    expect(await screen.findByText(busy)).toBeTruthy();
  });
});
