import { ErrorCode, Role } from '@steadywork/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aFile, anArchive, aWorker, pageOf, renderAt, signedInAs } from '../../../../test/app';
import { route } from '../../../../test/fake-api';

const GOOD_ID = '630102198506011234';

beforeEach(() => localStorage.clear());

describe('worker detail', () => {
  it('shows a friendly message for a worker outside the scope (404)', async () => {
    signedInAs(
      [Role.REVIEWER],
      [
        route('GET', '/workers/77', () => ({
          status: 404,
          body: { statusCode: 404, error: ErrorCode.NOT_FOUND, message: '职工不存在' },
        })),
      ],
    );
    renderAt('/workers/77');
    expect(await screen.findByText('职工不存在或不在您的管辖范围内', undefined, { timeout: 45_000 })).toBeTruthy();
  });

  it('shows the archive in 元 with its history, and the full numbers behind an audited reveal', async () => {
    const api = signedInAs(
      [Role.REVIEWER],
      [
        route('GET', '/workers/42', () => ({ status: 200, body: aWorker() })),
        route('GET', '/workers/42/archive', () => ({ status: 200, body: anArchive() })),
        route('GET', '/workers/42/follow-ups', () => ({ status: 200, body: [] })),
        route('GET', '/workers/42/audit', () => pageOf([])),
        route('POST', '/workers/42/reveal', () => ({ status: 200, body: { idNumber: GOOD_ID, phone: '13812345678' } })),
      ],
    );
    renderAt('/workers/42');

    expect((await screen.findByTestId('archive-income', undefined, { timeout: 45_000 })).textContent).toBe('450.50 元');
    expect(within(screen.getByTestId('archive-card')).getByText('建档')).toBeTruthy();
    expect(screen.getByText('经办人：城东初审')).toBeTruthy();
    expect(screen.getByRole('button', { name: '重新评估' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '脱困' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '返困' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /查看完整信息/ }));
    expect((await screen.findByTestId('revealed-id')).textContent).toBe(GOOD_ID);
    expect(screen.getByText(/本次查看已记录在审计日志中/)).toBeTruthy();
    expect(api.calls.filter((c) => c.path === '/workers/42/audit').length).toBeGreaterThan(1);
  });

  it('lists the archive’s evidence by name and size, and fetches a file with the token when clicked', async () => {
    const file = aFile();
    const api = signedInAs(
      [Role.REVIEWER],
      [
        route('GET', '/workers/42', () => ({ status: 200, body: aWorker() })),
        route('GET', '/workers/42/archive', () => ({ status: 200, body: anArchive({ attachmentFiles: [file] }) })),
        route('GET', '/workers/42/follow-ups', () => ({ status: 200, body: [] })),
        route('GET', '/workers/42/audit', () => pageOf([])),
        route('GET', `/files/${file.id}`, () => ({
          status: 200,
          body: new Blob(['%PDF-1.4'], { type: 'application/pdf' }),
          headers: { 'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(file.name)}` },
        })),
      ],
    );
    const createObjectURL = jest.fn(() => 'blob:evidence');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderAt('/workers/42');

    const list = await screen.findByTestId('archive-attachments', undefined, { timeout: 45_000 });
    expect(list.textContent).toContain('低保证明.pdf');
    expect(list.textContent).toContain('240 KB');
    const link = within(list).getByText('低保证明.pdf');
    expect(link.getAttribute('href')).toBeNull();

    fireEvent.click(link);
    await waitFor(() => expect(click).toHaveBeenCalled());
    const call = api.calls.find((c) => c.path === `/files/${file.id}`);
    expect(call?.auth).toBe('Bearer access');
    expect(createObjectURL).toHaveBeenCalled();
    expect((click.mock.instances[0] as unknown as HTMLAnchorElement).download).toBe('低保证明.pdf');
    click.mockRestore();
  });
});
