import { Role } from '@steadywork/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { renderAt, signedInAs } from '../../../test/app';
import { route } from '../../../test/fake-api';
import { aTrainingDashboard } from '../../../test/training';
import { shanghaiNow } from '../../services/time';

beforeEach(() => localStorage.clear());

const year = Number(shanghaiNow('YYYY'));
const menuLabels = () => screen.queryAllByRole('menuitem').map((item) => item.textContent?.trim());

describe('151 training card on the home page', () => {
  it('shows bases, completions, domestic service and online learning against the targets, attendance, today and each region', async () => {
    const api = signedInAs(
      [Role.TRAINING_ADMIN],
      [
        route('GET', `/training/dashboard?year=${year}`, () => ({ status: 200, body: aTrainingDashboard(year) })),
        route('GET', '/centers/dashboard', () => ({ status: 500 })),
      ],
    );
    renderAt('/');

    const card = await screen.findByTestId('training-dashboard-card', undefined, { timeout: 45_000 });
    await waitFor(() => expect(within(card).getByTestId('training-bases-count').textContent).toBe('4 / 目标 10'));
    expect(within(card).getByText('151行动 年度进度')).toBeTruthy();
    expect(within(card).getByText(`${year}年`)).toBeTruthy();
    expect(within(card).getByTestId('training-bases').textContent).toContain('40%');
    expect(within(card).getByTestId('training-completions-count').textContent).toBe('1,234 / 目标 5,000');
    expect(within(card).getByTestId('training-completions').textContent).toContain('24%');
    expect(within(card).getByTestId('training-domestic-count').textContent).toBe('87 / 目标 300');
    expect(within(card).getByTestId('training-domestic').textContent).toContain('29%');
    expect(within(card).getByTestId('training-online-count').textContent).toBe('25,600 / 目标 100,000');
    expect(within(card).getByTestId('training-online').textContent).toContain('25%');

    const attendance = within(card).getByTestId('training-attendance');
    const rows = [...attendance.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows).toEqual([
      ['家政服务员（育婴员）培训班', '4', '92%'],
      ['电商直播创业培训', '0', '-'],
    ]);
    expect(within(attendance).getByText('家政服务员（育婴员）培训班').closest('a')?.getAttribute('href')).toBe(
      '/training/courses/3',
    );

    // The training admin runs attendance: today's class opens its check-in page.
    const today = within(card).getByTestId('training-today-11');
    expect(today.textContent).toContain('09:00–11:30');
    expect(today.textContent).toContain('城东区职工服务中心三楼培训室');
    expect(today.textContent).toContain('28 人');
    expect(today.textContent).toContain('签到中');
    expect(within(today).getByText('家政服务员（育婴员）培训班').closest('a')?.getAttribute('href')).toBe(
      '/training/sessions/11',
    );

    const regions = [...within(card).getByTestId('training-by-region').querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(regions).toEqual([
      ['西宁市', '3', '1000', '70', '20000'],
      ['海东市', '1', '234', '17', '5600'],
    ]);
    expect(api.calls.filter((c) => c.path.startsWith('/training/dashboard'))).toHaveLength(1);
    // The module card links to the courses, and the menu has the module.
    const module = document.querySelector('[data-module="training151"]') as HTMLElement;
    expect(within(module).getByText('151培训').closest('a')?.getAttribute('href')).toBe('/training/courses');
    expect(menuLabels()).toContain('职工培训');
  });

  it('a year without targets shows each count with 目标未设置, never a made-up target', async () => {
    signedInAs(
      [Role.TRAINING_ADMIN],
      [
        route('GET', `/training/dashboard?year=${year}`, () => ({
          status: 200,
          body: aTrainingDashboard(year, { targets: null }),
        })),
      ],
    );
    renderAt('/');

    const card = await screen.findByTestId('training-dashboard-card', undefined, { timeout: 45_000 });
    await waitFor(() => expect(within(card).getByTestId('training-bases-count').textContent).toBe('4（目标未设置）'));
    expect(within(card).getByTestId('training-completions-count').textContent).toBe('1,234（目标未设置）');
    expect(within(card).getByTestId('training-domestic-count').textContent).toBe('87（目标未设置）');
    expect(within(card).getByTestId('training-online-count').textContent).toBe('25,600（目标未设置）');
    expect(within(card).getByTestId('training-bases').querySelector('.ant-progress')).toBeNull();
  });

  it('opens a provincial reviewer’s class of today on the course page, not the check-in', async () => {
    signedInAs(
      [Role.PROVINCE_REVIEWER],
      [route('GET', `/training/dashboard?year=${year}`, () => ({ status: 200, body: aTrainingDashboard(year) }))],
    );
    renderAt('/');

    const today = await screen.findByTestId('training-today-11', undefined, { timeout: 45_000 });
    expect(within(today).getByText('家政服务员（育婴员）培训班').closest('a')?.getAttribute('href')).toBe(
      '/training/courses/3',
    );
  });

  it('says so when loading fails', async () => {
    signedInAs([Role.TRAINER], [route('GET', `/training/dashboard?year=${year}`, () => ({ status: 500 }))]);
    renderAt('/');

    const card = await screen.findByTestId('training-dashboard-card', undefined, { timeout: 45_000 });
    expect(await within(card).findByText('培训数据加载失败')).toBeTruthy();
  });

  it('is not shown to the auditor, whose menu has no 职工培训', async () => {
    const api = signedInAs([Role.AUDITOR]);
    renderAt('/');

    expect(await screen.findByText('您好，张三', undefined, { timeout: 45_000 })).toBeTruthy();
    expect(screen.queryByTestId('training-dashboard-card')).toBeNull();
    expect(menuLabels()).not.toContain('职工培训');
    expect(api.calls.some((c) => c.path.startsWith('/training'))).toBe(false);
  });
});
