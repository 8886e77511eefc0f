import { AidApplicationStatus, Role } from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { anApplication } from '../../../../test/aid';
import { pageOf, renderAt, signedInAs } from '../../../../test/app';
import { route } from '../../../../test/fake-api';

beforeEach(() => localStorage.clear());

const queue = [
  anApplication({ id: 7, workerName: '李四' }),
  anApplication({ id: 8, workerName: '王五', idNumberMasked: '630102********5678' }),
  anApplication({ id: 9, workerName: '赵六', idNumberMasked: '630102********9012' }),
];

describe('first review queue', () => {
  it('lists only submitted applications and approves the selected ones at once, showing each result', async () => {
    const api = signedInAs(
      [Role.REVIEWER],
      [
        route('GET', /^\/aid\/applications\?/, () => pageOf(queue)),
        route('GET', '/aid/programs', () => ({ status: 200, body: [] })),
        route('POST', '/aid/applications/batch-approve', () => ({
          status: 200,
          body: {
            results: [
              { id: 7, ok: true, status: AidApplicationStatus.FIRST_APPROVED },
              { id: 9, ok: false, message: '该申请已被其他人审核' },
            ],
          },
        })),
      ],
    );
    renderAt('/aid/review/first');

    expect(await screen.findByText('王五', undefined, { timeout: 45_000 })).toBeTruthy();
    const list = api.calls.find((c) => c.path.startsWith('/aid/applications?'));
    expect(list?.path).toContain('status=SUBMITTED');
    expect(screen.getAllByText('审核')[0].closest('a')?.getAttribute('href')).toBe('/aid/applications/7');

    const batch = screen.getByText('批量通过').closest('button')!;
    expect(batch.disabled).toBe(true);
    const rows = [...document.querySelectorAll('.ant-table-tbody tr.ant-table-row')] as HTMLElement[];
    fireEvent.click(within(rows[0]).getByRole('checkbox'));
    fireEvent.click(within(rows[2]).getByRole('checkbox'));
    await waitFor(() => expect(screen.getByText('批量通过（2）')).toBeTruthy());

    fireEvent.click(screen.getByText('批量通过（2）').closest('button')!);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('李四、赵六')).toBeTruthy();
    // what the approval commits: the people and the money
    expect(within(dialog).getByTestId('batch-total').textContent).toBe('共 2 人，帮扶金额合计 ¥40,000.00');
    fireEvent.change(document.getElementById('batch_comment')!, { target: { value: '材料齐全' } });
    await act(async () => {
      fireEvent.click(within(dialog).getByText('批量通过').closest('button')!);
    });

    await waitFor(() => expect(api.calls.some((c) => c.path === '/aid/applications/batch-approve')).toBe(true));
    expect(api.calls.find((c) => c.path === '/aid/applications/batch-approve')?.body).toEqual({
      ids: [7, 9],
      comment: '材料齐全',
    });
    const results = await screen.findAllByTestId('batch-result');
    expect(results.map((r) => r.textContent)).toEqual(['李四已通过（待复审）', '赵六未处理：该申请已被其他人审核']);
    expect(screen.getByText('批量审核结果：通过 1 份，未通过 1 份')).toBeTruthy();
  });
});
