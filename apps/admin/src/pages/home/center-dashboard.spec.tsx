import { Role } from '@steadywork/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { aCenterDashboard } from '../../../test/centers';
import { renderAt, signedInAs } from '../../../test/app';
import { route } from '../../../test/fake-api';

beforeEach(() => localStorage.clear());

const menuLabels = () => screen.queryAllByRole('menuitem').map((item) => item.textContent?.trim());

describe('support-center card on the home page', () => {
  it('shows centers by stars, requests by service and status, the overdue ones, the rating and this month’s services', async () => {
    const api = signedInAs(
      [Role.CENTER_STAFF],
      [route('GET', '/centers/dashboard', () => ({ status: 200, body: aCenterDashboard() }))],
    );
    renderAt('/');

    const card = await screen.findByTestId('center-dashboard-card', undefined, { timeout: 45_000 });
    await waitFor(() => expect(within(card).getByTestId('center-overdue').textContent).toBe('2'));
    // The overdue figure opens the list filtered to them.
    expect(within(card).getByTestId('center-overdue-link').getAttribute('href')).toBe('/service-requests?overdue=true');
    expect(within(card).getByTestId('center-average-rating').textContent).toBe('4.6');
    expect(within(card).getByTestId('center-services-month').textContent).toBe('17');
    expect(within(card).getByTestId('center-count').textContent).toBe('中心 9 个');

    expect(within(card).getByTestId('center-stars-5').textContent).toContain('★★★★★');
    expect(within(card).getByTestId('center-stars-5').textContent).toContain('2 个');
    expect(within(card).getByTestId('center-stars-3').textContent).toContain('4 个');
    expect(within(card).getByTestId('center-stars-unrated').textContent).toContain('未评定');
    expect(within(card).getByTestId('center-stars-unrated').textContent).toContain('3 个');

    const table = within(card).getByTestId('center-requests-by-service');
    const header = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(header).toEqual(['服务类型', '待受理', '服务中', '已办结', '已取消', '合计']);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows).toEqual([
      ['法律援助', '3', '0', '5', '0', '8'],
      ['职业介绍', '0', '2', '0', '0', '2'],
    ]);
    expect(api.calls.filter((c) => c.path === '/centers/dashboard')).toHaveLength(1);
    // The module card links to the registry, and the menu has the module.
    const module = document.querySelector('[data-module="centers"]') as HTMLElement;
    expect(within(module).getByText('帮扶中心').closest('a')?.getAttribute('href')).toBe('/centers');
    expect(menuLabels()).toContain('帮扶中心');
  });

  it('says so when there is nothing yet', async () => {
    signedInAs(
      [Role.FINANCE],
      [
        route('GET', '/centers/dashboard', () => ({
          status: 200,
          body: aCenterDashboard({
            centersByStars: [],
            requestsByService: [],
            overdueRequests: 0,
            averageRating: null,
            servicesThisMonth: 0,
          }),
        })),
      ],
    );
    renderAt('/');

    const card = await screen.findByTestId('center-dashboard-card', undefined, { timeout: 45_000 });
    expect(await within(card).findByText('暂无帮扶中心和服务请求')).toBeTruthy();
  });

  it('shows a spinner while loading, and says so when loading fails', async () => {
    let answer: (reply: { status: number; body: unknown }) => void = () => undefined;
    signedInAs(
      [Role.PROVINCE_REVIEWER],
      [route('GET', '/centers/dashboard', () => new Promise((resolve) => (answer = resolve)))],
    );
    renderAt('/');

    const card = await screen.findByTestId('center-dashboard-card', undefined, { timeout: 45_000 });
    expect(within(card).getByTestId('center-dashboard-loading')).toBeTruthy();
    answer({ status: 500, body: { statusCode: 500, error: 'INTERNAL', message: '系统繁忙' } });
    expect(await within(card).findByText('帮扶中心数据加载失败')).toBeTruthy();
  });

  it('is not shown to the auditor, whose menu has no 帮扶中心', async () => {
    const api = signedInAs([Role.AUDITOR]);
    renderAt('/');

    expect(await screen.findByText('您好，张三', undefined, { timeout: 45_000 })).toBeTruthy();
    expect(screen.queryByTestId('center-dashboard-card')).toBeNull();
    expect(menuLabels()).not.toContain('帮扶中心');
    expect(api.calls.some((c) => c.path.startsWith('/centers'))).toBe(false);
  });
});
