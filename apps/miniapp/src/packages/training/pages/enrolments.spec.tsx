import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { EnrolmentStatus, TrainingSessionStatus } from '@steadywork/shared';
import { completion, course, enrolment, session } from '../../../../test/training-fixtures';
import { fakeApi } from '../../../../test/fake-api';
import { resetTaro, showModal } from '../../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import MyEnrolmentsPage from './enrolments';

describe('MyEnrolmentsPage (我的培训)', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  it('shows each enrolment with status, waiting position, progress and attendance once completed', async () => {
    fakeApi((req) => {
      if (req.url.endsWith('/me/training/enrolments')) {
        return {
          statusCode: 200,
          data: [
            enrolment({ id: 503, courseId: 13, courseTitle: '已结业课程' }),
            enrolment({
              id: 502,
              courseId: 12,
              status: EnrolmentStatus.WAITLISTED,
              waitlistPosition: 2,
              enrolledAt: null,
            }),
            enrolment({ id: 501 }),
          ],
        };
      }
      if (req.url.endsWith('/me/training/completions')) {
        return { statusCode: 200, data: [completion({ courseId: 13 })] };
      }
      if (req.url.endsWith('/training/courses/11')) {
        return {
          statusCode: 200,
          data: course({
            sessions: [
              session({ id: 101, status: TrainingSessionStatus.CLOSED }),
              session({ id: 102, status: TrainingSessionStatus.OPEN, startsAt: '2020-01-01T01:00:00Z' }),
              session({ id: 103, startsAt: '2099-01-01T01:00:00Z', endsAt: '2099-01-01T03:00:00Z' }),
            ],
          }),
        };
      }
      return { statusCode: 200, data: course({ id: 13, sessions: [] }) };
    });

    render(<MyEnrolmentsPage />);

    await waitFor(() => expect(screen.getByTestId('enrolment-501')).toBeTruthy());
    const ids = Array.from(document.querySelectorAll('[data-testid^="enrolment-5"]')).map((el) =>
      el.getAttribute('data-testid'),
    );
    expect(ids).toEqual(['enrolment-503', 'enrolment-501', 'enrolment-502']);
    const current = within(screen.getByTestId('enrolment-501'));
    expect(current.getByTestId('enrolment-status').textContent).toBe('已报名');
    expect(current.getByTestId('enrolment-progress').textContent).toContain('已上 2 / 3 次课');
    expect(current.getByTestId('enrolment-checkin')).toBeTruthy();
    const waiting = within(screen.getByTestId('enrolment-502'));
    expect(waiting.getByTestId('enrolment-status').textContent).toBe('候补 · 候补第 2 位');
    expect(waiting.queryByTestId('enrolment-checkin')).toBeNull();
    const done = within(screen.getByTestId('enrolment-503'));
    expect(done.getByTestId('enrolment-status').textContent).toBe('已结业');
    expect(done.getByTestId('enrolment-attended').textContent).toContain('9 / 10 次（90%）');
    expect(done.queryByTestId('enrolment-withdraw')).toBeNull();
  });

  it('withdraws after a confirmation, and not without one', async () => {
    let withdrawn = false;
    const sent = fakeApi((req) => {
      if (req.method === 'POST') {
        withdrawn = true;
        return { statusCode: 200, data: enrolment({ status: EnrolmentStatus.WITHDRAWN }) };
      }
      if (req.url.endsWith('/me/training/enrolments')) {
        return {
          statusCode: 200,
          data: [
            enrolment(
              withdrawn
                ? { status: EnrolmentStatus.WITHDRAWN, withdrawnAt: '2026-11-22T02:00:00Z' }
                : { status: EnrolmentStatus.ENROLLED },
            ),
          ],
        };
      }
      if (req.url.endsWith('/me/training/completions')) return { statusCode: 200, data: [] };
      return { statusCode: 200, data: course() };
    });
    render(<MyEnrolmentsPage />);
    await waitFor(() => expect(screen.getByTestId('enrolment-withdraw')).toBeTruthy());

    showModal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' });
    fireEvent.click(screen.getByTestId('enrolment-withdraw'));
    await waitFor(() => expect(showModal).toHaveBeenCalledTimes(1));
    expect(sent.filter((r) => r.method === 'POST')).toHaveLength(0);

    fireEvent.click(screen.getByTestId('enrolment-withdraw'));

    await waitFor(() => expect(screen.getByTestId('enrolment-status').textContent).toBe('已退出'));
    expect(sent.filter((r) => r.method === 'POST').map((r) => r.url)).toEqual([
      '/api/v1/training/enrolments/501/withdraw',
    ]);
    expect(showModal).toHaveBeenLastCalledWith(
      expect.objectContaining({ content: expect.stringContaining('确定退出“家政服务员（母婴护理）培训班”吗') }),
    );
    expect(screen.queryByTestId('enrolment-withdraw')).toBeNull();
  });
});
