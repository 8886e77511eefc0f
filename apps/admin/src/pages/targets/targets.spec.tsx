import { Role, type TargetFigure, type TargetsDashboard } from '@steadywork/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderAt, signedInAs } from '../../../test/app';
import { route } from '../../../test/fake-api';
import { staffMe } from '../../../test/fake-api';

beforeEach(() => localStorage.clear());

const outcomes: TargetFigure = {
  key: 'aid.outcomes',
  group: 'aid',
  label: '实现就业创业（人）',
  unit: 'people',
  value: 143,
  target: 100,
  basis: 'PERIOD',
  months: [10, 10, 10, 10, 10, 10, 10, 10, 20, 13, 25, 5],
  byRegion: [],
  list: { page: '/aid/outcomes', api: '/outcomes', query: { year: '2026', regionCode: '630000' }, total: 'count' },
};
const paid: TargetFigure = {
  ...outcomes,
  key: 'aid.paidFen',
  label: '帮扶资金发放（元）',
  unit: 'fen',
  value: 32_000_000,
  target: null,
  list: { ...outcomes.list, page: '/aid/applications', api: '/aid/applications', total: 'sum' },
};
const dashboard: TargetsDashboard = {
  year: 2026,
  regionCode: '630000',
  regionName: '青海省',
  children: [],
  parentRegionCode: null,
  figures: [outcomes, paid],
};

describe('目标看板', () => {
  it('shows each figure against its target and opens the list it counts, filtered as it counts', async () => {
    const me = staffMe([Role.PROVINCE_REVIEWER]);
    const api = signedInAs(
      [Role.PROVINCE_REVIEWER],
      [
        route('GET', /^\/dashboard\/targets/, () => ({ status: 200, body: dashboard })),
        route('GET', /^\/outcomes\?/, () => ({ status: 200, body: { items: [], total: 0, page: 1, pageSize: 20 } })),
      ],
      me.organization,
    );
    renderAt('/targets');

    const value = await screen.findByTestId('figure-aid.outcomes-value', undefined, { timeout: 45_000 });
    expect(value.textContent).toBe('143');
    expect(screen.getByTestId('figure-aid.outcomes').textContent).toContain('目标 100');
    expect(screen.getByTestId('figure-aid.paidFen-value').textContent).toBe('¥320,000.00');
    expect(screen.getByTestId('figure-aid.paidFen').textContent).toContain('目标未设置');
    const link = screen.getByTestId('figure-aid.outcomes-link');
    expect(link.getAttribute('href')).toBe('/aid/outcomes?year=2026&regionCode=630000&linked=1');

    fireEvent.click(link);
    expect(await screen.findByTestId('list-linked', undefined, { timeout: 45_000 })).toBeTruthy();
    await waitFor(() =>
      expect(api.calls.map((c) => c.path)).toContainEqual(
        expect.stringMatching(/^\/outcomes\?.*year=2026.*regionCode=630000/),
      ),
    );
  }, 90_000);
});
