import { ErrorCode, OnlineLearningChannel, Role, type OnlineLearningListItem } from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { pageOf, renderAt, signedInAs } from '../../../../test/app';
import { route, type Call } from '../../../../test/fake-api';
import { pick, type } from '../../../../test/form';
import { shanghaiNow } from '../../../services/time';

beforeEach(() => localStorage.clear());

const year = Number(shanghaiNow('YYYY'));

/** 李四 studied 劳动法律知识 for 45 minutes on the online platform (imported). */
function aRecord(overrides: Partial<OnlineLearningListItem> = {}): OnlineLearningListItem {
  return {
    id: 9,
    workerId: 42,
    workerName: '李四',
    idNumberMasked: '630102********1234',
    regionCode: '630102',
    regionName: '青海省 / 西宁市 / 城东区',
    itemKey: 'course-2026-001',
    itemTitle: '劳动法律知识',
    durationMinutes: 45,
    studiedOn: `${year}-03-01`,
    source: '职工书屋',
    channel: OnlineLearningChannel.IMPORT,
    createdAt: `${year}-03-02T02:00:00.000Z`,
    ...overrides,
  };
}

const noRecords = route('GET', /^\/training\/online-learning\?/, () => pageOf([]));

const listCalls = (api: { calls: Call[] }) =>
  api.calls.filter((c) => c.path.startsWith('/training/online-learning?')).map((c) => c.path);

async function upload(name: string, type: string) {
  fireEvent.click(await screen.findByRole('button', { name: '下一步' }, { timeout: 45_000 }));
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
    let imported = false;
    const api = signedInAs(
      [Role.TRAINING_ADMIN],
      [
        route('GET', /^\/training\/online-learning\?/, () => pageOf(imported ? [aRecord()] : [])),
        route('POST', '/training/online-learning/imports', () => {
          imported = true;
          return {
            status: 200,
            body: {
              rows: 5,
              added: 3,
              duplicates: 1,
              failed: 1,
              errors: [{ row: 4, field: 'idNumber', message: '身份证号码有误，请对照身份证逐位核对' }],
            },
          };
        }),
      ],
    );
    renderAt('/training/online-learning');
    expect(await screen.findByText(/身份证号、姓名、学习内容编号/, undefined, { timeout: 45_000 })).toBeTruthy();
    await waitFor(() => expect(listCalls(api)).toHaveLength(1));

    await upload('learning.csv', 'text/csv');

    const report = await screen.findByTestId('online-report');
    expect(within(report).getByText('共 5 行：新增 3 人次，已计入 1 行，失败 1 行')).toBeTruthy();
    const errors = screen.getByTestId('online-errors');
    expect(within(errors).getByText('4')).toBeTruthy();
    expect(within(errors).getByText('身份证号')).toBeTruthy();
    expect(within(errors).getByText('身份证号码有误，请对照身份证逐位核对')).toBeTruthy();
    const call = api.calls.find((c) => c.method === 'POST' && c.path === '/training/online-learning/imports');
    expect(((call?.body as FormData).get('file') as File).name).toBe('learning.csv');
    // The records list below shows what was just imported.
    expect(await within(screen.getByTestId('online-records')).findByText('劳动法律知识')).toBeTruthy();

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
        noRecords,
      ],
    );
    renderAt('/training/online-learning');

    await upload('learning.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

    expect((await screen.findByTestId('online-failure')).textContent).toBe('缺少列：学习内容编号（第一行应为列名）');
  });
});

describe('online learning records', () => {
  it('shows an office reviewer the records of the year, without the import, and exports with the same filters', async () => {
    const api = signedInAs(
      [Role.PROVINCE_REVIEWER],
      [
        route('GET', /^\/training\/online-learning\?/, () =>
          pageOf([
            aRecord(),
            aRecord({
              id: 10,
              workerName: '王五',
              idNumberMasked: '630102********5678',
              itemKey: 'mp-safety-01',
              itemTitle: '安全生产常识',
              durationMinutes: 20,
              source: '小程序',
              channel: OnlineLearningChannel.MINIPROGRAM,
            }),
          ]),
        ),
        route('GET', /^\/training\/online-learning\/export/, () => ({
          status: 200,
          body: new Blob(['xlsx']),
          headers: { 'Content-Disposition': "attachment; filename*=UTF-8''%E5%AD%A6%E4%B9%A0.xlsx" },
        })),
      ],
    );
    URL.createObjectURL = jest.fn(() => 'blob:export');
    URL.revokeObjectURL = jest.fn();
    renderAt('/training/online-learning');

    const records = await screen.findByTestId('online-records', undefined, { timeout: 45_000 });
    const row = (await within(records).findByText('630102********1234')).closest('tr') as HTMLElement;
    expect(within(row).getByText('李四')).toBeTruthy();
    expect(within(row).getByText('course-2026-001')).toBeTruthy();
    expect(within(row).getByText('劳动法律知识')).toBeTruthy();
    expect(within(row).getByText('45')).toBeTruthy();
    expect(within(row).getByText(`${year}-03-01`)).toBeTruthy();
    expect(within(row).getByText('职工书屋')).toBeTruthy();
    expect(within(row).getByText('平台导入')).toBeTruthy();
    expect(within(row).getByText(`${year}-03-02 10:00`)).toBeTruthy();
    const other = within(records).getByText('630102********5678').closest('tr') as HTMLElement;
    expect(within(other).getByText('小程序学习')).toBeTruthy();
    expect(listCalls(api)[0]).toBe(`/training/online-learning?page=1&pageSize=20&year=${year}`);

    // The import is the training admin's: nothing of it here.
    expect(screen.queryByText('线上学习记录导入')).toBeNull();
    expect(screen.queryByRole('button', { name: '下载导入模板' })).toBeNull();
    expect(document.querySelector('input[type=file]')).toBeNull();

    await pick('channel', '平台导入');
    type('keyword', '1234');
    type('item', ' 法律 ');
    fireEvent.click(within(records).getByRole('button', { name: /查\s*询/ }));
    await waitFor(() =>
      expect(listCalls(api)).toContain(
        `/training/online-learning?page=1&pageSize=20&year=${year}&channel=IMPORT&keyword=1234&item=%E6%B3%95%E5%BE%8B`,
      ),
    );

    fireEvent.click(within(records).getByRole('button', { name: /导出 Excel/ }));
    await waitFor(() =>
      expect(api.calls.map((c) => c.path)).toContain(
        `/training/online-learning/export?year=${year}&channel=IMPORT&keyword=1234&item=%E6%B3%95%E5%BE%8B`,
      ),
    );
    expect(await screen.findByText('已导出')).toBeTruthy();
  });
});
