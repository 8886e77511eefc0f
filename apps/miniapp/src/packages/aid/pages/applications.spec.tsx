import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AidApplicationStatus, AidEventType, ErrorCode } from '@steadywork/shared';
import { aidApplication, aidEvent } from '../../../../test/aid-fixtures';
import { fakeApi } from '../../../../test/fake-api';
import { navigateTo, resetTaro, setRouterParams, showModal } from '../../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import AidApplicationPage from './application';
import AidApplicationsPage from './applications';

jest.mock('../nutui', () => jest.requireActual('../../../../test/mocks/nutui'));

const RETURNED = aidApplication({
  id: 41,
  status: AidApplicationStatus.RETURNED,
  lastComment: '请补充营业执照照片',
  submittedAt: '2026-11-24T01:00:00.000Z',
  events: [
    aidEvent({ id: 1 }),
    aidEvent({
      id: 2,
      type: AidEventType.SUBMITTED,
      toStatus: AidApplicationStatus.SUBMITTED,
      createdAt: '2026-11-24T01:00:00.000Z',
    }),
    aidEvent({
      id: 3,
      type: AidEventType.RETURNED,
      toStatus: AidApplicationStatus.RETURNED,
      actorName: '王审核',
      comment: '请补充营业执照照片',
      createdAt: '2026-11-25T02:30:00.000Z',
    }),
  ],
});

const DRAFT = aidApplication({
  id: 42,
  status: AidApplicationStatus.DRAFT,
  programName: '2026年“221”工程生产资料帮扶',
});

const PAID = aidApplication({
  id: 40,
  year: 2025,
  programName: '2025年“221”工程创业补助',
  status: AidApplicationStatus.PAID,
  disbursement: {
    amountFen: 2_000_000,
    voucherNo: 'QH-2025-0088',
    paidAt: '2025-12-09T16:30:00.000Z',
    recordedBy: '李会计',
    recordedAt: '2025-12-10T02:00:00.000Z',
  },
  events: [aidEvent({ id: 9, type: AidEventType.PAID, toStatus: AidApplicationStatus.PAID, actorName: '李会计' })],
});

const card = (id: number) => within(screen.getByTestId(`aid-application-${id}`));

describe('AidApplicationsPage (我的申请)', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  it('shows each status, the reviewer’s comment and every step with its Beijing time', async () => {
    fakeApi(() => ({ statusCode: 200, data: [RETURNED, DRAFT, PAID] }));

    render(<AidApplicationsPage />);
    await waitFor(() => expect(screen.getByTestId('aid-application-41')).toBeTruthy());

    const returned = card(41);
    expect(returned.getByTestId('aid-status').textContent).toBe('退回修改');
    expect(returned.getByTestId('aid-return-comment').textContent).toContain('请补充营业执照照片');
    const steps = returned.getAllByTestId('aid-timeline-item').map((item) => item.textContent);
    expect(steps).toEqual([
      expect.stringContaining('退回修改2026-11-25 10:30王审核请补充营业执照照片'),
      expect.stringContaining('提交申请2026-11-24 09:00本人'),
      expect.stringContaining('创建草稿2026-11-23 16:00本人'),
    ]);
    fireEvent.click(returned.getByTestId('aid-resubmit'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/aid/pages/apply?id=41' });

    expect(card(42).getByTestId('aid-status').textContent).toBe('草稿');
    fireEvent.click(card(42).getByTestId('aid-edit'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/aid/pages/apply?id=42' });

    const paid = card(40);
    expect(paid.getByTestId('aid-status').textContent).toBe('已发放');
    expect(paid.getByTestId('aid-disbursement').textContent).toContain('¥20,000.00');
    expect(paid.getByTestId('aid-disbursement').textContent).toContain('2025-12-10');
    expect(paid.queryByTestId('aid-withdraw')).toBeNull();
    expect(paid.queryByTestId('aid-edit')).toBeNull();
  });

  it('withdraws a draft after the worker confirms', async () => {
    const sent = fakeApi((req) =>
      req.method === 'POST'
        ? { statusCode: 200, data: { ...DRAFT, status: AidApplicationStatus.WITHDRAWN } }
        : { statusCode: 200, data: [DRAFT] },
    );
    render(<AidApplicationsPage />);
    await waitFor(() => expect(screen.getByTestId('aid-withdraw')).toBeTruthy());

    showModal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' });
    fireEvent.click(screen.getByTestId('aid-withdraw'));
    await waitFor(() => expect(showModal).toHaveBeenCalledTimes(1));
    expect(sent.filter((r) => r.method === 'POST')).toHaveLength(0);

    fireEvent.click(screen.getByTestId('aid-withdraw'));

    await waitFor(() => expect(screen.getByTestId('aid-status').textContent).toBe('已撤回'));
    expect(sent.filter((r) => r.method === 'POST').map((r) => r.url)).toEqual(['/api/v1/aid/applications/42/withdraw']);
    expect(screen.queryByTestId('aid-withdraw')).toBeNull();
  });

  it('shows why a withdrawal was refused', async () => {
    fakeApi((req) =>
      req.method === 'POST'
        ? {
            statusCode: 409,
            data: { statusCode: 409, error: ErrorCode.CONFLICT, message: '申请待复审，不能撤回' },
          }
        : { statusCode: 200, data: [DRAFT] },
    );
    render(<AidApplicationsPage />);
    await waitFor(() => expect(screen.getByTestId('aid-withdraw')).toBeTruthy());

    fireEvent.click(screen.getByTestId('aid-withdraw'));

    await waitFor(() =>
      expect(showModal).toHaveBeenLastCalledWith(expect.objectContaining({ content: '申请待复审，不能撤回' })),
    );
    expect(screen.getByTestId('aid-status').textContent).toBe('草稿');
  });

  it('invites a worker without applications to apply', async () => {
    fakeApi(() => ({ statusCode: 200, data: [] }));

    render(<AidApplicationsPage />);

    await waitFor(() => expect(screen.getByTestId('aid-applications-empty')).toBeTruthy());
    fireEvent.click(screen.getByText('去申请'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/aid/pages/index' });
  });
});

describe('AidApplicationPage (申请详情)', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  it('shows one application with what the worker sent', async () => {
    const sent = fakeApi(() => ({
      statusCode: 200,
      data: {
        ...RETURNED,
        startup: { businessName: '马记面馆', creditCode: null, businessPlan: '开一家牛肉面馆', expectedJobs: 2 },
        statement: '想开面馆。',
        attachments: [
          { id: 'f-1', key: 'licence', name: '计划书.pdf', mime: 'application/pdf', size: 9, createdAt: '' },
        ],
      },
    }));
    setRouterParams({ id: '41' });

    render(<AidApplicationPage />);

    await waitFor(() => expect(screen.getByTestId('aid-content')).toBeTruthy());
    expect(sent[0].url).toBe('/api/v1/aid/applications/41');
    expect(screen.getByTestId('aid-status').textContent).toBe('退回修改');
    const content = within(screen.getByTestId('aid-content'));
    expect(content.getByText('马记面馆')).toBeTruthy();
    expect(content.getByText('开一家牛肉面馆')).toBeTruthy();
    expect(content.getByText('· 计划书.pdf')).toBeTruthy();
    expect(screen.queryByTestId('aid-detail')).toBeNull();
  });
});
