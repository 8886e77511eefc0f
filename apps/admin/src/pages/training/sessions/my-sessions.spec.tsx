import { Role, TrainingSessionStatus } from '@steadywork/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderAt, signedInAs } from '../../../../test/app';
import { route } from '../../../../test/fake-api';
import { aQr, aRoster, aSession } from '../../../../test/training';

beforeEach(() => localStorage.clear());

const menuLabels = () => screen.queryAllByRole('menuitem').map((item) => item.textContent?.trim());

describe('a trainer’s sessions', () => {
  it('lists the sessions they teach and opens one’s check-in page from the 职工培训 menu', async () => {
    signedInAs(
      [Role.TRAINER],
      [
        route('GET', '/training/sessions/mine', () => ({
          status: 200,
          body: [
            {
              ...aSession({ status: TrainingSessionStatus.OPEN }),
              courseTitle: '家政服务员（育婴员）培训班',
              venue: '城东区职工服务中心三楼培训室',
              enrolled: 28,
            },
          ],
        })),
        route('GET', '/training/sessions/11/roster', () => ({ status: 200, body: aRoster() })),
        route('GET', '/training/sessions/11/qr', () => ({ status: 200, body: aQr() })),
      ],
    );
    renderAt('/training/sessions');

    const link = await screen.findByTestId('session-link-11', undefined, { timeout: 45_000 });
    expect(screen.getByTestId('my-session-11').textContent).toContain('家政服务员（育婴员）培训班 · 第 1 次课');
    expect(screen.getByTestId('my-session-11').textContent).toContain('签到中');
    await waitFor(() => expect(menuLabels()).toEqual(['工作台', '职工培训', '培训课程', '我的课次']));

    fireEvent.click(link);
    await waitFor(() => expect(screen.getByTestId('qr-token').getAttribute('data-token')).toBe('tok-1'));
    expect(screen.getByTestId('qr-short-code').textContent).toBe('123456');
  });

  it('gives an auditor 403 on the training pages', async () => {
    signedInAs([Role.AUDITOR]);
    renderAt('/training/sessions/11');
    expect(await screen.findByText('403', undefined, { timeout: 45_000 })).toBeTruthy();
    expect(menuLabels()).not.toContain('职工培训');
  });
});
