import { ErrorCode, Role } from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aChecklist } from '../../../../test/centers';
import { renderAt, signedInAs } from '../../../../test/app';
import { route, type Call, type Handler } from '../../../../test/fake-api';
import { formItemOf, type } from '../../../../test/form';

beforeEach(() => localStorage.clear());

function checklistAs(roles: Role[], ...more: Handler[]) {
  return signedInAs(roles, [
    route('GET', '/centers/star-checklist', () => ({ status: 200, body: aChecklist() })),
    ...more,
  ]);
}

async function openPage() {
  renderAt('/centers/star-checklist');
  await screen.findByTestId('checklist-page', undefined, { timeout: 45_000 });
  await waitFor(() => expect(document.getElementById('checklist_criteria_0_weight')).not.toBeNull());
}

const puts = (api: { calls: Call[] }) =>
  api.calls.filter((c) => c.method === 'PUT' && c.path === '/centers/star-checklist');

async function save() {
  await act(async () => {
    fireEvent.click(screen.getByText('保存').closest('button')!);
  });
}

describe('star checklist', () => {
  it('refuses weights that do not add up to 100, then saves them once they do', async () => {
    const api = checklistAs(
      [Role.PROVINCE_REVIEWER],
      route('PUT', '/centers/star-checklist', (call) => ({ status: 200, body: call.body })),
    );
    await openPage();
    expect((document.getElementById('checklist_criteria_1_label') as HTMLInputElement).value).toBe('人员配备');
    expect(screen.getByTestId('weights-total').textContent).toBe('权重合计：100 / 100');

    type('checklist_criteria_0_weight', '15');
    await waitFor(() => expect(screen.getByTestId('weights-total').textContent).toBe('权重合计：95 / 100'));
    await save();

    expect(await screen.findByText('各项权重之和应为 100（现为 95）')).toBeTruthy();
    expect(puts(api)).toHaveLength(0);

    type('checklist_criteria_1_weight', '20');
    await save();

    await waitFor(() => expect(puts(api)).toHaveLength(1));
    expect(puts(api)[0].body).toEqual({
      criteria: [
        { key: 'site', label: '场地设施', weight: 15 },
        { key: 'staff', label: '人员配备', weight: 20 },
        { key: 'services', label: '一站式服务', weight: 25 },
        { key: 'volume', label: '年度服务量', weight: 20 },
        { key: 'ratings', label: '职工满意度', weight: 10 },
        { key: 'records', label: '台账管理', weight: 10 },
      ],
      thresholds: [60, 70, 80, 90],
    });
    expect(await screen.findByText('评定标准已保存')).toBeTruthy();
  });

  it('refuses thresholds that do not rise from two stars to five', async () => {
    const api = checklistAs([Role.TRAINING_ADMIN]);
    await openPage();

    type('checklist_thresholds_2', '65');
    await save();

    expect(
      await within(formItemOf('checklist_thresholds')).findByText('二至五星的分数线应在 0–100 之间并逐级升高'),
    ).toBeTruthy();
    expect(puts(api)).toHaveLength(0);
  });

  it('puts the API’s error on the criterion it names', async () => {
    checklistAs(
      [Role.PROVINCE_REVIEWER],
      route('PUT', '/centers/star-checklist', () => ({
        status: 400,
        body: {
          statusCode: 400,
          error: ErrorCode.VALIDATION_FAILED,
          message: '请求参数有误',
          details: [{ field: 'criteria[2].key', message: '指标代码重复' }],
        },
      })),
    );
    await openPage();
    await save();

    expect(await within(formItemOf('checklist_criteria_2_key')).findByText('指标代码重复')).toBeTruthy();
  });

  it('is the raters’ page: 403 for center staff', async () => {
    checklistAs([Role.CENTER_STAFF]);
    renderAt('/centers/star-checklist');
    expect(await screen.findByText('403', undefined, { timeout: 45_000 })).toBeTruthy();
  });
});
