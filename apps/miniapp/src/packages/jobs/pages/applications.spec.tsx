import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { JobApplicationSource, JobApplicationStatus, type JobApplicationResponse } from '@steadywork/shared';
import { fakeApi } from '../../../../test/fake-api';
import { resetTaro, showModal } from '../../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import JobApplicationsPage from './applications';

jest.mock('../nutui', () => jest.requireActual('../../../../test/mocks/nutui'));

const application = (overrides: Partial<JobApplicationResponse>): JobApplicationResponse => ({
  id: 31,
  postingId: 11,
  postingTitle: '电焊工',
  employerId: 3,
  employerName: '青海高原机械制造有限公司',
  workerId: 5,
  workerName: '韩福',
  idNumberMasked: '630102********1234',
  phone: '13800001234',
  regionCode: '630102',
  regionName: '城东区',
  source: JobApplicationSource.APPLIED,
  status: JobApplicationStatus.APPLIED,
  interviewAt: null,
  interviewPlace: null,
  note: null,
  hiredOn: null,
  reportedHiredOn: null,
  outcomeId: null,
  referredBy: null,
  createdAt: '2026-11-23T02:00:00Z',
  updatedAt: '2026-11-23T02:00:00Z',
  ...overrides,
});

describe('JobApplicationsPage (我的求职)', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  it('lists the applications with their status and accepts an interview invitation', async () => {
    const invited = application({
      id: 32,
      postingTitle: '装载机司机',
      source: JobApplicationSource.REFERRED,
      status: JobApplicationStatus.INVITED,
      interviewAt: '2026-11-25T01:30:00Z',
      interviewPlace: '公司人事部',
    });
    const sent = fakeApi((req) =>
      req.method === 'POST'
        ? { statusCode: 200, data: { ...invited, status: JobApplicationStatus.ACCEPTED } }
        : { statusCode: 200, data: [invited, application({})] },
    );

    render(<JobApplicationsPage />);

    await waitFor(() => expect(screen.getByTestId('job-applications')).toBeTruthy());
    const card = within(screen.getByTestId('job-application-32'));
    expect(card.getByTestId('job-application-status').textContent).toBe('邀请面试');
    // Asia/Shanghai
    expect(card.getByTestId('job-interview-at').textContent).toContain('2026-11-25 09:30');
    expect(card.getByText('工会推荐')).toBeTruthy();
    expect(within(screen.getByTestId('job-application-31')).getByTestId('job-application-status').textContent).toBe(
      '已投递',
    );
    expect(within(screen.getByTestId('job-application-31')).queryByTestId('job-accept-interview')).toBeNull();

    fireEvent.click(card.getByTestId('job-accept-interview'));
    await waitFor(() => expect(card.getByTestId('job-application-status').textContent).toBe('已接受面试'));
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '接受面试邀请' }));
    expect(sent.filter((r) => r.method === 'POST').map((r) => r.url)).toEqual([
      '/api/v1/me/jobs/applications/32/accept-interview',
    ]);
  });

  it('says so when there are none', async () => {
    fakeApi(() => ({ statusCode: 200, data: [] }));

    render(<JobApplicationsPage />);

    await waitFor(() => expect(screen.getByTestId('job-applications-empty').textContent).toContain('您还没有投递岗位'));
  });

  it('reports a start (我已入职) with the date picked, then says it waits for the union to confirm', async () => {
    const sent = fakeApi((req) =>
      req.method === 'POST'
        ? { statusCode: 200, data: application({ reportedHiredOn: String(req.data?.startsOn) }) }
        : { statusCode: 200, data: [application({})] },
    );

    render(<JobApplicationsPage />);

    const card = within(await screen.findByTestId('job-application-31'));
    expect(card.queryByTestId('job-reported-hire')).toBeNull();
    const picker = card.getByTestId('job-report-hire').closest('.taro-picker')!.querySelector('input')!;
    fireEvent.change(picker, { target: { value: '2026-11-24' } });
    await waitFor(() => expect(card.getByTestId('job-reported-hire').textContent).toContain('已报告 2026-11-24 入职'));
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '报告入职' }));
    const post = sent.find((r) => r.method === 'POST');
    expect(post?.url).toBe('/api/v1/me/jobs/applications/31/report-hire');
    expect(post?.data).toEqual({ startsOn: '2026-11-24' });
    expect(card.queryByTestId('job-report-hire')).toBeNull();
  });
});
