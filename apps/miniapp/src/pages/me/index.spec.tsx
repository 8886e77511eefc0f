import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { PrincipalType } from '@steadywork/shared';
import { bearer, fakeApi } from '../../../test/fake-api';
import { reLaunch, resetTaro } from '../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import MePage from './index';

describe('MePage', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  it('shows the masked openid of the logged-in worker', async () => {
    fakeApi(() => ({
      statusCode: 200,
      data: { type: PrincipalType.WORKER, id: 1, openidMasked: 'bro***ker', createdAt: '2026-11-23T08:00:00.000Z' },
    }));

    render(<MePage />);

    await waitFor(() => expect(document.querySelector('.me-openid')?.textContent).toBe('bro***ker'));
    expect(screen.getByText('2026-11-23')).toBeTruthy();
  });

  it('revokes the refresh token, forgets the tokens and returns to login on logout', async () => {
    const sent = fakeApi((req) =>
      req.url.endsWith('/auth/me')
        ? {
            statusCode: 200,
            data: { type: PrincipalType.WORKER, id: 1, openidMasked: 'bro***ker', createdAt: '2026-11-23' },
          }
        : { statusCode: 204 },
    );
    render(<MePage />);
    await waitFor(() => expect(document.querySelector('.me-openid')).toBeTruthy());

    fireEvent.click(screen.getByRole('button', { name: '退出登录' }));

    await waitFor(() => expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' }));
    const logoutCall = sent.find((r) => r.url === '/api/v1/auth/logout');
    expect(logoutCall).toMatchObject({ method: 'POST', data: { refreshToken: 'refresh-1' } });
    expect(bearer(logoutCall!)).toBe('Bearer access-1');
    expect(tokenStorage.hasSession()).toBe(false);
  });
});
