import {
  DemandCategory,
  EmploymentStatus,
  OrganizationType,
  Role,
  WarningFigure,
  emptyWarningThresholds,
  type RelapseRiskResponse,
  type WarningRegionFigures,
  type WarningRegionsResponse,
  type WorkerResponse,
} from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { chengdongOrg, pageOf, renderAt, signedInAs } from '../../../test/app';
import { route } from '../../../test/fake-api';
import { type } from '../../../test/form';

beforeEach(() => localStorage.clear());

const provinceOrg = {
  ...chengdongOrg,
  id: 1,
  name: '青海省总工会',
  type: OrganizationType.PROVINCIAL_FEDERATION,
  regionCode: '630000',
  regionName: '青海省',
  parentId: null,
};

const byCategory = (wages = 0) =>
  Object.fromEntries(
    Object.values(DemandCategory).map((c) => [c, c === DemandCategory.WAGES_OWED ? wages : 0]),
  ) as Record<DemandCategory, number>;

function region(code: string, name: string, overrides: Partial<WarningRegionFigures> = {}): WarningRegionFigures {
  return {
    regionCode: code,
    regionName: name,
    layoffFilings: 0,
    laidOffWorkers: 0,
    registeredUnemployed: 10,
    laidOffTagged: 2,
    openDemands: 0,
    openDemandsByCategory: byCategory(),
    alerts: [],
    ...overrides,
  };
}

const xining = region('630100', '西宁市', {
  layoffFilings: 3,
  laidOffWorkers: 75,
  openDemands: 4,
  openDemandsByCategory: byCategory(4),
  alerts: [{ figure: WarningFigure.LAYOFF_FILINGS, category: null, label: '裁员备案数', value: 3, threshold: 2 }],
});
const haidong = region('630200', '海东市');

const regions = (): WarningRegionsResponse => ({
  year: 2026,
  month: 6,
  from: '2026-05-31T16:00:00.000Z',
  to: '2026-06-30T16:00:00.000Z',
  parentCode: '630000',
  parentName: '青海省',
  registryBasis: 'CURRENT',
  registryNote: '在册失业人员、在册下岗职工按月末前登记的职工的当前就业状态和标签统计',
  thresholds: { ...emptyWarningThresholds(), layoffFilings: 2 },
  regions: [xining, haidong],
});

const worker = {
  id: 42,
  name: '王芳',
  phoneMasked: '139****0001',
  regionName: '青海省 / 西宁市 / 城东区',
  employmentStatus: EmploymentStatus.UNEMPLOYED,
} as WorkerResponse;
const risk: RelapseRiskResponse = {
  worker,
  archiveClosedAt: '2025-08-10T02:00:00.000Z',
  flaggedAt: '2026-06-09T02:00:00.000Z',
  reason: '返困风险：回访记录失业（失业，此前为就业）',
};

describe('预警监测 page', () => {
  it('shows the month’s figures per region, the region over a threshold in red with its alert', async () => {
    const api = signedInAs(
      [Role.PROVINCE_REVIEWER],
      [route('GET', /^\/warning\/regions\?/, () => ({ status: 200, body: regions() }))],
      provinceOrg,
    );
    renderAt('/rights/warning?year=2026&month=6');
    const table = await screen.findByTestId('warning-regions', undefined, { timeout: 45_000 });
    await waitFor(() => expect(within(table).getByText('西宁市')).toBeTruthy());
    expect(api.calls.find((c) => c.path.startsWith('/warning/regions'))!.path).toBe(
      '/warning/regions?year=2026&month=6',
    );
    const alerted = table.querySelectorAll('tr[data-alerted="true"]');
    expect(alerted).toHaveLength(1);
    expect(alerted[0].textContent).toContain('西宁市');
    expect(alerted[0].textContent).toContain('裁员备案数 3（阈值 2）');
    expect(within(table).getByText('海东市').closest('tr')!.textContent).toContain('正常');
    expect(screen.getByText(/按月末前登记的职工的当前就业状态/)).toBeTruthy();
  });

  it('lets the province set thresholds: an empty box is no threshold (null)', async () => {
    const api = signedInAs(
      [Role.PROVINCE_REVIEWER],
      [
        route('GET', /^\/warning\/regions\?/, () => ({ status: 200, body: regions() })),
        route('GET', '/warning/thresholds', () => ({
          status: 200,
          body: { ...emptyWarningThresholds(), layoffFilings: 2 },
        })),
        route('PUT', '/warning/thresholds', (call) => ({ status: 200, body: call.body })),
      ],
      provinceOrg,
    );
    renderAt('/rights/warning');
    fireEvent.click(await screen.findByTestId('warning-thresholds', undefined, { timeout: 45_000 }));
    await waitFor(() =>
      expect((document.getElementById('warning-thresholds_layoffFilings') as HTMLInputElement)?.value).toBe('2'),
    );
    type('warning-thresholds_openDemands', '30');
    type('warning-thresholds_openDemandsByCategory_WAGES_OWED', '5');
    const footer = document.querySelector('.ant-modal-footer') as HTMLElement;
    await act(async () => {
      fireEvent.click(within(footer).getByRole('button', { name: /确\s*认|确\s*定|保\s*存/ }));
    });
    await waitFor(() => expect(api.calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    expect(api.calls.find((c) => c.method === 'PUT')!.body).toEqual({
      ...emptyWarningThresholds(),
      layoffFilings: 2,
      openDemands: 30,
      openDemandsByCategory: { ...emptyWarningThresholds().openDemandsByCategory, WAGES_OWED: 5 },
    });
  });

  it('does not offer the thresholds to a county union', async () => {
    signedInAs(
      [Role.REVIEWER],
      [
        route('GET', /^\/warning\/regions\?/, () => ({
          status: 200,
          body: { ...regions(), regions: [region('630102', '城东区')] },
        })),
      ],
    );
    renderAt('/rights/warning');
    const table = await screen.findByTestId('warning-regions', undefined, { timeout: 45_000 });
    await waitFor(() => expect(within(table).getByText('城东区')).toBeTruthy());
    expect(screen.queryByTestId('warning-thresholds')).toBeNull();
  });

  it('lists the 返困风险 workers with the reason, masked phones, a link to the worker', async () => {
    signedInAs(
      [Role.REVIEWER],
      [
        route('GET', /^\/warning\/regions\?/, () => ({ status: 200, body: regions() })),
        route('GET', /^\/warning\/relapse-risks\?/, () => pageOf([risk])),
      ],
    );
    renderAt('/rights/warning?tab=relapse');
    const link = await screen.findByRole('link', { name: '王芳' }, { timeout: 45_000 });
    expect(link.getAttribute('href')).toBe('/workers/42');
    expect(screen.getByText('139****0001')).toBeTruthy();
    expect(screen.getByText(/回访记录失业/)).toBeTruthy();
  });
});

describe('本月预警 card on the home', () => {
  it('shows the province the regions over a threshold, linking to the month', async () => {
    signedInAs(
      [Role.PROVINCE_REVIEWER],
      [route('GET', '/warning/alerts', () => ({ status: 200, body: { year: 2026, month: 6, regions: [xining] } }))],
      provinceOrg,
    );
    renderAt('/');
    const card = await screen.findByTestId('warning-alerts-card', undefined, { timeout: 45_000 });
    const link = await within(card).findByTestId('warning-alert-region');
    expect(link.textContent).toBe('西宁市');
    expect(link.getAttribute('href')).toBe('/rights/warning?year=2026&month=6');
    expect(card.textContent).toContain('裁员备案数 3（阈值 2）');
  });

  it('is not on a county union’s home', async () => {
    signedInAs(
      [Role.REVIEWER],
      [route('GET', '/warning/alerts', () => ({ status: 200, body: { year: 2026, month: 6, regions: [] } }))],
    );
    renderAt('/');
    await screen.findByTestId('home-roles', undefined, { timeout: 45_000 });
    expect(screen.queryByTestId('warning-alerts-card')).toBeNull();
  });
});
