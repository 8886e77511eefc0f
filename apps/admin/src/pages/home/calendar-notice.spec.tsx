import { Role, type HolidayCalendarStatus } from '@steadywork/shared';
import { act, screen, waitFor, within } from '@testing-library/react';
import { renderAt, signedInAs } from '../../../test/app';
import { route } from '../../../test/fake-api';

beforeEach(() => localStorage.clear());

const status = (overrides: Partial<HolidayCalendarStatus>) =>
  route('GET', '/calendars/status', () => ({
    status: 200,
    body: { today: '2026-12-01', years: [2025, 2026], nextYear: 2027, nextYearMissing: true, ...overrides },
  }));

describe('holiday calendar notice on the home page', () => {
  it('warns the programme admin from 1 December while next year has no calendar, with a link to enter it', async () => {
    signedInAs([Role.PROGRAM_ADMIN], [status({})]);
    renderAt('/');
    const notice = await screen.findByTestId('calendar-notice', undefined, { timeout: 45_000 });
    expect(within(notice).getByText('2027 年的法定节假日安排尚未录入')).toBeTruthy();
    expect(notice.textContent).toContain('跨入 2027 年的公示期和服务请求受理期限按周一至周五计算');
    expect(within(notice).getByText('去录入').closest('a')?.getAttribute('href')).toBe('/aid/calendar');
  });

  it('says nothing once the year is entered (or before December: the API decides)', async () => {
    const api = signedInAs([Role.PROGRAM_ADMIN], [status({ years: [2025, 2026, 2027], nextYearMissing: false })]);
    renderAt('/');
    await screen.findByTestId('home-roles', undefined, { timeout: 45_000 });
    await waitFor(() => expect(api.calls.some((c) => c.path === '/calendars/status')).toBe(true));
    // the answer is rendered once its promise settles
    await act(async () => undefined);
    expect(screen.queryByTestId('calendar-notice')).toBeNull();
  });

  it('is not asked for on another role’s home', async () => {
    const api = signedInAs([Role.PROVINCE_REVIEWER], [status({})]);
    renderAt('/');
    await screen.findByTestId('home-roles', undefined, { timeout: 45_000 });
    expect(api.calls.some((c) => c.path === '/calendars/status')).toBe(false);
    expect(screen.queryByTestId('calendar-notice')).toBeNull();
  });
});
