import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { PrincipalType } from '@steadywork/shared';
import { fakeApi } from '../../../test/fake-api';
import { navigateTo, reLaunch, resetTaro } from '../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import HomePage from './index';

describe('HomePage', () => {
  beforeEach(() => resetTaro());

  it('sends a visitor without a session to the login page', () => {
    const sent = fakeApi(() => ({ statusCode: 200 }));

    render(<HomePage />);

    expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' });
    expect(sent).toHaveLength(0);
  });

  it("shows the platform's name and opens each module in its own sub-package", async () => {
    tokenStorage.save({ accessToken: 'a', refreshToken: 'r', expiresIn: 900 });
    fakeApi(() => ({
      statusCode: 200,
      data: {
        type: PrincipalType.WORKER,
        id: 1,
        openidMasked: 'h5-***abc',
        nameMasked: null,
        createdAt: '2026-11-23T00:00:00Z',
      },
    }));

    render(<HomePage />);

    expect(document.querySelector('.home-title')?.textContent).toBe('稳就业 · 工会就业服务平台');
    // not registered yet: no name to greet
    await waitFor(() => expect(screen.getByText('您好，职工朋友')).toBeTruthy());
    const expected: Array<[string, string]> = [
      ['找工作', '/packages/jobs/pages/index'],
      ['困难帮扶', '/packages/aid/pages/index'],
      ['帮扶中心', '/packages/centers/pages/index'],
      ['技能培训', '/packages/training/pages/index'],
      ['实名登记', '/packages/worker/pages/profile'],
    ];
    for (const [text, url] of expected) {
      fireEvent.click(screen.getByText(text));
      expect(navigateTo).toHaveBeenLastCalledWith({ url });
    }
    expect(reLaunch).not.toHaveBeenCalled();
  });

  it('greets a registered worker by their name, masked', async () => {
    tokenStorage.save({ accessToken: 'a', refreshToken: 'r', expiresIn: 900 });
    fakeApi(() => ({
      statusCode: 200,
      data: {
        type: PrincipalType.WORKER,
        id: 1,
        openidMasked: 'h5-***abc',
        nameMasked: '韩*福',
        createdAt: '2026-11-23',
      },
    }));
    render(<HomePage />);
    await waitFor(() => expect(screen.getByText('您好，韩*福')).toBeTruthy());
  });

  it('shows a trainer the way to trainer mode only', async () => {
    tokenStorage.save({ accessToken: 'a', refreshToken: 'r', expiresIn: 900 });
    fakeApi(() => ({
      statusCode: 200,
      data: { type: PrincipalType.STAFF, id: 21, username: 'trainer', displayName: '王老师', roles: ['TRAINER'] },
    }));

    render(<HomePage />);

    await waitFor(() => expect(screen.getByText('您好，王老师')).toBeTruthy());
    expect(screen.queryByText('困难帮扶')).toBeNull();
    fireEvent.click(screen.getByText('培训考勤'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/training/pages/trainer' });
  });
});
