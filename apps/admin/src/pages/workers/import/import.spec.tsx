import { Role, type ImportJobResponse } from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderAt, signedInAs } from '../../../../test/app';
import { route } from '../../../../test/fake-api';

beforeEach(() => localStorage.clear());

describe('import wizard', () => {
  const job = (over: Partial<ImportJobResponse>): ImportJobResponse => ({
    id: 9,
    fileName: 'workers.xlsx',
    status: 'RUNNING',
    total: 3,
    processed: 0,
    created: 0,
    updated: 0,
    failed: 0,
    errors: [],
    createdAt: '2026-11-23T01:00:00.000Z',
    finishedAt: null,
    ...over,
  });

  it('uploads the sheet, polls the job until DONE and shows the row errors', async () => {
    const polls = [
      job({ processed: 2, created: 1, updated: 1 }),
      job({
        status: 'DONE',
        processed: 3,
        created: 1,
        updated: 1,
        failed: 1,
        errors: [{ row: 4, field: '身份证号码', message: '身份证号码有误，请对照身份证逐位核对' }],
        finishedAt: '2026-11-23T01:00:03.000Z',
      }),
    ];
    const api = signedInAs(
      [Role.REVIEWER],
      [
        route('POST', '/workers/imports', () => ({ status: 201, body: job({}) })),
        route('GET', '/workers/imports/9', () => ({ status: 200, body: polls.length > 1 ? polls.shift() : polls[0] })),
      ],
    );
    renderAt('/workers/import');

    fireEvent.click(await screen.findByRole('button', { name: '下一步' }, { timeout: 45_000 }));
    const input = await waitFor(() => {
      const el = document.querySelector('input[type=file]');
      if (!el) throw new Error('no file input');
      return el as HTMLInputElement;
    });
    const file = new File(['PK\u0003\u0004'], 'workers.xlsx', {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });

    // Progress while it runs, then the report.
    expect(await screen.findByText('已处理 2 / 3 行', undefined, { timeout: 10_000 })).toBeTruthy();
    const report = await screen.findByTestId('import-report', undefined, { timeout: 10_000 });
    expect(within(report).getByText('共 3 行：新增 1，更新 1，失败 1')).toBeTruthy();
    const errors = screen.getByTestId('import-errors');
    expect(within(errors).getByText('4')).toBeTruthy();
    expect(within(errors).getByText('身份证号码')).toBeTruthy();
    expect(within(errors).getByText('身份证号码有误，请对照身份证逐位核对')).toBeTruthy();
    expect(screen.getByRole('button', { name: /下载错误清单/ })).toBeTruthy();

    const upload = api.calls.find((c) => c.method === 'POST' && c.path === '/workers/imports');
    expect((upload?.body as FormData).get('file')).toBeInstanceOf(File);
    expect(upload?.auth).toBe('Bearer access');
    expect(api.calls.filter((c) => c.path === '/workers/imports/9').length).toBe(2);

    // 再次导入 goes back to the upload step.
    fireEvent.click(screen.getByRole('button', { name: '再次导入' }));
    expect(await screen.findByText('点击或将 .xlsx 文件拖到此处上传')).toBeTruthy();
  });
});
