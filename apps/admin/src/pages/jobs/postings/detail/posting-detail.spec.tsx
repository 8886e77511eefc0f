import { ErrorCode, JobPostingStatus, Role } from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { pageOf, renderAt, signedInAs } from '../../../../../test/app';
import { route, type Call } from '../../../../../test/fake-api';
import { aMatch, aPosting } from '../../../../../test/jobs';

beforeEach(() => localStorage.clear());

const calls = (api: { calls: Call[] }, method: string, prefix: string) =>
  api.calls.filter((c) => c.method === method && c.path.startsWith(prefix));

const matches = route('GET', /^\/jobs\/postings\/41\/matches\?/, () =>
  pageOf([
    aMatch(),
    aMatch({ workerId: 502, name: '李*', tags: [], score: 70, reasons: ['同区县'], subscribed: false, pushed: true }),
  ]),
);

describe('岗位详情 with its matches', () => {
  it('lists the matched workers with score and reasons, and pushes to the picked ones, saying how many', async () => {
    const api = signedInAs(
      [Role.REVIEWER],
      [
        route('GET', '/jobs/postings/41', () => ({ status: 200, body: aPosting({ status: JobPostingStatus.OPEN }) })),
        matches,
        route('POST', '/jobs/postings/41/push', (call) => ({
          status: 200,
          body: (call.body as { workerIds?: number[] }).workerIds
            ? { pushed: 1, alreadyPushed: 0, notSubscribed: 0 }
            : { pushed: 3, alreadyPushed: 1, notSubscribed: 2 },
        })),
      ],
    );
    renderAt('/jobs/postings/41');

    const name = await screen.findByText('张*', undefined, { timeout: 45_000 });
    const row = name.closest('tr') as HTMLElement;
    expect(within(row).getByText('同区县 · 技能匹配：焊工')).toBeTruthy();
    expect(within(row).getByText('困难职工')).toBeTruthy();
    expect(within(row).getByText('85')).toBeTruthy();
    expect(within(screen.getByText('李*').closest('tr') as HTMLElement).getByText('已推送')).toBeTruthy();
    expect(calls(api, 'GET', '/jobs/postings/41/matches?')[0].path).toBe(
      '/jobs/postings/41/matches?page=1&pageSize=20',
    );

    fireEvent.click(within(row).getByRole('checkbox'));
    const pushPicked = await screen.findByRole('button', { name: /推送给选中的 1 人/ });
    await act(async () => {
      fireEvent.click(pushPicked);
    });
    await waitFor(() => expect(calls(api, 'POST', '/jobs/postings/41/push')).toHaveLength(1));
    expect(calls(api, 'POST', '/jobs/postings/41/push')[0].body).toEqual({ workerIds: [501] });
    expect(await screen.findByText('已推送 1 人；此前已推送 0 人，未订阅 0 人未推送')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /按匹配度推送/ }));
    const footer = await waitFor(() => {
      const f = document.querySelector('.ant-modal-footer') as HTMLElement | null;
      if (!f) throw new Error('no modal');
      return f;
    });
    await act(async () => {
      fireEvent.click(within(footer).getByRole('button', { name: /确\s*认|确\s*定/ }));
    });
    await waitFor(() => expect(calls(api, 'POST', '/jobs/postings/41/push')).toHaveLength(2));
    expect(calls(api, 'POST', '/jobs/postings/41/push')[1].body).toEqual({ minScore: 60 });
    expect(await screen.findByText('已推送 3 人；此前已推送 1 人，未订阅 2 人未推送')).toBeTruthy();
  });

  it('does not offer the push before the posting is open', async () => {
    signedInAs(
      [Role.REVIEWER],
      [route('GET', '/jobs/postings/41', () => ({ status: 200, body: aPosting() })), matches],
    );
    renderAt('/jobs/postings/41');
    expect(await screen.findByText('岗位通过审核、招聘中时才能推送', undefined, { timeout: 45_000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /按匹配度推送/ })).toBeNull();
  });

  it('says the posting is not found outside the scope', async () => {
    signedInAs(
      [Role.HR],
      [
        route('GET', '/jobs/postings/41', () => ({
          status: 404,
          body: { statusCode: 404, error: ErrorCode.NOT_FOUND, message: '记录不存在' },
        })),
      ],
    );
    renderAt('/jobs/postings/41');
    expect(await screen.findByText('岗位不存在或不在您的数据范围内', undefined, { timeout: 45_000 })).toBeTruthy();
    expect(screen.getByText('返回我的岗位')).toBeTruthy();
  });
});
