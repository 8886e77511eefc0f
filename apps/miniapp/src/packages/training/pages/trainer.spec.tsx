import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import {
  AttendanceStatus,
  PrincipalType,
  Role,
  RosterMarkOutcome,
  TrainingCoursePhase,
  TrainingSessionStatus,
  type RosterMarkInput,
} from '@steadywork/shared';
import { course, roster, session } from '../../../../test/training-fixtures';
import { fakeApi, type SentRequest } from '../../../../test/fake-api';
import { navigateTo, resetTaro, storage } from '../../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import { QUEUE_KEY } from '../roster-store';
import TrainerHomePage from './trainer';

const trainerMe = (roles: Role[]) => ({
  type: PrincipalType.STAFF,
  id: 21,
  username: 'trainer',
  displayName: '王老师',
  roles,
  organization: {
    id: 1,
    name: '干校',
    type: 'PROVINCIAL_FEDERATION',
    regionCode: '630000',
    regionName: '青海省',
    parentId: null,
  },
  mustChangePassword: false,
});

/** Minutes from now (a session that started a minute ago is today's, in Beijing time too). */
const fromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

const TODAY = course({
  id: 11,
  sessions: [
    session({
      id: 101,
      startsAt: '2020-01-01T01:00:00Z',
      endsAt: '2020-01-01T03:00:00Z',
      status: TrainingSessionStatus.CLOSED,
    }),
    session({ id: 102, seq: 2, startsAt: fromNow(-1), endsAt: fromNow(90), status: TrainingSessionStatus.OPEN }),
  ],
});
const LATER = course({
  id: 12,
  title: '电工（初级）培训班',
  phase: TrainingCoursePhase.UPCOMING,
  startsOn: '2099-01-01',
  sessions: [],
});

describe('TrainerHomePage (我的课程)', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  it('lists the trainer’s courses with today’s first, and opens a session', async () => {
    const sent = fakeApi((req) =>
      req.url.endsWith('/auth/me')
        ? { statusCode: 200, data: trainerMe([Role.TRAINER]) }
        : { statusCode: 200, data: { items: [LATER, TODAY], total: 2, page: 1, pageSize: 50 } },
    );

    render(<TrainerHomePage />);

    await waitFor(() => expect(screen.getByTestId('trainer-course-11')).toBeTruthy());
    const ids = Array.from(document.querySelectorAll('[data-testid^="trainer-course-1"]')).map((el) =>
      el.getAttribute('data-testid'),
    );
    expect(ids).toEqual(['trainer-course-11', 'trainer-course-12']);
    expect(sent.find((r) => r.url === '/api/v1/training/courses')?.data).toEqual({ pageSize: 50 });
    const card = within(screen.getByTestId('trainer-course-11'));
    // the session long past is behind 显示全部
    expect(card.queryByTestId('session-101')).toBeNull();
    expect(card.getByTestId('session-102').textContent).toContain('今天');
    expect(within(card.getByTestId('session-102')).getByTestId('session-status').textContent).toBe('签到中');

    fireEvent.click(card.getByTestId('trainer-course-all'));
    expect(card.getByTestId('session-101')).toBeTruthy();

    fireEvent.click(card.getByTestId('session-102'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/training/pages/session?id=102' });
  });

  it('sends marks left waiting on the device before listing', async () => {
    storage.set(QUEUE_KEY, {
      '102': [
        {
          clientId: '0f8fad5b-d9cb-469f-a165-70867728950e',
          workerId: 3,
          status: AttendanceStatus.PRESENT,
          markedAt: '2026-11-23T01:05:00.000Z',
        },
      ],
    });
    const sent: SentRequest[] = fakeApi((req) => {
      if (req.url.endsWith('/auth/me')) return { statusCode: 200, data: trainerMe([Role.TRAINER]) };
      if (req.url.endsWith('/roster/sync')) {
        const [m] = (req.data as { marks: RosterMarkInput[] }).marks;
        return {
          statusCode: 200,
          data: {
            results: [
              { clientId: m.clientId, workerId: 3, outcome: RosterMarkOutcome.APPLIED, replayed: false, message: null },
            ],
            roster: roster(),
          },
        };
      }
      return { statusCode: 200, data: { items: [TODAY], total: 1, page: 1, pageSize: 50 } };
    });

    render(<TrainerHomePage />);

    await waitFor(() => expect(screen.getByTestId('trainer-course-11')).toBeTruthy());
    expect(sent.map((r) => r.url)).toContain('/api/v1/training/sessions/102/roster/sync');
    expect(storage.has(QUEUE_KEY)).toBe(false);
    expect(screen.queryByTestId('trainer-pending')).toBeNull();
  });

  it('shows what still waits when the marks cannot be sent', async () => {
    storage.set(QUEUE_KEY, {
      '102': [
        {
          clientId: '0f8fad5b-d9cb-469f-a165-70867728950e',
          workerId: 3,
          status: AttendanceStatus.PRESENT,
          markedAt: '2026-11-23T01:05:00.000Z',
        },
      ],
    });
    fakeApi((req) => {
      if (req.url.endsWith('/auth/me')) return { statusCode: 200, data: trainerMe([Role.TRAINER]) };
      if (req.url.endsWith('/roster/sync')) throw new Error('request:fail');
      return { statusCode: 200, data: { items: [TODAY], total: 1, page: 1, pageSize: 50 } };
    });

    render(<TrainerHomePage />);

    await waitFor(() => expect(screen.getByTestId('trainer-pending').textContent).toContain('1 条待同步'));
    expect(within(screen.getByTestId('session-102')).getByText('1 条待同步')).toBeTruthy();
  });

  it('is for trainers only', async () => {
    fakeApi(() => ({ statusCode: 200, data: trainerMe([Role.FINANCE]) }));

    render(<TrainerHomePage />);

    await waitFor(() => expect(screen.getByTestId('trainer-only')).toBeTruthy());
  });
});
