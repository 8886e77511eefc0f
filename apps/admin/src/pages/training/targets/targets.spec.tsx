import { ErrorCode, Role, type TrainingTargetsResponse } from '@steadywork/shared';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderAt, signedInAs } from '../../../../test/app';
import { route } from '../../../../test/fake-api';
import { formItemOf, type } from '../../../../test/form';
import { shanghaiNow } from '../../../services/time';

beforeEach(() => localStorage.clear());

const year = Number(shanghaiNow('YYYY'));
const figures = { bases: 10, completions: 5000, domesticServiceCompletions: 300, onlineLearning: 100_000 };
const set: TrainingTargetsResponse = {
  year,
  targets: { ...figures, citySplits: {} },
  updatedAt: '2026-01-05T02:00:00.000Z',
  updatedByName: null,
};

const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;

async function save() {
  await act(async () => {
    fireEvent.click(screen.getByText('保存目标').closest('button')!);
  });
}

describe('training targets (培训目标)', () => {
  it('shows the year’s targets and saves them with a city’s split', async () => {
    const api = signedInAs(
      [Role.TRAINING_ADMIN],
      [
        route('GET', `/training/targets/${year}`, () => ({ status: 200, body: set })),
        route('PUT', `/training/targets/${year}`, (call) => ({
          status: 200,
          body: { ...set, targets: call.body, updatedByName: '省总经济技术部' },
        })),
      ],
    );
    renderAt('/training/targets');

    await waitFor(() => expect(value('targets_completions')).toBe('5000'), { timeout: 45_000 });
    expect(screen.getByText(/系统预置/)).toBeTruthy();
    expect(screen.getAllByText('培训目标').length).toBeGreaterThan(0);

    type('targets_completions', '6000');
    await waitFor(() => expect(document.getElementById('targets_citySplits_630100_bases')).not.toBeNull());
    type('targets_citySplits_630100_bases', '4');
    type('targets_citySplits_630100_completions', '2500');
    type('targets_citySplits_630100_domesticServiceCompletions', '150');
    type('targets_citySplits_630100_onlineLearning', '50000');
    await save();

    await waitFor(() => expect(api.calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    expect(api.calls.find((c) => c.method === 'PUT')!.body).toEqual({
      ...figures,
      completions: 6000,
      citySplits: {
        '630100': { bases: 4, completions: 2500, domesticServiceCompletions: 150, onlineLearning: 50000 },
      },
    });
    expect(await screen.findByText(`${year}年培训目标已保存`)).toBeTruthy();
  });

  it('a year without targets says so; a split over the province’s figure comes back on its field', async () => {
    const api = signedInAs(
      [Role.TRAINING_ADMIN],
      [
        route('GET', `/training/targets/${year}`, () => ({
          status: 200,
          body: { year, targets: null, updatedAt: null, updatedByName: null },
        })),
        route('PUT', `/training/targets/${year}`, () => ({
          status: 400,
          body: {
            statusCode: 400,
            error: ErrorCode.VALIDATION_FAILED,
            message: '输入有误',
            details: [
              { field: 'citySplits.630100.bases', message: '认定培训基地目标应为非负整数' },
              { field: 'citySplits.completions', message: '各市州培训结业目标之和（5001）不能超过全省目标（5000）' },
            ],
          },
        })),
      ],
    );
    renderAt('/training/targets');

    expect(await screen.findByTestId('targets-not-set', undefined, { timeout: 45_000 })).toBeTruthy();
    expect(value('targets_bases')).toBe('');
    await save();
    // the province's four figures are required before anything is sent
    await waitFor(() => expect(formItemOf('targets_bases').textContent).toContain('请填写认定培训基地（个）'));
    expect(api.calls.some((c) => c.method === 'PUT')).toBe(false);

    for (const [f, n] of Object.entries(figures)) type(`targets_${f}`, String(n));
    type('targets_citySplits_630100_completions', '100');
    await save();
    await waitFor(() =>
      expect(formItemOf('targets_citySplits_630100_bases').textContent).toContain('认定培训基地目标应为非负整数'),
    );
    // a sum over the cities shows on the province's figure
    expect(formItemOf('targets_completions').textContent).toContain('不能超过全省目标（5000）');
  });

  it('is the training admin’s only', async () => {
    const api = signedInAs([Role.PROVINCE_REVIEWER], []);
    renderAt('/training/targets');
    expect(await screen.findByText('抱歉，您没有权限访问此页面。', undefined, { timeout: 45_000 })).toBeTruthy();
    expect(api.calls.some((c) => c.path.startsWith('/training/targets'))).toBe(false);
  });
});
