import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AidType, EligibilityReason } from '@steadywork/shared';
import { aidProgram } from '../../../../test/aid-fixtures';
import { fakeApi } from '../../../../test/fake-api';
import { navigateTo, reLaunch, resetTaro } from '../../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import AidProgramsPage from './index';

jest.mock('../nutui', () => jest.requireActual('../../../../test/mocks/nutui'));

const card = (aidType: AidType) => screen.getByTestId(`aid-program-${aidType}`);

describe('AidProgramsPage (困难帮扶)', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  it('sends a visitor without a session to the login page', () => {
    tokenStorage.clear();
    const sent = fakeApi(() => ({ statusCode: 500 }));

    render(<AidProgramsPage />);

    expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' });
    expect(sent).toHaveLength(0);
  });

  it('explains each programme and lets an eligible worker apply', async () => {
    fakeApi(() => ({
      statusCode: 200,
      data: [
        aidProgram(),
        aidProgram({
          id: 5,
          aidType: AidType.PRODUCTION_MATERIALS,
          name: '2026年“221”工程生产资料帮扶',
          quota: 20,
          awarded: 20,
          requiredAttachments: [{ key: 'quote', label: '物资报价单' }],
          eligibility: {
            eligible: false,
            reasons: [
              { code: EligibilityReason.NO_ACTIVE_ARCHIVE, message: '没有在档的困难档案' },
              { code: EligibilityReason.ALREADY_AWARDED, message: '本年度已获帮扶' },
            ],
          },
        }),
      ],
    }));

    render(<AidProgramsPage />);
    expect(screen.getByTestId('aid-loading')).toBeTruthy();
    await waitFor(() => expect(card(AidType.STARTUP_SUBSIDY)).toBeTruthy());

    const startup = within(card(AidType.STARTUP_SUBSIDY));
    expect(startup.getByText('每人 ¥20,000.00')).toBeTruthy();
    expect(startup.getByText('15 / 20 名')).toBeTruthy();
    expect(startup.getByText('2026-03-01 至 2026-12-31')).toBeTruthy();
    expect(startup.getByText('· 营业执照或创业计划书')).toBeTruthy();
    expect(startup.getByText('为在档困难职工自主创业提供一次性补助。')).toBeTruthy();
    const apply = startup.getByTestId('aid-apply') as HTMLButtonElement;
    expect(apply.disabled).toBe(false);
    fireEvent.click(apply);
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/aid/pages/apply?programId=3' });

    const materials = within(card(AidType.PRODUCTION_MATERIALS));
    expect(materials.getByText('0 / 20 名')).toBeTruthy();
    expect(materials.getByText('· 没有在档的困难档案')).toBeTruthy();
    expect(materials.getByText('· 本年度已获帮扶')).toBeTruthy();
    expect((materials.getByTestId('aid-apply') as HTMLButtonElement).disabled).toBe(true);
  });

  it('sends a worker who has not registered to the registration page', async () => {
    fakeApi(() => ({
      statusCode: 200,
      data: [
        aidProgram({
          eligibility: {
            eligible: false,
            reasons: [{ code: EligibilityReason.NOT_REGISTERED, message: '请先完成职工实名登记' }],
          },
        }),
      ],
    }));

    render(<AidProgramsPage />);
    await waitFor(() => expect(screen.getByTestId('aid-register')).toBeTruthy());

    expect(screen.queryByTestId('aid-apply')).toBeNull();
    expect(screen.getByText('· 请先完成职工实名登记')).toBeTruthy();
    fireEvent.click(screen.getByTestId('aid-register'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/worker/pages/profile' });
  });

  it('links to the open application instead of applying again', async () => {
    fakeApi(() => ({
      statusCode: 200,
      data: [
        aidProgram({
          myApplicationId: 41,
          eligibility: {
            eligible: false,
            reasons: [{ code: EligibilityReason.OPEN_APPLICATION, message: '已有进行中的申请' }],
          },
        }),
      ],
    }));

    render(<AidProgramsPage />);
    await waitFor(() => expect(screen.getByTestId('aid-view-application')).toBeTruthy());

    expect(screen.queryByTestId('aid-apply')).toBeNull();
    fireEvent.click(screen.getByTestId('aid-view-application'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/aid/pages/application?id=41' });
  });

  it('says so when there is no programme, and links to the other aid pages', async () => {
    fakeApi(() => ({ statusCode: 200, data: [] }));

    render(<AidProgramsPage />);

    await waitFor(() => expect(screen.getByTestId('aid-programs-empty')).toBeTruthy());
    const links: Array<[string, string]> = [
      ['aid-nav-applications', '/packages/aid/pages/applications'],
      ['aid-nav-publicity', '/packages/aid/pages/publicity'],
      ['aid-nav-notifications', '/packages/aid/pages/notifications'],
    ];
    for (const [testId, url] of links) {
      fireEvent.click(screen.getByTestId(testId));
      expect(navigateTo).toHaveBeenLastCalledWith({ url });
    }
  });

  it('offers a retry when the list cannot be loaded', async () => {
    let calls = 0;
    fakeApi(() => {
      calls += 1;
      return calls === 1 ? { statusCode: 500 } : { statusCode: 200, data: [aidProgram()] };
    });

    render(<AidProgramsPage />);
    await waitFor(() => expect(screen.getByTestId('aid-failed')).toBeTruthy());

    fireEvent.click(screen.getByText('重新加载'));

    await waitFor(() => expect(card(AidType.STARTUP_SUBSIDY)).toBeTruthy());
  });
});
