import { ErrorCode, Role } from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderAt, signedInAs } from '../../../../test/app';
import { route } from '../../../../test/fake-api';

beforeEach(() => localStorage.clear());

async function upload(name: string, type: string) {
  fireEvent.click(await screen.findByRole('button', { name: '下一步' }, { timeout: 20_000 }));
  const input = await waitFor(() => {
    const el = document.querySelector('input[type=file]');
    if (!el) throw new Error('no file input');
    return el as HTMLInputElement;
  });
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File(['身份证号,姓名'], name, { type })] } });
  });
}

describe('online learning import', () => {
  it('uploads a .csv and shows the row report, each bad cell named by its column', async () => {
    const api = signedInAs(
      [Role.TRAINING_ADMIN],
      [
        route('POST', '/training/online-learning/imports', () => ({
          status: 200,
          body: {
            rows: 5,
            added: 3,
            duplicates: 1,
            failed: 1,
            errors: [{ row: 4, field: 'idNumber', message: '身份证号码校验位不正确，请核对' }],
          },
        })),
      ],
    );
    renderAt('/training/online-learning');
    expect(await screen.findByText(/身份证号、姓名、学习内容编号/, undefined, { timeout: 20_000 })).toBeTruthy();

    await upload('learning.csv', 'text/csv');

    const report = await screen.findByTestId('online-report');
    expect(within(report).getByText('共 5 行：新增 3 人次，已计入 1 行，失败 1 行')).toBeTruthy();
    const errors = screen.getByTestId('online-errors');
    expect(within(errors).getByText('4')).toBeTruthy();
    expect(within(errors).getByText('身份证号')).toBeTruthy();
    expect(within(errors).getByText('身份证号码校验位不正确，请核对')).toBeTruthy();
    const call = api.calls.find((c) => c.method === 'POST' && c.path === '/training/online-learning/imports');
    expect(((call?.body as FormData).get('file') as File).name).toBe('learning.csv');

    fireEvent.click(screen.getByRole('button', { name: '继续导入' }));
    expect(await screen.findByText('点击或将 .xlsx / .csv 文件拖到此处上传')).toBeTruthy();
  });

  it('keeps the reason a whole file is refused on screen (a missing column)', async () => {
    signedInAs(
      [Role.TRAINING_ADMIN],
      [
        route('POST', '/training/online-learning/imports', () => ({
          status: 400,
          body: {
            statusCode: 400,
            error: ErrorCode.VALIDATION_FAILED,
            message: '请求参数有误',
            details: [{ field: 'file', message: '缺少列：学习内容编号（第一行应为列名）' }],
          },
        })),
      ],
    );
    renderAt('/training/online-learning');

    await upload('learning.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

    expect((await screen.findByTestId('online-failure')).textContent).toBe('缺少列：学习内容编号（第一行应为列名）');
  });
});
