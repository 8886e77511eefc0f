import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DemandAction, DemandStatus, ErrorCode } from '@steadywork/shared';
import { aDemand } from '../../../../test/demands-fixtures';
import { fakeApi, type SentRequest } from '../../../../test/fake-api';
import { resetTaro, setRouterParams, showModal } from '../../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import DemandDetailPage from './detail';

jest.mock('../nutui', () => jest.requireActual('../../../../test/mocks/nutui'));

const CLOSED = aDemand({
  status: DemandStatus.CLOSED,
  result: '已追回工资 12000 元',
  closedAt: '2026-06-12T02:00:00.000Z',
  events: [
    { id: 1, action: DemandAction.SUBMIT, actorName: '李四', note: null, at: '2026-06-10T02:00:00.000Z' },
    { id: 2, action: DemandAction.ACCEPT, actorName: '城东区总工会', note: null, at: '2026-06-10T03:00:00.000Z' },
    {
      id: 3,
      action: DemandAction.CLOSE,
      actorName: '城东区总工会',
      note: '已追回工资 12000 元',
      at: '2026-06-12T02:00:00.000Z',
    },
  ],
});

function open(
  demand = CLOSED,
  rate: (req: SentRequest) => { statusCode: number; data?: unknown } = () => ({ statusCode: 500 }),
) {
  const sent = fakeApi((req) => (req.method === 'GET' ? { statusCode: 200, data: demand } : rate(req)));
  setRouterParams({ id: String(demand.id) });
  render(<DemandDetailPage />);
  return sent;
}

describe('DemandDetailPage (诉求详情)', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  it('shows each step newest first, and no rating before it is closed', async () => {
    open(aDemand());
    await waitFor(() => expect(screen.getByTestId('dm-status')).toBeTruthy());
    expect(screen.getByTestId('dm-status').textContent).toContain('待受理');
    expect(screen.getAllByTestId('demands-timeline-item')).toHaveLength(1);
    expect(screen.queryByTestId('dm-rate-form')).toBeNull();
  });

  it('rates a closed demand once: stars required, then the rating replaces the form', async () => {
    const sent = open(CLOSED, (req) => ({
      statusCode: 200,
      data: { ...CLOSED, rating: (req.data as { rating: number }).rating, ratingComment: '很满意' },
    }));
    await waitFor(() => expect(screen.getByTestId('dm-rate-form')).toBeTruthy());
    const items = screen.getAllByTestId('demands-timeline-item');
    expect(items).toHaveLength(3);
    expect(items[0].textContent).toContain('办结');
    expect(items[0].textContent).toContain('已追回工资 12000 元');
    expect(screen.getByTestId('dm-result').textContent).toContain('已追回工资 12000 元');

    fireEvent.click(screen.getByTestId('dm-rate-submit'));
    expect(screen.getByText('请选择 1 至 5 星')).toBeTruthy();
    expect(sent.filter((r) => r.method === 'POST')).toHaveLength(0);

    fireEvent.click(screen.getByTestId('dm-rate').querySelectorAll('.nut-rate-item')[3]);
    fireEvent.change(screen.getByTestId('dm-rate-form').querySelector('textarea')!, { target: { value: ' 很满意 ' } });
    fireEvent.click(screen.getByTestId('dm-rate-submit'));

    await waitFor(() => expect(screen.getByTestId('dm-rating').textContent).toContain('4 星'));
    const post = sent.find((r) => r.method === 'POST')!;
    expect(post.url).toBe('/api/v1/me/demands/31/rating');
    expect(post.data).toEqual({ rating: 4, comment: '很满意' });
    expect(screen.queryByTestId('dm-rate-form')).toBeNull();
  });

  it('explains a refused rating (already rated elsewhere) in a dialog', async () => {
    open(CLOSED, () => ({
      statusCode: 409,
      data: { statusCode: 409, error: ErrorCode.CONFLICT, message: '已经评价过了' },
    }));
    await waitFor(() => expect(screen.getByTestId('dm-rate-form')).toBeTruthy());
    fireEvent.click(screen.getByTestId('dm-rate').querySelectorAll('.nut-rate-item')[4]);
    fireEvent.click(screen.getByTestId('dm-rate-submit'));
    await waitFor(() => expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ content: '已经评价过了' })));
  });
});
