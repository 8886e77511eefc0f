import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { PrincipalType } from '@steadywork/shared';
import { bearer, fakeApi } from '../../../test/fake-api';
import { navigateTo, reLaunch, resetTaro } from '../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import MePage from './index';

describe('MePage', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  it('shows the worker their registered name (masked), never the openid, and leads to 我的实名信息', async () => {
    fakeApi(() => ({
      statusCode: 200,
      data: {
        type: PrincipalType.WORKER,
        id: 1,
        openidMasked: 'bro***ker',
        nameMasked: '卓**金',
        createdAt: '2026-11-23T08:00:00.000Z',
      },
    }));

    render(<MePage />);

    await waitFor(() => expect(document.querySelector('.me-name')?.textContent).toBe('卓**金'));
    expect(screen.getByText('2026-11-23')).toBeTruthy();
    expect(document.body.textContent).not.toContain('bro***ker');
    expect(document.body.textContent).not.toContain('openid');
    fireEvent.click(screen.getByText('我的实名信息'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/worker/pages/profile' });
  });

  it('asks a worker who has not registered to register', async () => {
    fakeApi(() => ({
      statusCode: 200,
      data: { type: PrincipalType.WORKER, id: 1, openidMasked: 'bro***ker', nameMasked: null, createdAt: '2026-11-23' },
    }));
    render(<MePage />);
    await waitFor(() => expect(document.querySelector('.me-name')?.textContent).toBe('尚未实名登记'));
    fireEvent.click(screen.getByText('去实名登记'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/worker/pages/profile' });
  });

  it('revokes the refresh token, forgets the tokens and returns to login on logout', async () => {
    const sent = fakeApi((req) =>
      req.url.endsWith('/auth/me')
        ? {
            statusCode: 200,
            data: {
              type: PrincipalType.WORKER,
              id: 1,
              openidMasked: 'bro***ker',
              nameMasked: '卓**金',
              createdAt: '2026-11-23',
            },
          }
        : { statusCode: 204 },
    );
    render(<MePage />);
    await waitFor(() => expect(document.querySelector('.me-profile')).toBeTruthy());

    fireEvent.click(screen.getByRole('button', { name: '退出登录' }));

    await waitFor(() => expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' }));
    const logoutCall = sent.find((r) => r.url === '/api/v1/auth/logout');
    expect(logoutCall).toMatchObject({ method: 'POST', data: { refreshToken: 'refresh-1' } });
    expect(bearer(logoutCall!)).toBe('Bearer access-1');
    expect(tokenStorage.hasSession()).toBe(false);
  });

  it('leads a worker to their aid applications, the publicity list and messages', async () => {
    fakeApi(() => ({
      statusCode: 200,
      data: {
        type: PrincipalType.WORKER,
        id: 1,
        openidMasked: 'bro***ker',
        nameMasked: '卓**金',
        createdAt: '2026-11-23T08:00:00.000Z',
      },
    }));
    render(<MePage />);
    await waitFor(() => expect(screen.getByText('我的帮扶申请')).toBeTruthy());

    const expected: Array<[string, string]> = [
      ['我的帮扶申请', '/packages/aid/pages/applications'],
      ['帮扶公示', '/packages/aid/pages/publicity'],
      ['消息通知', '/packages/aid/pages/notifications'],
    ];
    for (const [text, url] of expected) {
      fireEvent.click(screen.getByText(text));
      expect(navigateTo).toHaveBeenLastCalledWith({ url });
    }
  });

  it('leads a worker to their service requests and the centers near them', async () => {
    fakeApi(() => ({
      statusCode: 200,
      data: {
        type: PrincipalType.WORKER,
        id: 1,
        openidMasked: 'bro***ker',
        nameMasked: '卓**金',
        createdAt: '2026-11-23T08:00:00.000Z',
      },
    }));
    render(<MePage />);
    await waitFor(() => expect(screen.getByText('我的服务请求')).toBeTruthy());

    expect(document.querySelector('.me-service-requests')).toBeTruthy();
    fireEvent.click(screen.getByText('我的服务请求'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/centers/pages/requests' });
    fireEvent.click(screen.getByText('附近的帮扶中心'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/centers/pages/index' });
  });

  it('shows no aid entries to a staff account', async () => {
    fakeApi(() => ({
      statusCode: 200,
      data: { type: PrincipalType.STAFF, id: 2, username: 'xining_reviewer', displayName: '西宁审核员' },
    }));
    render(<MePage />);
    await waitFor(() => expect(screen.getByText('xining_reviewer')).toBeTruthy());

    expect(screen.queryByText('我的帮扶申请')).toBeNull();
    expect(screen.queryByText('我的服务请求')).toBeNull();
  });

  it('leads a worker to their training, check-in, certificates and learning records', async () => {
    fakeApi(() => ({
      statusCode: 200,
      data: {
        type: PrincipalType.WORKER,
        id: 1,
        openidMasked: 'bro***ker',
        nameMasked: '卓**金',
        createdAt: '2026-11-23T08:00:00.000Z',
      },
    }));
    render(<MePage />);
    await waitFor(() => expect(screen.getByText('我的培训')).toBeTruthy());

    const expected: Array<[string, string]> = [
      ['.me-training-enrolments', '/packages/training/pages/enrolments'],
      ['.me-training-checkin', '/packages/training/pages/checkin'],
      ['.me-training-completions', '/packages/training/pages/completions'],
      ['.me-training-learning', '/packages/training/pages/learning'],
    ];
    for (const [selector, url] of expected) {
      fireEvent.click(document.querySelector(selector)!);
      expect(navigateTo).toHaveBeenLastCalledWith({ url });
    }
    expect(document.querySelector('.me-trainer-courses')).toBeNull();
  });

  it('leads a trainer to trainer mode, and not to the workers’ pages', async () => {
    fakeApi(() => ({
      statusCode: 200,
      data: { type: PrincipalType.STAFF, id: 21, username: 'trainer', displayName: '王老师', roles: ['TRAINER'] },
    }));
    render(<MePage />);
    await waitFor(() => expect(document.querySelector('.me-trainer-courses')).toBeTruthy());

    fireEvent.click(document.querySelector('.me-trainer-courses')!);
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/training/pages/trainer' });
    expect(document.querySelector('.me-training-enrolments')).toBeNull();
  });
});
