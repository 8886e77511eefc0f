import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { EnrolmentStatus, ErrorCode, TrainingSessionStatus } from '@steadywork/shared';
import { course, enrolment, session } from '../../../../test/training-fixtures';
import { errorBody, fakeApi } from '../../../../test/fake-api';
import { navigateTo, resetTaro, setRouterParams, showModal, showToast } from '../../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import CourseDetailPage from './course';

describe('CourseDetailPage (课程详情)', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
    setRouterParams({ id: '11', distance: '850' });
  });

  it('shows the course and enrols the worker (an empty body)', async () => {
    let current = course({ distanceMeters: null });
    const sent = fakeApi((req) => {
      if (req.method === 'POST') {
        current = course({
          distanceMeters: null,
          enrolled: 13,
          myEnrolment: { id: 501, status: EnrolmentStatus.ENROLLED, waitlistPosition: null },
        });
        return { statusCode: 201, data: enrolment() };
      }
      return { statusCode: 200, data: current };
    });

    render(<CourseDetailPage />);

    await waitFor(() => expect(screen.getByTestId('course-title').textContent).toBe('家政服务员（母婴护理）培训班'));
    expect(screen.getByTestId('course-distance').textContent).toBe('850 米');
    expect(screen.getByTestId('course-places').textContent).toContain('剩余 18 个名额');
    expect(screen.getByTestId('course-trainers').textContent).toContain('王老师');
    expect(screen.getByTestId('course-completion').textContent).toContain('80%');
    expect(screen.getByTestId('course-session-101')).toBeTruthy();

    fireEvent.click(document.querySelector('#course-enrol')!);

    await waitFor(() => expect(screen.getByTestId('course-my-enrolment').textContent).toContain('已报名'));
    expect(sent.find((r) => r.method === 'POST')).toMatchObject({
      url: '/api/v1/training/courses/11/enrolments',
      data: {},
    });
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '报名成功' }));
    expect(document.querySelector('#course-enrol')).toBeNull();
  });

  it('puts the worker on the waiting list of a full course and shows the position', async () => {
    let current = course({ enrolled: 30 });
    fakeApi((req) => {
      if (req.method === 'POST') {
        current = course({
          enrolled: 30,
          waitlisted: 3,
          myEnrolment: { id: 502, status: EnrolmentStatus.WAITLISTED, waitlistPosition: 3 },
        });
        return {
          statusCode: 201,
          data: enrolment({ id: 502, status: EnrolmentStatus.WAITLISTED, waitlistPosition: 3 }),
        };
      }
      return { statusCode: 200, data: current };
    });

    render(<CourseDetailPage />);
    await waitFor(() => expect(document.querySelector('#course-enrol')?.textContent).toBe('报名候补'));

    fireEvent.click(document.querySelector('#course-enrol')!);

    await waitFor(() =>
      expect(screen.getByTestId('course-enrol-result').textContent).toBe('名额已满，您已进入候补名单，排第 3 位'),
    );
    expect(screen.getByTestId('course-my-enrolment').textContent).toContain('候补第 3 位');
  });

  it('explains a refusal (already enrolled) and reloads', async () => {
    const sent = fakeApi((req) =>
      req.method === 'POST'
        ? { statusCode: 409, data: errorBody(409, ErrorCode.CONFLICT, '你已报名该课程') }
        : { statusCode: 200, data: course() },
    );
    render(<CourseDetailPage />);
    await waitFor(() => expect(document.querySelector('#course-enrol')).toBeTruthy());

    fireEvent.click(document.querySelector('#course-enrol')!);

    await waitFor(() => expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ content: '你已报名该课程' })));
    await waitFor(() => expect(sent.filter((r) => r.method === 'GET')).toHaveLength(2));
  });

  it('leads an enrolled worker to check in when a session is open', async () => {
    fakeApi(() => ({
      statusCode: 200,
      data: course({
        myEnrolment: { id: 501, status: EnrolmentStatus.ENROLLED, waitlistPosition: null },
        sessions: [session({ status: TrainingSessionStatus.OPEN })],
      }),
    }));
    render(<CourseDetailPage />);
    await waitFor(() => expect(screen.getByTestId('course-checkin')).toBeTruthy());

    fireEvent.click(screen.getByTestId('course-checkin'));

    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/training/pages/checkin?sessionId=101' });
  });
});
