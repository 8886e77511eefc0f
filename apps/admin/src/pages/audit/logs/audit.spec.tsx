import { Role } from '@steadywork/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
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
