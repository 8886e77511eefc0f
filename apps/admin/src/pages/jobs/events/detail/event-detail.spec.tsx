import {
  JobEventKind,
  JobEventStatus,
  Role,
  type JobEventResponse,
  type JobEventSignupResponse,
} from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { pageOf, renderAt, signedInAs } from '../../../../../test/app';
import { route } from '../../../../../test/fake-api';
import { type } from '../../../../../test/form';

beforeEach(() => localStorage.clear());

const event: JobEventResponse = {
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
  employers: [{ id: 7, name: '北京京玉人力资源服务有限公司', regionName: '玉树市', partnerUnionName: '北京市总工会' }],
  postings: [],
  figures: { employers: 1, postings: 0, signups: 1, attended: 0, interviews: 0, hires: 0 },
  createdBy: '西宁市总工会初审',
  publishedAt: '2026-11-30T02:00:00.000Z',
  createdAt: '2026-11-29T02:00:00.000Z',
  updatedAt: '2026-11-30T02:00:00.000Z',
};

const signup: JobEventSignupResponse = {
  id: 31,
  eventId: 5,
  workerId: 501,
  workerName: '李梅',
  idNumberMasked: '630102********1234',
  phoneMasked: '139****0001',
  regionCode: '630102',
  regionName: '城东区',
  attended: false,
  interviews: 0,
  note: null,
  recordedBy: null,
  createdAt: '2026-12-01T02:00:00.000Z',
};

describe('活动详情', () => {
  it('shows the figures and the partner mark; recording a sign-up sends attendance and interviews', async () => {
    const api = signedInAs(
      [Role.REVIEWER],
      [
        route('GET', '/jobs/events/5', () => ({ status: 200, body: event })),
        route('GET', /^\/jobs\/events\/5\/signups\?/, () => pageOf([signup])),
        route('PUT', '/jobs/events/5/signups/31', (call) => ({
          status: 200,
          body: { ...signup, ...(call.body as object), recordedBy: '西宁市总工会初审' },
        })),
      ],
    );
    renderAt('/jobs/events/5');
    const name = await screen.findByText('李梅', undefined, { timeout: 45_000 });
    expect(within(screen.getByTestId('event-figures')).getByText('报名')).toBeTruthy();
    expect(screen.getByText('对口援青')).toBeTruthy();
    fireEvent.click(within(name.closest('tr') as HTMLElement).getByText('登记到场/面试'));
    await waitFor(() => expect(document.getElementById('event-signup_interviews')).not.toBeNull());
    type('event-signup_interviews', '2');
    const footer = document.querySelector('.ant-modal-footer') as HTMLElement;
    await act(async () => {
      fireEvent.click(within(footer).getByRole('button', { name: /确\s*认|确\s*定/ }));
    });
    await waitFor(() => expect(api.calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    expect(api.calls.find((c) => c.method === 'PUT')!.body).toEqual({ attended: true, interviews: 2, note: null });
  });
});
