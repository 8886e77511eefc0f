import { ErrorCode, Role, type HolidayCalendarResponse } from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderAt, signedInAs } from '../../../../test/app';
import { route, type Call } from '../../../../test/fake-api';
import { formItemOf, type } from '../../../../test/form';

beforeEach(() => localStorage.clear());

const y2026: HolidayCalendarResponse = {
  year: 2026,
  notice: '国务院办公厅关于2026年部分节假日安排的通知',
  holidays: [
    { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
    { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
  ],
  workdays: ['2026-01-04', '2026-10-10'],
  updatedAt: '2025-11-03T16:00:00.000Z',
  updatedBy: null,
};

const list = (years: HolidayCalendarResponse[]) => route('GET', '/calendars', () => ({ status: 200, body: years }));
const puts = (api: { calls: Call[] }) => api.calls.filter((c) => c.method === 'PUT');

async function submit() {
  const footer = document.querySelector('.ant-modal-footer') as HTMLElement;
  await act(async () => {
    fireEvent.click(within(footer).getByRole('button', { name: /确\s*认|确\s*定/ }));
  });
}

/** Types a date into an antd picker and confirms it with Enter, as a user would. */
async function typeDate(id: string, value: string) {
  const input = document.getElementById(id) as HTMLInputElement;
  await act(async () => {
    fireEvent.mouseDown(input);
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value } });
  });
  await act(async () => {
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  });
  await act(async () => {
    fireEvent.blur(input);
  });
}

describe('holiday calendar (节假日安排)', () => {
  it('lists the years with their holidays and 调休 days; the menu shows it to the programme admin only', async () => {
    signedInAs([Role.PROGRAM_ADMIN], [list([y2026])]);
    renderAt('/aid/calendar');

    expect(await screen.findByText('国庆节 10-01至10-07', undefined, { timeout: 45_000 })).toBeTruthy();
    expect(screen.getByText('元旦 01-01至01-03')).toBeTruthy();
    expect(screen.getByText('10-10')).toBeTruthy();
    expect(screen.getByText(/随系统提供/)).toBeTruthy();
    expect(screen.getAllByText('节假日安排').length).toBeGreaterThan(0);
  });

  it('refuses the page to a reviewer', async () => {
    const api = signedInAs([Role.PROVINCE_REVIEWER], [list([y2026])]);
    renderAt('/aid/calendar');
    expect(await screen.findByText('抱歉，您没有权限访问此页面。', undefined, { timeout: 45_000 })).toBeTruthy();
    expect(api.calls.some((c) => c.path === '/calendars')).toBe(false);
  });

  async function openCreate() {
    await screen.findByText('国庆节 10-01至10-07', undefined, { timeout: 45_000 });
    fireEvent.click(screen.getByText('录入年度').closest('button')!);
    await waitFor(() => expect(document.getElementById('calendar_year')).not.toBeNull());
  }

  it('refuses a new year that is already entered, in the form', async () => {
    const api = signedInAs([Role.PROGRAM_ADMIN], [list([y2026])]);
    renderAt('/aid/calendar');
    await openCreate();
    // the usual holidays are there to fill in
    expect((document.getElementById('calendar_holidays_6_name') as HTMLInputElement).value).toBe('国庆节');

    type('calendar_year', '2026');
    await submit();
    expect(await within(formItemOf('calendar_year')).findByText('2026 年已录入，请在列表中修改')).toBeTruthy();
    expect(puts(api)).toHaveLength(0);
  });

  it('enters a new year: the notice’s days are sent as dates, and the list reloads', async () => {
    const api = signedInAs(
      [Role.PROGRAM_ADMIN],
      [
        list([y2026]),
        route('PUT', '/calendars/2027', (call) => ({
          status: 200,
          body: {
            year: 2027,
            ...(call.body as object),
            updatedAt: '2026-12-07T02:00:00.000Z',
            updatedBy: '项目管理员',
          },
        })),
      ],
    );
    renderAt('/aid/calendar');
    await openCreate();
    type('calendar_year', '2027');
    type('calendar_notice', '国办发明电〔2026〕9号');
    // this test keeps 元旦 only: the other six rows go
    for (let i = 0; i < 6; i++) {
      await act(async () => {
        fireEvent.click(document.querySelectorAll('.action-remove')[1]);
      });
    }
    await waitFor(() => expect(document.getElementById('calendar_holidays_1_name')).toBeNull());
    await typeDate('calendar_holidays_0_from', '2027-01-01');
    await typeDate('calendar_holidays_0_to', '2027-01-03');
    fireEvent.click(screen.getByText('添加调休上班日').closest('button')!);
    await waitFor(() => expect(document.getElementById('calendar_workdays_0_date')).not.toBeNull());
    await typeDate('calendar_workdays_0_date', '2027-10-09');
    await submit();

    await waitFor(() => expect(puts(api)).toHaveLength(1));
    expect(puts(api)[0].body).toEqual({
      notice: '国办发明电〔2026〕9号',
      holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
      workdays: ['2027-10-09'],
    });
    await waitFor(() => expect(api.calls.filter((c) => c.path === '/calendars')).toHaveLength(2));
  });

  it('puts the API’s field errors on the holiday and on the 调休 day they name', async () => {
    const api = signedInAs(
      [Role.PROGRAM_ADMIN],
      [
        list([y2026]),
        route('PUT', '/calendars/2026', () => ({
          status: 400,
          body: {
            statusCode: 400,
            error: ErrorCode.VALIDATION_FAILED,
            message: '请求参数有误',
            details: [
              { field: 'holidays[1].from', message: '与“元旦”的放假日期（2026-01-01 至 2026-01-03）重叠' },
              { field: 'workdays[1]', message: '2026-10-10 在“国庆节”放假期间内' },
            ],
          },
        })),
      ],
    );
    renderAt('/aid/calendar');
    fireEvent.click(await screen.findByText('修改', undefined, { timeout: 45_000 }));
    await waitFor(() => expect(document.getElementById('calendar_workdays_1_date')).not.toBeNull());
    expect((document.getElementById('calendar_year') as HTMLInputElement).disabled).toBe(true);

    await submit();

    expect(
      await within(formItemOf('calendar_holidays_1_from')).findByText(
        '与“元旦”的放假日期（2026-01-01 至 2026-01-03）重叠',
      ),
    ).toBeTruthy();
    expect(within(formItemOf('calendar_workdays_1_date')).getByText('2026-10-10 在“国庆节”放假期间内')).toBeTruthy();
    expect(puts(api)[0].body).toEqual({
      notice: y2026.notice,
      holidays: y2026.holidays,
      workdays: y2026.workdays,
    });
  });
});
