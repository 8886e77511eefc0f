import { Role } from '@steadywork/shared';
import { screen, within } from '@testing-library/react';
import { aDashboard } from '../../../test/aid';
import { pageOf, renderAt, signedInAs } from '../../../test/app';
import { route } from '../../../test/fake-api';
import { shanghaiNow } from '../../services/time';

beforeEach(() => localStorage.clear());

const year = Number(shanghaiNow('YYYY'));
const overdue = route('GET', /^\/follow-ups\/overdue\?/, () => pageOf([]));

describe('221 card on the home page', () => {
  it('shows the year’s awards against quota, money paid, outcomes against 100, the queues and each city', async () => {
    const api = signedInAs(
      [Role.PROVINCE_REVIEWER],
      [overdue, route('GET', `/aid/dashboard?year=${year}`, () => ({ status: 200, body: aDashboard(year) }))],
    );
    renderAt('/');

    const card = await screen.findByTestId('aid-dashboard-card', undefined, { timeout: 45_000 });
    expect((await within(card).findByTestId('aid-paid', undefined, { timeout: 45_000 })).textContent).toBe(
      '¥220,000.00',
    );
    expect(within(card).getByText(`${year}年`)).toBeTruthy();

    const materials = within(card).getByTestId('aid-type-PRODUCTION_MATERIALS');
    expect(materials.textContent).toContain('生产资料帮扶');
    expect(materials.textContent).toContain('已获帮扶 12 / 名额 20');
    expect(materials.textContent).toContain('60%');
    expect(materials.textContent).toContain('已发放 ¥160,000.00');
    expect(within(card).getByTestId('aid-type-STARTUP_SUBSIDY').textContent).toContain('已获帮扶 5 / 名额 20');
    expect(within(card).getByTestId('aid-outcomes').textContent).toContain('37 / 目标 100 人');
    expect(within(card).getByTestId('aid-outcomes').textContent).toContain('37%');

    // The provincial reviewer works the final-review queue: its count links there; the others are figures.
    expect(within(card).getByTestId('aid-pending-final').textContent).toBe('6');
    expect(within(card).getByTestId('aid-pending-final').closest('a')?.getAttribute('href')).toBe('/aid/review/final');
    expect(within(card).getByTestId('aid-pending-first').textContent).toBe('9');
    expect(within(card).getByTestId('aid-pending-first').closest('a')).toBeNull();
    expect(within(card).getByTestId('aid-awaiting-payment').textContent).toBe('4');

    const rows = [...within(card).getByTestId('aid-by-region').querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows).toEqual([
      ['西宁市', '7', '3', '¥120,000.00', '20'],
      ['海东市', '5', '0', '¥100,000.00', '17'],
    ]);
    expect(api.calls.filter((c) => c.path.startsWith('/aid/dashboard'))).toHaveLength(1);
  });

  it('says so when the year has no programme yet', async () => {
    signedInAs(
      [Role.FINANCE],
      [
        route('GET', `/aid/dashboard?year=${year}`, () => ({
          status: 200,
          body: aDashboard(year, {
            types: [],
            byRegion: [],
            outcomes: { count: 3, target: null },
          }),
        })),
      ],
    );
    renderAt('/');

    const card = await screen.findByTestId('aid-dashboard-card', undefined, { timeout: 45_000 });
    expect(await within(card).findByText(`${year}年尚未设立221帮扶项目`)).toBeTruthy();
    // no programme, no outcome target: no figure from the code
    expect(within(card).queryByText(/目标 \d+ 人/)).toBeNull();
  });

  it('is not shown to those outside the programme', async () => {
    const api = signedInAs([Role.AUDITOR]);
    renderAt('/');

    expect(await screen.findByText('您好，张三', undefined, { timeout: 45_000 })).toBeTruthy();
    expect(screen.queryByTestId('aid-dashboard-card')).toBeNull();
    expect(api.calls.some((c) => c.path.startsWith('/aid/'))).toBe(false);
  });
});
