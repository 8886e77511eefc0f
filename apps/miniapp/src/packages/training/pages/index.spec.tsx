import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { EnrolmentStatus, PrincipalType, Role, type Page, type TrainingCourseResponse } from '@steadywork/shared';
import { course } from '../../../../test/training-fixtures';
import { fakeApi, type SentRequest } from '../../../../test/fake-api';
import { getLocation, navigateTo, redirectTo, resetTaro } from '../../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import { toGcj02 } from '../location';
import TrainingIndexPage from './index';

const WORKER_ME = {
  type: PrincipalType.WORKER,
  id: 3,
  openidMasked: 'h5-***abc',
  nameMasked: null,
  createdAt: '2026-11-01T00:00:00Z',
};
const TRAINER_ME = {
  type: PrincipalType.STAFF,
  id: 21,
  username: 'trainer',
  displayName: '王老师',
  roles: [Role.TRAINER],
  organization: {
    id: 1,
    name: '干校',
    type: 'PROVINCIAL_FEDERATION',
    regionCode: '630000',
    regionName: '青海省',
    parentId: null,
  },
  mustChangePassword: false,
};

const NEAR = course({ id: 11, distanceMeters: 850 });
const FULL = course({
  id: 12,
  title: '电商创业培训班',
  type: 'STARTUP' as TrainingCourseResponse['type'],
  domesticService: false,
  enrolled: 30,
  waitlisted: 2,
  distanceMeters: 12_400,
  myEnrolment: { id: 9, status: EnrolmentStatus.WAITLISTED, waitlistPosition: 3 },
});

const page = (items: TrainingCourseResponse[], total = items.length): Page<TrainingCourseResponse> => ({
  items,
  total,
  page: 1,
  pageSize: 20,
});

const openCalls = (sent: SentRequest[]) => sent.filter((r) => r.url === '/api/v1/training/courses/open');
const cardIds = () =>
  Array.from(document.querySelectorAll('[data-testid^="course-card-"]')).map((el) => el.getAttribute('data-testid'));

describe('TrainingIndexPage (技能培训)', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  it('lists open courses nearest first with type, 家政, organiser, venue, schedule and places', async () => {
    getLocation.mockResolvedValue({ latitude: 36.6189, longitude: 101.8012, errMsg: 'getLocation:ok' });
    const sent = fakeApi((req) =>
      req.url.endsWith('/auth/me')
        ? { statusCode: 200, data: WORKER_ME }
        : { statusCode: 200, data: page([NEAR, FULL]) },
    );

    render(<TrainingIndexPage />);

    await waitFor(() => expect(cardIds()).toEqual(['course-card-11', 'course-card-12']));
    const p = toGcj02(36.6189, 101.8012);
    expect(openCalls(sent)[0].data).toEqual({
      page: 1,
      pageSize: 20,
      lat: Math.round(p.latitude * 1e6) / 1e6,
      lng: Math.round(p.longitude * 1e6) / 1e6,
    });
    const near = within(screen.getByTestId('course-card-11'));
    expect(near.getByTestId('course-type').textContent).toBe('技能');
    expect(near.getByTestId('course-domestic').textContent).toBe('家政');
    expect(near.getByTestId('course-distance').textContent).toBe('850 米');
    expect(near.getByTestId('course-organiser').textContent).toContain('西宁市城东区职工服务中心');
    expect(near.getByTestId('course-venue').textContent).toContain('八一中路12号');
    expect(near.getByTestId('course-schedule').textContent).toContain('共 2 次课');
    expect(near.getByTestId('course-places').textContent).toContain('剩余 18 个名额');
    const full = within(screen.getByTestId('course-card-12'));
    expect(full.getByTestId('course-type').textContent).toBe('创业');
    expect(full.queryByTestId('course-domestic')).toBeNull();
    expect(full.getByTestId('course-places').textContent).toContain('名额已满，已有 2 人候补');
    expect(full.getByTestId('course-my-enrolment').textContent).toBe('候补 · 候补第 3 位');
    expect(screen.getByTestId('course-location-note').textContent).toContain('已按距您的远近排列');

    fireEvent.click(screen.getByTestId('course-card-12'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/training/pages/course?id=12&distance=12400' });
  });

  it('filters by type and 家政', async () => {
    getLocation.mockResolvedValue({ latitude: 36.6189, longitude: 101.8012, errMsg: 'getLocation:ok' });
    const sent = fakeApi((req) =>
      req.url.endsWith('/auth/me') ? { statusCode: 200, data: WORKER_ME } : { statusCode: 200, data: page([NEAR]) },
    );
    render(<TrainingIndexPage />);
    await waitFor(() => expect(cardIds()).toEqual(['course-card-11']));

    fireEvent.click(screen.getByTestId('course-filter-JOB_TRANSFER'));
    await waitFor(() => expect(openCalls(sent)).toHaveLength(2));
    fireEvent.click(screen.getByTestId('course-filter-DOMESTIC'));
    await waitFor(() => expect(openCalls(sent)).toHaveLength(3));

    expect(openCalls(sent)[1].data).toMatchObject({ type: 'JOB_TRANSFER' });
    expect(openCalls(sent)[2].data).toMatchObject({ type: 'JOB_TRANSFER', domesticService: true });
  });

  it('without a location, lists the worker’s county, widening to the city when it has none', async () => {
    const sent = fakeApi((req) => {
      if (req.url.endsWith('/auth/me')) return { statusCode: 200, data: WORKER_ME };
      if (req.url.endsWith('/me/profile')) {
        return { statusCode: 200, data: { regionCode: '630102', regionName: '城东区' } };
      }
      return { statusCode: 200, data: req.data?.regionCode === '630100' ? page([NEAR]) : page([]) };
    });

    render(<TrainingIndexPage />);

    await waitFor(() => expect(cardIds()).toEqual(['course-card-11']));
    expect(openCalls(sent).map((r) => r.data?.regionCode)).toEqual(['630102', '630100']);
    expect(screen.getByTestId('course-location-note').textContent).toContain('全省课程');
    expect(screen.getByTestId('course-relocate')).toBeTruthy();
  });

  it('sends a trainer to their own courses', async () => {
    const sent = fakeApi(() => ({ statusCode: 200, data: TRAINER_ME }));

    render(<TrainingIndexPage />);

    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith({ url: '/packages/training/pages/trainer' }));
    expect(openCalls(sent)).toHaveLength(0);
  });
});
