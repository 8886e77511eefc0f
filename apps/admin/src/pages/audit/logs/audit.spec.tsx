import { Role } from '@steadywork/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { pageOf, renderAt, signedInAs } from '../../../../test/app';
import { route } from '../../../../test/fake-api';
import { type } from '../../../../test/form';

beforeEach(() => {
  localStorage.clear();
  URL.createObjectURL = jest.fn(() => 'blob:export');
  URL.revokeObjectURL = jest.fn();
});

describe('audit log export', () => {
  it('downloads the export with the search of the log on screen', async () => {
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const api = signedInAs(
      [Role.AUDITOR],
      [
        route('GET', /^\/audit-logs\?/, () => pageOf([])),
        route('GET', /^\/audit-logs\/export/, () => ({ status: 200, body: new Blob(['PK']) })),
      ],
    );
    renderAt('/audit');
    await waitFor(() => expect(api.calls.some((c) => c.path.startsWith('/audit-logs?'))).toBe(true), {
      timeout: 45_000,
    });

    type('action', 'archive.');
    type('actorName', '城东');
    fireEvent.click(screen.getByText(/查\s*询/).closest('button')!);
    await waitFor(() => expect(api.calls.some((c) => c.path.includes('actorName='))).toBe(true));

    fireEvent.click(screen.getByText('导出 Excel').closest('button')!);
    await waitFor(() => expect(click).toHaveBeenCalled());
    const exported = api.calls.find((c) => c.path.startsWith('/audit-logs/export'))!;
    expect(Object.fromEntries(new URL(exported.path, 'http://x').searchParams)).toEqual({
      action: 'archive.',
      actorName: '城东',
    });
    // No name from the server: the console's own.
    expect((click.mock.instances[0] as unknown as HTMLAnchorElement).download).toBe('审计日志.xlsx');
    click.mockRestore();
  });
});

describe('audit log changes', () => {
  it('shows what an edit changed: field, old and new value', async () => {
    signedInAs(
      [Role.AUDITOR],
      [
        route('GET', /^\/audit-logs\?/, () =>
          pageOf([
            {
              id: 7,
              actorType: 'worker',
              actorId: 3,
              actorName: 'worker:3',
              actorLabel: '职工本人（小程序）',
              actorRoles: ['WORKER'],
              organizationId: null,
              action: 'worker.profile_update',
              targetType: 'worker',
              targetId: '12',
              summary: {
                before: { phone: '139****0001', employmentStatus: 'UNEMPLOYED' },
                after: { phone: '139****0002', employmentStatus: 'FLEXIBLE' },
              },
              ip: '10.0.0.1',
              requestId: 'r1',
              createdAt: '2026-12-07T02:00:00.000Z',
            },
          ]),
        ),
      ],
    );
    renderAt('/audit');
    const expand = await waitFor(
      () => {
        const button = document.querySelector('.ant-table-row-expand-icon');
        expect(button).not.toBeNull();
        return button as HTMLElement;
      },
      { timeout: 45_000 },
    );
    fireEvent.click(expand);
    const table = await screen.findByTestId('audit-changes');
    const rows = [...table.querySelectorAll('tbody tr')]
      .map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))
      .filter((cells) => cells.length); // antd's hidden measuring row
    expect(rows).toEqual([
      ['手机号码（phone）', '139****0001', '139****0002'],
      ['就业状态（employmentStatus）', 'UNEMPLOYED', 'FLEXIBLE'],
    ]);
    expect(within(table).getByText('原值')).toBeTruthy();
    expect(within(table).getByText('新值')).toBeTruthy();
  });
});
