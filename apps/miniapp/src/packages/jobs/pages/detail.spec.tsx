import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ErrorCode, JobApplicationSource, JobApplicationStatus, type JobApplicationResponse } from '@steadywork/shared';
import { posting } from '../../../../test/jobs-fixtures';
import { errorBody, fakeApi } from '../../../../test/fake-api';
import { navigateTo, openLocation, resetTaro, setRouterParams, showModal } from '../../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import JobDetailPage from './detail';

jest.mock('../nutui', () => jest.requireActual('../../../../test/mocks/nutui'));

const APPLICATION: JobApplicationResponse = {
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
};

describe('JobDetailPage (岗位详情)', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
    setRouterParams({ id: '11', reasons: encodeURIComponent('同区县|技能匹配：焊工') });
  });

  it('shows the posting with its reasons and place, and applies after a confirmation', async () => {
    const sent = fakeApi((req) =>
      req.method === 'POST' ? { statusCode: 201, data: APPLICATION } : { statusCode: 200, data: posting() },
    );

    render(<JobDetailPage />);

    await waitFor(() => expect(screen.getByTestId('job-detail')).toBeTruthy());
    expect(sent[0].url).toBe('/api/v1/jobs/postings/11');
    expect(screen.getByTestId('job-title').textContent).toBe('电焊工');
    expect(screen.getByTestId('job-wage').textContent).toBe('4,500–6,500 元/月');
    expect(screen.getByTestId('job-employer').textContent).toBe('青海高原机械制造有限公司 · 城东区');
    expect(screen.getByTestId('job-reasons').textContent).toBe('推荐理由：同区县 · 技能匹配：焊工');
    expect(screen.getByTestId('job-address').textContent).toContain('西宁市城东区八一东路88号');

    fireEvent.click(screen.getByTestId('job-navigate'));
    expect(openLocation).toHaveBeenCalledWith(
      expect.objectContaining({ latitude: 36.6171, longitude: 101.8018, address: '西宁市城东区八一东路88号' }),
    );

    fireEvent.click(screen.getByTestId('job-apply'));
    await waitFor(() => expect(screen.getByTestId('job-applied').textContent).toBe('已投递'));
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '投递岗位' }));
    const apply = sent.filter((r) => r.method === 'POST');
    expect(apply).toHaveLength(1);
    expect(apply[0].url).toBe('/api/v1/jobs/postings/11/apply');
    expect(screen.queryByTestId('job-apply')).toBeNull();

    fireEvent.click(screen.getByTestId('job-view-applications'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/jobs/pages/applications' });
  });

  it('explains a refused application (409) in a dialog and leads to the registration', async () => {
    fakeApi((req) =>
      req.method === 'POST'
        ? { statusCode: 409, data: errorBody(409, ErrorCode.CONFLICT, '请先完成实名登记，再投递岗位') }
        : { statusCode: 200, data: posting() },
    );

    render(<JobDetailPage />);

    fireEvent.click(await screen.findByTestId('job-apply'));
    await waitFor(() =>
      expect(showModal).toHaveBeenLastCalledWith(
        expect.objectContaining({ content: '请先完成实名登记，再投递岗位', showCancel: false }),
      ),
    );
    expect(screen.getByTestId('job-apply')).toBeTruthy();
    fireEvent.click(await screen.findByTestId('job-complete-profile'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/worker/pages/profile' });
  });

  it('says the posting is no longer open when it is not found', async () => {
    fakeApi(() => ({ statusCode: 404, data: errorBody(404, ErrorCode.NOT_FOUND, '岗位不存在') }));

    render(<JobDetailPage />);

    await waitFor(() => expect(screen.getByTestId('job-not-found')).toBeTruthy());
    expect(screen.getByTestId('job-not-found').textContent).toContain('该岗位已结束招聘或不存在');
  });
});
