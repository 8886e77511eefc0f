import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { JobEventKind, JobEventStatus, JobPostingKind, type MyJobEvent } from '@steadywork/shared';
import { posting } from '../../../../test/jobs-fixtures';
import { fakeApi } from '../../../../test/fake-api';
import { resetTaro, setRouterParams, showModal } from '../../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import JobEventPage from './event';
import JobDetailPage from './detail';

jest.mock('../nutui', () => jest.requireActual('../../../../test/mocks/nutui'));

const EVENT: MyJobEvent = {
  id: 5,
  kind: JobEventKind.SERVICE_MONTH,
  title: '工会就业创业服务月·西宁专场',
  regionCode: '630100',
  regionName: '青海省 / 西宁市',
  startsOn: '2026-12-01',
  endsOn: '2026-12-31',
  online: false,
  venue: '西宁市职工服务中心',
  onlineUrl: null,
  description: null,
  status: JobEventStatus.PUBLISHED,
  employers: [{ id: 3, name: '北京京玉人力资源服务有限公司', regionName: '玉树市', partnerUnionName: '北京市总工会' }],
  postings: [
    {
      id: 11,
      title: '物业维修工（北京）',
      employerName: '北京京玉人力资源服务有限公司',
      regionName: '玉树市',
      wageMinFen: 500_000,
      wageMaxFen: 750_000,
      headcount: 5,
      partnerUnionName: '北京市总工会',
    },
  ],
  publishedAt: '2026-11-30T02:00:00Z',
  createdAt: '2026-11-29T02:00:00Z',
  updatedAt: '2026-11-30T02:00:00Z',
  signedUp: false,
  signedUpAt: null,
  attended: false,
};

describe('JobEventPage (活动详情)', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
    setRouterParams({ id: '5' });
  });

  it('shows the event with its 对口援青 posting and signs up once after a confirmation', async () => {
    const sent = fakeApi((req) =>
      req.method === 'POST'
        ? { statusCode: 201, data: { ...EVENT, signedUp: true, signedUpAt: '2026-12-02T02:00:00Z' } }
        : { statusCode: 200, data: EVENT },
    );
    render(<JobEventPage />);
    await waitFor(() => expect(screen.getByTestId('event-detail')).toBeTruthy());
    expect(sent[0].url).toBe('/api/v1/me/jobs/events/5');
    expect(screen.getByTestId('event-venue').textContent).toContain('西宁市职工服务中心');
    expect(screen.getByTestId('event-postings').textContent).toContain('对口援青');

    fireEvent.click(screen.getByTestId('event-sign-up'));
    await waitFor(() => expect(screen.getByTestId('event-signed-up').textContent).toBe('您已报名，请按时参加'));
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '报名参加' }));
    const posts = sent.filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.url)).toEqual(['/api/v1/me/jobs/events/5/signup']);
    expect(screen.queryByTestId('event-sign-up')).toBeNull();
  });
});

describe('JobDetailPage for a public-welfare post', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
    setRouterParams({ id: '11' });
  });

  it('offers no application and says the union places people on it', async () => {
    fakeApi(() => ({ statusCode: 200, data: { ...posting(), kind: JobPostingKind.PUBLIC_WELFARE } }));
    render(<JobDetailPage />);
    await waitFor(() => expect(screen.getByTestId('job-detail')).toBeTruthy());
    expect(screen.getByTestId('job-public-welfare').textContent).toContain('不接受投递');
    expect(screen.queryByTestId('job-apply')).toBeNull();
  });
});
