import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ErrorCode, type Page, type RecommendedJob } from '@steadywork/shared';
import { recommended } from '../../../../test/jobs-fixtures';
import { fakeApi, type SentRequest } from '../../../../test/fake-api';
import { navigateTo, resetTaro } from '../../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import JobsIndexPage from './index';

jest.mock('../nutui', () => jest.requireActual('../../../../test/mocks/nutui'));

const page = (items: RecommendedJob[], total = items.length): Page<RecommendedJob> => ({
  items,
  total,
  page: 1,
  pageSize: 20,
});

const recommendedCalls = (sent: SentRequest[]) => sent.filter((r) => r.url === '/api/v1/me/jobs/recommended');

describe('JobsIndexPage (找工作)', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  it('lists the recommended jobs with wage, employer, region and the reasons, and opens one', async () => {
    const sent = fakeApi((req) => {
      if (req.url === '/api/v1/me/jobs/subscription') return { statusCode: 200, data: { subscribed: false } };
      return {
        statusCode: 200,
        data: page([
          recommended(),
          recommended({ id: 12, title: '装载机司机', wageMinFen: 500_000, wageMaxFen: 500_000, reasons: [] }),
        ]),
      };
    });

    render(<JobsIndexPage />);

    await waitFor(() => expect(screen.getByTestId('job-list')).toBeTruthy());
    expect(recommendedCalls(sent)[0].data).toEqual({ page: 1, pageSize: 20 });
    const card = within(screen.getByTestId('job-card-11'));
    expect(card.getByTestId('job-title').textContent).toBe('电焊工');
    expect(card.getByTestId('job-employer').textContent).toBe('青海高原机械制造有限公司');
    expect(card.getByTestId('job-wage').textContent).toBe('4,500–6,500 元/月');
    expect(card.getByTestId('job-region').textContent).toBe('城东区');
    expect(card.getByTestId('job-reasons').textContent).toBe('同区县 · 技能匹配：焊工');
    // one figure when the range is one wage; no reasons line when there are none
    const other = within(screen.getByTestId('job-card-12'));
    expect(other.getByTestId('job-wage').textContent).toBe('5,000 元/月');
    expect(other.queryByTestId('job-reasons')).toBeNull();
    expect(screen.getByTestId('job-total').textContent).toBe('共 2 个岗位');

    fireEvent.click(screen.getByTestId('job-card-11'));
    expect(navigateTo).toHaveBeenLastCalledWith({
      url: `/packages/jobs/pages/detail?id=11&reasons=${encodeURIComponent('同区县|技能匹配：焊工')}`,
    });
    fireEvent.click(screen.getByTestId('job-nav-applications'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/jobs/pages/applications' });
  });

  it('says so when nothing is recommended, and when a search finds nothing offers the whole list again', async () => {
    const sent = fakeApi((req) => {
      if (req.url === '/api/v1/me/jobs/subscription') return { statusCode: 200, data: { subscribed: true } };
      return { statusCode: 200, data: page([]) };
    });

    render(<JobsIndexPage />);

    await waitFor(() => expect(screen.getByTestId('jobs-empty')).toBeTruthy());
    expect(screen.getByTestId('jobs-empty').textContent).toContain('暂时没有为您推荐的岗位');
    fireEvent.click(screen.getByTestId('job-complete-profile'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/worker/pages/profile' });

    fireEvent.change(screen.getByPlaceholderText('搜索岗位、工种或企业'), { target: { value: ' 焊工 ' } });
    fireEvent.click(screen.getByTestId('job-search'));
    await waitFor(() => expect(screen.getByTestId('jobs-empty').textContent).toContain('没有找到与“焊工”相关的岗位'));
    expect(recommendedCalls(sent).at(-1)?.data).toEqual({ keyword: '焊工', page: 1, pageSize: 20 });

    fireEvent.click(screen.getByTestId('job-show-all'));
    await waitFor(() => expect(recommendedCalls(sent).at(-1)?.data).toEqual({ page: 1, pageSize: 20 }));
  });

  it('shows a failed load with 重新加载', async () => {
    let fail = true;
    fakeApi((req) => {
      if (req.url === '/api/v1/me/jobs/subscription') return { statusCode: 200, data: { subscribed: false } };
      if (fail) return { statusCode: 500, data: { statusCode: 500, error: ErrorCode.INTERNAL, message: '服务器错误' } };
      return { statusCode: 200, data: page([recommended()]) };
    });

    render(<JobsIndexPage />);

    await waitFor(() => expect(screen.getByTestId('jobs-failed')).toBeTruthy());
    fail = false;
    fireEvent.click(screen.getByTestId('jobs-retry'));
    await waitFor(() => expect(screen.getByTestId('job-card-11')).toBeTruthy());
  });

  it('turns job pushes on with the switch', async () => {
    const sent = fakeApi((req) => {
      if (req.url === '/api/v1/me/jobs/subscription') {
        return { statusCode: 200, data: { subscribed: req.method === 'PUT' ? req.data?.subscribed : false } };
      }
      return { statusCode: 200, data: page([]) };
    });

    render(<JobsIndexPage />);

    const box = await screen.findByTestId('job-subscription');
    const toggle = await within(box).findByRole('switch');
    expect((toggle as HTMLInputElement).checked).toBe(false);
    fireEvent.click(toggle);
    await waitFor(() => expect((within(box).getByRole('switch') as HTMLInputElement).checked).toBe(true));
    const put = sent.find((r) => r.method === 'PUT');
    expect(put?.url).toBe('/api/v1/me/jobs/subscription');
    expect(put?.data).toEqual({ subscribed: true });
  });

  it('turns 零工模式 on with the kinds picked, and then links to the gigs near the worker', async () => {
    const sent = fakeApi((req) => {
      if (req.url === '/api/v1/me/jobs/subscription') return { statusCode: 200, data: { subscribed: false } };
      if (req.url === '/api/v1/me/jobs/gig-mode') {
        const on = req.method === 'PUT';
        return {
          statusCode: 200,
          data: {
            available: on,
            kinds: on ? req.data?.kinds : [],
            regionCode: '630102',
            regionName: '青海省 / 西宁市 / 城东区',
            updatedAt: null,
          },
        };
      }
      return { statusCode: 200, data: page([]) };
    });

    render(<JobsIndexPage />);

    const box = await screen.findByTestId('gig-mode');
    fireEvent.click(await within(box).findByTestId('gig-kind-焊工'));
    fireEvent.click(within(box).getByRole('switch'));
    await waitFor(() => expect(within(box).getByTestId('gig-view')).toBeTruthy());
    const put = sent.find((r) => r.method === 'PUT' && r.url === '/api/v1/me/jobs/gig-mode');
    expect(put?.data).toEqual({ available: true, kinds: ['焊工'] });
    fireEvent.click(within(box).getByTestId('gig-view'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/jobs/pages/gigs' });
  });
});
