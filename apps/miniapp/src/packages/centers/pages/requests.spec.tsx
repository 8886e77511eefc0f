import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import {
  CenterService,
  DisputeType,
  ErrorCode,
  ServiceOutcome,
  ServiceRequestStatus,
  type ServiceRequestResponse,
} from '@steadywork/shared';
import { serviceRequest } from '../../../../test/centers-fixtures';
import { fakeApi } from '../../../../test/fake-api';
import { navigateTo, resetTaro, showModal } from '../../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import ServiceRequestsPage from './requests';

jest.mock('../nutui', () => jest.requireActual('../../../../test/mocks/nutui'));

const PENDING = serviceRequest({ id: 51, overdue: true, createdAt: '2026-11-20T02:00:00.000Z' });
const ACCEPTED = serviceRequest({
  id: 52,
  status: ServiceRequestStatus.ACCEPTED,
  serviceType: CenterService.LEGAL_AID,
  disputeType: DisputeType.WAGES_OWED,
  acceptedAt: '2026-11-21T03:00:00.000Z',
  acceptedBy: '李律师',
  createdAt: '2026-11-21T02:00:00.000Z',
  records: [
    {
      id: 2,
      servedOn: '2026-11-22',
      serviceType: CenterService.LEGAL_AID,
      notes: '协助准备仲裁申请书',
      result: '已提交劳动仲裁',
      staffName: '李律师',
      createdAt: '2026-11-22T03:00:00.000Z',
    },
    {
      id: 1,
      servedOn: '2026-11-21',
      serviceType: CenterService.LEGAL_AID,
      notes: '电话了解欠薪情况',
      staffName: '李律师',
      createdAt: '2026-11-21T03:00:00.000Z',
    },
  ],
});
const CLOSED = serviceRequest({
  id: 53,
  status: ServiceRequestStatus.CLOSED,
  serviceType: CenterService.JOB_REFERRAL,
  outcome: ServiceOutcome.HIRED,
  summary: '推荐至青海某物流公司，已签订劳动合同',
  closedAt: '2026-11-22T08:00:00.000Z',
  createdAt: '2026-11-19T02:00:00.000Z',
});
const RATED = serviceRequest({
  id: 54,
  status: ServiceRequestStatus.CLOSED,
  outcome: ServiceOutcome.RESOLVED,
  summary: '已完成求职登记',
  rating: 4,
  ratingComment: '工作人员很耐心',
  createdAt: '2026-11-18T02:00:00.000Z',
});
const CANCELLED = serviceRequest({ id: 55, status: ServiceRequestStatus.CANCELLED, createdAt: '2026-11-17T02:00:00Z' });

const card = (id: number) => within(screen.getByTestId(`sr-${id}`));

function serve(
  list: ServiceRequestResponse[],
  write?: (url: string, data?: object) => { statusCode: number; data?: unknown },
) {
  return fakeApi((req) => {
    if (req.method === 'GET') return { statusCode: 200, data: list };
    return write ? write(req.url, req.data) : { statusCode: 500 };
  });
}

describe('ServiceRequestsPage (我的服务请求)', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  it('shows each status, newest first, with the overdue hint, the records and the outcome', async () => {
    const sent = serve([CANCELLED, CLOSED, PENDING, ACCEPTED, RATED]);

    render(<ServiceRequestsPage />);
    await waitFor(() => expect(screen.getByTestId('sr-51')).toBeTruthy());

    expect(sent[0].url).toBe('/api/v1/me/service-requests');
    const order = Array.from(document.querySelectorAll('[data-testid^="sr-5"]')).map((el) =>
      el.getAttribute('data-testid'),
    );
    expect(order).toEqual(['sr-52', 'sr-51', 'sr-53', 'sr-54', 'sr-55']);

    expect(card(51).getByTestId('sr-status').textContent).toBe('待受理');
    expect(card(51).getByTestId('sr-overdue').textContent).toContain('已超过 2 个工作日仍未受理');

    const accepted = card(52);
    expect(accepted.getByTestId('sr-status').textContent).toBe('服务中');
    expect(accepted.queryByTestId('sr-overdue')).toBeNull();
    expect(accepted.getByText('拖欠工资')).toBeTruthy();
    const records = accepted.getAllByTestId('sr-record').map((r) => r.textContent);
    expect(records).toEqual([
      expect.stringContaining('2026-11-21法律援助服务人员：李律师电话了解欠薪情况'),
      expect.stringContaining('2026-11-22法律援助服务人员：李律师协助准备仲裁申请书结果：已提交劳动仲裁'),
    ]);

    const closed = card(53);
    expect(closed.getByTestId('sr-status').textContent).toBe('已办结');
    expect(closed.getByTestId('sr-outcome').textContent).toContain('推荐成功，已就业');
    expect(closed.getByTestId('sr-outcome').textContent).toContain('推荐至青海某物流公司，已签订劳动合同');

    expect(card(55).getByTestId('sr-status').textContent).toBe('已取消');
  });

  it('offers the rating only on a closed request not yet rated, and shows a given rating', async () => {
    serve([PENDING, ACCEPTED, CLOSED, RATED, CANCELLED]);

    render(<ServiceRequestsPage />);
    await waitFor(() => expect(screen.getByTestId('sr-53')).toBeTruthy());

    expect(card(53).getByTestId('sr-rate')).toBeTruthy();
    expect(card(53).getByTestId('sr-rate-submit')).toBeTruthy();
    for (const id of [51, 52, 54, 55]) {
      expect(card(id).queryByTestId('sr-rate')).toBeNull();
      expect(card(id).queryByTestId('sr-rate-submit')).toBeNull();
    }
    expect(card(54).getByTestId('sr-rating').textContent).toContain('★★★★☆ 4 分');
    expect(card(54).getByTestId('sr-rating').textContent).toContain('工作人员很耐心');
    expect(card(53).queryByTestId('sr-rating')).toBeNull();
  });

  it('rates a closed request: stars required, then the rating replaces the form', async () => {
    const sent = serve([CLOSED], (_url, data) => ({
      statusCode: 200,
      data: { ...CLOSED, rating: (data as { rating: number }).rating, ratingComment: '很满意' },
    }));
    render(<ServiceRequestsPage />);
    await waitFor(() => expect(screen.getByTestId('sr-rate')).toBeTruthy());

    fireEvent.click(screen.getByTestId('sr-rate-submit'));
    expect(screen.getByText('请选择评分')).toBeTruthy();
    expect(sent.filter((r) => r.method === 'POST')).toHaveLength(0);

    const stars = screen.getByTestId('sr-rate').querySelectorAll('.nut-rate-item');
    fireEvent.click(stars[4]);
    fireEvent.change(screen.getByTestId('sr-rate-comment').querySelector('textarea')!, {
      target: { value: ' 很满意 ' },
    });
    fireEvent.click(screen.getByTestId('sr-rate-submit'));

    await waitFor(() => expect(screen.getByTestId('sr-rating').textContent).toContain('★★★★★ 5 分'));
    const post = sent.find((r) => r.method === 'POST')!;
    expect(post.url).toBe('/api/v1/service-requests/53/rating');
    expect(post.data).toEqual({ rating: 5, comment: '很满意' });
    expect(screen.queryByTestId('sr-rate')).toBeNull();
  });

  it('cancels a pending request after the worker confirms', async () => {
    const sent = serve([PENDING], () => ({
      statusCode: 200,
      data: { ...PENDING, status: ServiceRequestStatus.CANCELLED, overdue: false },
    }));
    render(<ServiceRequestsPage />);
    await waitFor(() => expect(screen.getByTestId('sr-cancel')).toBeTruthy());

    showModal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' });
    fireEvent.click(screen.getByTestId('sr-cancel'));
    await waitFor(() => expect(showModal).toHaveBeenCalledTimes(1));
    expect(sent.filter((r) => r.method === 'POST')).toHaveLength(0);

    fireEvent.click(screen.getByTestId('sr-cancel'));

    await waitFor(() => expect(screen.getByTestId('sr-status').textContent).toBe('已取消'));
    expect(sent.filter((r) => r.method === 'POST').map((r) => r.url)).toEqual(['/api/v1/service-requests/51/cancel']);
    expect(screen.queryByTestId('sr-cancel')).toBeNull();
    expect(screen.queryByTestId('sr-overdue')).toBeNull();
  });

  it('explains a refused cancellation and reloads the list', async () => {
    let gets = 0;
    fakeApi((req) => {
      if (req.method === 'GET') {
        gets += 1;
        return {
          statusCode: 200,
          data: [gets === 1 ? PENDING : { ...PENDING, status: ServiceRequestStatus.ACCEPTED }],
        };
      }
      return {
        statusCode: 409,
        data: { statusCode: 409, error: ErrorCode.CONFLICT, message: '该请求已受理，不能取消' },
      };
    });
    render(<ServiceRequestsPage />);
    await waitFor(() => expect(screen.getByTestId('sr-cancel')).toBeTruthy());

    fireEvent.click(screen.getByTestId('sr-cancel'));

    await waitFor(() =>
      expect(showModal).toHaveBeenLastCalledWith(expect.objectContaining({ content: '该请求已受理，不能取消' })),
    );
    await waitFor(() => expect(screen.getByTestId('sr-status').textContent).toBe('服务中'));
  });

  it('invites a worker without requests to find a center', async () => {
    serve([]);

    render(<ServiceRequestsPage />);

    await waitFor(() => expect(screen.getByTestId('sr-empty')).toBeTruthy());
    fireEvent.click(screen.getByText('查找帮扶中心'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/centers/pages/index' });
  });
});
