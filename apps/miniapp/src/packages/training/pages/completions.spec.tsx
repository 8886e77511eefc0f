import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { completion } from '../../../../test/training-fixtures';
import { fakeApi } from '../../../../test/fake-api';
import { resetTaro, setClipboardData } from '../../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import CompletionsPage from './completions';

describe('CompletionsPage (结业证书)', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  it('shows each certificate with its verification code, newest first, and copies the code', async () => {
    const sent = fakeApi(() => ({
      statusCode: 200,
      data: [
        completion({ id: 71, completedAt: '2026-06-05T02:00:00Z', verificationCode: 'QH151-OLD1-0001' }),
        completion({ id: 72, completedAt: '2026-12-05T02:00:00Z' }),
      ],
    }));

    render(<CompletionsPage />);

    await waitFor(() => expect(screen.getByTestId('completion-72')).toBeTruthy());
    expect(sent[0].url).toBe('/api/v1/me/training/completions');
    const ids = Array.from(document.querySelectorAll('[data-testid^="completion-7"]')).map((el) =>
      el.getAttribute('data-testid'),
    );
    expect(ids).toEqual(['completion-72', 'completion-71']);
    const cert = within(screen.getByTestId('completion-72'));
    expect(cert.getByTestId('completion-code').textContent).toBe('QH151-7K2M-9XPA');
    expect(cert.getByTestId('completion-body').textContent).toContain(
      '马建国 同志参加了 西宁市城东区职工服务中心 举办的“家政服务员（母婴护理）培训班”（技能培训）',
    );
    expect(cert.getByTestId('completion-body').textContent).toContain('出勤 9/10 次');
    expect(cert.getByTestId('course-domestic')).toBeTruthy();

    fireEvent.click(cert.getByTestId('completion-copy'));
    expect(setClipboardData).toHaveBeenCalledWith({ data: 'QH151-7K2M-9XPA' });
  });

  it('says how a certificate is earned when there is none yet', async () => {
    fakeApi(() => ({ statusCode: 200, data: [] }));

    render(<CompletionsPage />);

    expect((await screen.findByTestId('completions-empty')).textContent).toContain('出勤达到要求即可获得');
  });
});
