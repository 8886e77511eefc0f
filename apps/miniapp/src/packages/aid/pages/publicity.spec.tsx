import { render, screen, waitFor, within } from '@testing-library/react';
import { AidApplicationStatus, AidType, NotificationStatus, type PublicityResponse } from '@steadywork/shared';
import { fakeApi } from '../../../../test/fake-api';
import { resetTaro } from '../../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import AidNotificationsPage from './notifications';
import AidPublicityPage from './publicity';

jest.mock('../nutui', () => jest.requireActual('../../../../test/mocks/nutui'));

function publicity(overrides: Partial<PublicityResponse> = {}): PublicityResponse {
  return {
    id: 6,
    programId: 3,
    programName: '2026年“221”工程创业补助',
    year: 2026,
    aidType: AidType.STARTUP_SUBSIDY,
    startsAt: '2026-11-23T02:15:00.000Z',
    endsAt: '2026-11-27T15:59:59.999Z',
    active: true,
    closedAt: null,
    weekdayFallbackYears: [],
    entries: [
      {
        applicationId: 41,
        name: '马晓兰',
        idNumberMasked: '630102********0829',
        regionName: '西宁市城东区',
        aidType: AidType.STARTUP_SUBSIDY,
        amountFen: 2_000_000,
        status: AidApplicationStatus.PUBLICIZING,
      },
    ],
    ...overrides,
  };
}

describe('AidPublicityPage (公示)', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  it('lists each active publicity with its period and entries', async () => {
    const sent = fakeApi(() => ({
      statusCode: 200,
      data: [publicity(), publicity({ id: 7, active: false, programName: '已结束的公示' })],
    }));

    render(<AidPublicityPage />);

    await waitFor(() => expect(screen.getByTestId('aid-publicity-6')).toBeTruthy());
    expect(sent[0].url).toBe('/api/v1/aid/publicities/current');
    expect(screen.queryByTestId('aid-publicity-7')).toBeNull();
    const card = within(screen.getByTestId('aid-publicity-6'));
    expect(card.getByTestId('aid-publicity-period').textContent).toBe('2026-11-23 10:15 至 2026-11-27');
    const entry = card.getByTestId('aid-publicity-entry').textContent;
    for (const text of ['马晓兰', '630102********0829', '西宁市城东区', '创业补助', '¥20,000.00']) {
      expect(entry).toContain(text);
    }
  });

  it('says so when nothing is in publicity', async () => {
    fakeApi(() => ({ statusCode: 200, data: [] }));

    render(<AidPublicityPage />);

    await waitFor(() => expect(screen.getByTestId('aid-publicity-empty').textContent).toBe('当前没有正在公示的名单'));
  });
});

describe('AidNotificationsPage (消息)', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  it('lists the messages newest first', async () => {
    fakeApi(() => ({
      statusCode: 200,
      data: [
        {
          id: 1,
          title: '申请已提交',
          body: '您的申请已提交。',
          status: NotificationStatus.SKIPPED,
          createdAt: '2026-11-24T01:00:00Z',
        },
        {
          id: 2,
          title: '申请被退回',
          body: '请补充材料。',
          status: NotificationStatus.SENT,
          createdAt: '2026-11-25T02:30:00Z',
        },
      ],
    }));

    render(<AidNotificationsPage />);

    await waitFor(() => expect(screen.getAllByTestId('aid-notification')).toHaveLength(2));
    expect(screen.getAllByTestId('aid-notification').map((n) => n.textContent)).toEqual([
      '申请被退回2026-11-25 10:30请补充材料。',
      '申请已提交2026-11-24 09:00您的申请已提交。',
    ]);
  });

  it('says so when there is none', async () => {
    fakeApi(() => ({ statusCode: 200, data: [] }));

    render(<AidNotificationsPage />);

    await waitFor(() => expect(screen.getByTestId('aid-notifications-empty')).toBeTruthy());
  });
});
