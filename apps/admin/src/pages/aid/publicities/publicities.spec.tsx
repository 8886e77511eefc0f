import {
  AidApplicationStatus,
  AidType,
  ErrorCode,
  Role,
  type PublicityEntry,
  type PublicityResponse,
} from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aProgram } from '../../../../test/aid';
import { renderAt, signedInAs } from '../../../../test/app';
import { route, type Call } from '../../../../test/fake-api';
import { pick } from '../../../../test/form';
import { shanghaiNow } from '../../../services/time';

beforeEach(() => localStorage.clear());

const entry = (status: AidApplicationStatus): PublicityEntry => ({
  applicationId: 7,
  name: '李四',
  idNumberMasked: '630102********1234',
  regionName: '青海省 / 西宁市 / 城东区',
  aidType: AidType.PRODUCTION_MATERIALS,
  amountFen: 2_000_000,
  status,
});

const publicity = (overrides: Partial<PublicityResponse> = {}): PublicityResponse => ({
  id: 5,
  programId: 1,
  programName: '2026年“221”工程生产资料帮扶',
  year: 2026,
  aidType: AidType.PRODUCTION_MATERIALS,
  // Monday 9 November to the end of Friday 13 November, Shanghai.
  startsAt: '2026-11-08T16:00:00.000Z',
  endsAt: '2026-11-13T15:59:59.999Z',
  active: false,
  closedAt: null,
  weekdayFallbackYears: [],
  entries: [entry(AidApplicationStatus.PUBLICIZING)],
  ...overrides,
});

const posts = (api: { calls: Call[] }, path: string) => api.calls.filter((c) => c.method === 'POST' && c.path === path);

describe('publicity', () => {
  it('starts a publicity for a programme (5 working days from today) and opens its list', async () => {
    const api = signedInAs(
      [Role.PROVINCE_REVIEWER],
      [
        route('GET', '/aid/programs', () => ({ status: 200, body: [aProgram()] })),
        route('GET', '/aid/publicities', () => ({ status: 200, body: [] })),
        route('POST', '/aid/publicities', () => ({ status: 201, body: publicity({ active: true }) })),
        route('GET', '/aid/publicities/5', () => ({ status: 200, body: publicity({ active: true }) })),
      ],
    );
    renderAt('/aid/publicities');

    fireEvent.click((await screen.findByText('发起公示', undefined, { timeout: 45_000 })).closest('button')!);
    await waitFor(() => expect(document.getElementById('publicity_programId')).not.toBeNull());
    await pick('publicity_programId', '2026年 生产资料帮扶');
    const footer = document.querySelector('.ant-modal-footer') as HTMLElement;
    await act(async () => {
      fireEvent.click(within(footer).getByRole('button', { name: /确\s*认|确\s*定/ }));
    });

    await waitFor(() => expect(posts(api, '/aid/publicities')).toHaveLength(1));
    expect(posts(api, '/aid/publicities')[0].body).toEqual({
      programId: 1,
      workingDays: 5,
      startsOn: shanghaiNow('YYYY-MM-DD'),
    });
    const detail = await screen.findByTestId('publicity-detail', undefined, { timeout: 45_000 });
    expect(within(detail).getByText('2026-11-09 至 2026-11-13')).toBeTruthy();
    expect(within(detail).getByTestId('publicity-state').textContent).toBe('公示中');
  });

  it('says when a period was counted Monday to Friday because its year had no holiday calendar', async () => {
    const late = publicity({
      startsAt: '2026-12-29T16:00:00.000Z',
      endsAt: '2027-01-05T15:59:59.999Z',
      weekdayFallbackYears: [2027],
    });
    signedInAs(
      [Role.PROVINCE_REVIEWER],
      [
        route('GET', '/aid/programs', () => ({ status: 200, body: [aProgram()] })),
        route('GET', '/aid/publicities', () => ({ status: 200, body: [late, publicity({ id: 4 })] })),
        route('GET', '/aid/publicities/5', () => ({ status: 200, body: late })),
      ],
    );
    renderAt('/aid/publicities');
    const notes = await screen.findAllByTestId('weekday-fallback', undefined, { timeout: 45_000 });
    // one of the two publicities
    expect(notes.map((n) => n.textContent)).toEqual(['按周一至周五计算（2027 年节假日安排未录入）']);

    fireEvent.click(screen.getAllByText('2026年“221”工程生产资料帮扶')[0]);
    const detail = await screen.findByTestId('publicity-detail', undefined, { timeout: 45_000 });
    expect(within(detail).getByTestId('weekday-fallback').textContent).toBe(
      '按周一至周五计算（2027 年节假日安排未录入）',
    );
  });

  it('shows the list with masked IDs, exports it, and ends it; a refusal (objection pending) is shown', async () => {
    let closes = 0;
    const api = signedInAs(
      [Role.PROVINCE_REVIEWER],
      [
        route('GET', '/aid/publicities/5', () => ({ status: 200, body: publicity() })),
        route('GET', '/aid/publicities/5/export', () => ({
          status: 200,
          body: new Blob(['xlsx']),
          headers: { 'Content-Disposition': "attachment; filename*=UTF-8''%E5%85%AC%E7%A4%BA.xlsx" },
        })),
        route('POST', '/aid/publicities/5/close', () =>
          ++closes === 1
            ? {
                status: 409,
                body: { statusCode: 409, error: ErrorCode.CONFLICT, message: '李四的异议尚未处理，不能结束公示' },
              }
            : {
                status: 200,
                body: publicity({
                  closedAt: '2026-11-16T01:00:00.000Z',
                  entries: [entry(AidApplicationStatus.CONFIRMED)],
                }),
              },
        ),
      ],
    );
    URL.createObjectURL = jest.fn(() => 'blob:list');
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderAt('/aid/publicities/5');

    const entries = await screen.findByTestId('publicity-entries', undefined, { timeout: 45_000 });
    expect(within(entries).getByText('630102********1234')).toBeTruthy();
    expect(within(entries).getByText('¥20,000.00')).toBeTruthy();
    expect(within(entries).getByText('李四').closest('a')?.getAttribute('href')).toBe('/aid/applications/7');
    expect(screen.getByTestId('publicity-state').textContent).toBe('已到期');

    fireEvent.click(screen.getByText('导出 Excel').closest('button')!);
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect((click.mock.instances[0] as unknown as HTMLAnchorElement).download).toBe('公示.xlsx');
    click.mockRestore();

    const end = async () => {
      fireEvent.click(screen.getByText('结束公示').closest('button')!);
      const confirm = await screen.findByText(/确定结束公示/);
      const popover = confirm.closest('.ant-popover') as HTMLElement;
      await act(async () => {
        fireEvent.click(within(popover).getByRole('button', { name: /确\s*定|OK/ }));
      });
    };
    await end();
    expect(await screen.findByText('李四的异议尚未处理，不能结束公示')).toBeTruthy();
    expect(screen.getByText('结束公示')).toBeTruthy();

    await end();
    await waitFor(() => expect(within(screen.getByTestId('publicity-entries')).getByText('待发放')).toBeTruthy());
    expect(screen.getByTestId('publicity-state').textContent).toBe('已结束');
    expect(screen.queryByText('结束公示')).toBeNull();
    expect(posts(api, '/aid/publicities/5/close')).toHaveLength(2);
  });

  it('lets finance read a publicity list but not end it', async () => {
    signedInAs([Role.FINANCE], [route('GET', '/aid/publicities/5', () => ({ status: 200, body: publicity() }))]);
    renderAt('/aid/publicities/5');

    expect(await screen.findByTestId('publicity-entries', undefined, { timeout: 45_000 })).toBeTruthy();
    expect(screen.queryByText('结束公示')).toBeNull();
  });
});
