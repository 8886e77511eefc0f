import { EnrolmentSource, EnrolmentStatus, Role, TrainingCoursePhase, TrainingSessionStatus } from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aWorker, pageOf, renderAt, signedInAs } from '../../../../test/app';
import { route, type Call, type Handler } from '../../../../test/fake-api';
import { aCourse, anEnrolment, aSession } from '../../../../test/training';
import { TIME_ZONE, dayjs, shanghaiNow } from '../../../services/time';

beforeEach(() => localStorage.clear());

const posts = (api: { calls: Call[] }, path: string) => api.calls.filter((c) => c.method === 'POST' && c.path === path);

const enrolments = [
  anEnrolment(),
  anEnrolment({ id: 32, workerId: 43, workerName: '王五', source: EnrolmentSource.STAFF }),
  anEnrolment({
    id: 33,
    workerId: 44,
    workerName: '赵六',
    status: EnrolmentStatus.WAITLISTED,
    waitlistPosition: 1,
    enrolledAt: null,
  }),
];

function courseOf(roles: Role[], course = aCourse(), ...more: Handler[]) {
  return signedInAs(roles, [
    ...more,
    route('GET', '/training/courses/3', () => ({ status: 200, body: course })),
    route('GET', '/training/courses/3/enrolments', () => ({ status: 200, body: enrolments })),
  ]);
}

async function openPage() {
  renderAt('/training/courses/3');
  return screen.findByTestId('course-page', undefined, { timeout: 45_000 });
}

describe('course page', () => {
  it('shows the course, its sessions linking to their check-in and the enrolments with the waiting list', async () => {
    courseOf(
      [Role.TRAINING_ADMIN],
      aCourse({ sessions: [aSession({ status: TrainingSessionStatus.OPEN }), aCourse().sessions[1]] }),
    );
    await openPage();

    expect(screen.getByTestId('course-title').textContent).toBe('家政服务员（育婴员）培训班');
    const info = screen.getByTestId('course-info');
    expect(within(info).getByText('城东区职工职业培训基地')).toBeTruthy();
    expect(within(info).getByText('500 米')).toBeTruthy();
    expect(within(info).getByText('上课 10 分钟后')).toBeTruthy();
    expect(screen.getByTestId('course-places').textContent).toBe('2 / 30');

    const sessions = screen.getByTestId('course-sessions');
    expect(within(sessions).getByText('2026-11-23 09:00–11:30')).toBeTruthy();
    expect(within(sessions).getByText('签到中')).toBeTruthy();
    expect(screen.getByTestId('session-link-11').getAttribute('href')).toBe('/training/sessions/11');
    expect(screen.getByTestId('session-link-11').textContent).toBe('签到点名');

    await waitFor(() => expect(screen.getByTestId('enrolment-44')).toBeTruthy());
    expect(within(screen.getByTestId('enrolment-44')).getByText('候补')).toBeTruthy();
    expect(within(screen.getByTestId('enrolment-44')).getByTestId('waitlist-position').textContent).toBe('第 1 位');
    expect(within(screen.getByTestId('enrolment-43')).getByText('工会代报名')).toBeTruthy();
    // The course has not ended: no completion yet.
    expect((screen.getByRole('button', { name: /结业/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('enrols a worker found by name; a full course puts them on the waiting list', async () => {
    const api = courseOf(
      [Role.TRAINING_ADMIN],
      aCourse(),
      route('GET', /^\/workers\?/, () => pageOf([aWorker({ id: 45, name: '孙七' })])),
      route('POST', '/training/courses/3/enrolments', () => ({
        status: 201,
        body: anEnrolment({
          id: 34,
          workerId: 45,
          workerName: '孙七',
          status: EnrolmentStatus.WAITLISTED,
          waitlistPosition: 2,
        }),
      })),
    );
    await openPage();

    fireEvent.click(screen.getByRole('button', { name: /代职工报名/ }));
    const input = await waitFor(() => {
      const el = document.getElementById('enrol_workerId');
      if (!el) throw new Error('no picker');
      return el;
    });
    fireEvent.mouseDown(input);
    fireEvent.change(input, { target: { value: '孙七' } });
    const option = await screen.findByText(/孙七/, { selector: '.ant-select-item-option-content' });
    expect(api.calls.find((c) => c.path.startsWith('/workers?'))?.path).toBe(
      `/workers?keyword=${encodeURIComponent('孙七')}&page=1&pageSize=20`,
    );
    fireEvent.click(option);
    const footer = document.querySelector('.ant-modal-footer') as HTMLElement;
    await act(async () => {
      fireEvent.click(within(footer).getByRole('button', { name: /确\s*认|确\s*定/ }));
    });

    await waitFor(() => expect(posts(api, '/training/courses/3/enrolments')).toHaveLength(1));
    expect(posts(api, '/training/courses/3/enrolments')[0].body).toEqual({ workerId: 45 });
    expect(await screen.findByText('名额已满，孙七 已列入候补第 2 位')).toBeTruthy();
  });

  it('completes an ended course and lists each completion with its verification code', async () => {
    const api = courseOf(
      [Role.TRAINING_ADMIN],
      // ended a week ago (the test's clock)
      aCourse({
        phase: TrainingCoursePhase.ENDED,
        startsOn: dayjs.tz(shanghaiNow('YYYY-MM-DD'), TIME_ZONE).subtract(8, 'day').format('YYYY-MM-DD'),
        endsOn: dayjs.tz(shanghaiNow('YYYY-MM-DD'), TIME_ZONE).subtract(7, 'day').format('YYYY-MM-DD'),
      }),
      route('POST', '/training/courses/3/complete', () => ({
        status: 200,
        body: {
          courseId: 3,
          completionThreshold: 80,
          completed: 1,
          added: 1,
          notCompleted: 1,
          entries: [
            {
              enrolmentId: 31,
              workerId: 42,
              workerName: '李四',
              attended: 2,
              held: 2,
              ratePercent: 100,
              completed: true,
              verificationCode: 'QH-7K3M-9P2X',
            },
            {
              enrolmentId: 32,
              workerId: 43,
              workerName: '王五',
              attended: 1,
              held: 2,
              ratePercent: 50,
              completed: false,
              verificationCode: null,
            },
          ],
        },
      })),
    );
    await openPage();

    fireEvent.click(screen.getByRole('button', { name: /结业/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/出勤率达到 80% 的职工将获得结业证书/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: '确定' }));
    });

    await waitFor(() => expect(posts(api, '/training/courses/3/complete')).toHaveLength(1));
    const result = await screen.findByTestId('completion-result');
    expect(within(result).getByTestId('completion-summary').textContent).toContain(
      '结业办理完成：本次新增 1 人，累计结业 1 人，未达标 1 人',
    );
    expect(within(result).getByTestId('verification-code').textContent).toBe('QH-7K3M-9P2X');
    expect(within(result).getByText('50%')).toBeTruthy();
    // Ended on an earlier day: no more enrolments.
    expect(screen.queryByRole('button', { name: /代职工报名/ })).toBeNull();
  });

  it('on the last day, after the last class, still lets the office enrol a worker from the paper sign-in sheet', async () => {
    const today = shanghaiNow('YYYY-MM-DD');
    courseOf([Role.TRAINING_ADMIN], aCourse({ phase: TrainingCoursePhase.ENDED, startsOn: today, endsOn: today }));
    await openPage();
    expect(screen.getByRole('button', { name: /代职工报名/ })).toBeTruthy();
    expect((screen.getByRole('button', { name: /结业/ }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows a trainer the roster link, without edit, enrolment or completion', async () => {
    courseOf([Role.TRAINER]);
    await openPage();

    expect(screen.getByTestId('session-link-11').textContent).toBe('签到点名');
    expect(screen.queryByRole('button', { name: /编\s*辑/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /代职工报名/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /结业/ })).toBeNull();
  });
});
