import { Role } from '@steadywork/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderAt, signedInAs } from '../../test/app';
import { route, type Reply } from '../../test/fake-api';
import { aProgram } from '../../test/aid';
import { aBase } from '../../test/training';

beforeEach(() => localStorage.clear());

const file = () => ({
  status: 200,
  body: new Blob(['xlsx']),
  headers: { 'Content-Disposition': "attachment; filename*=UTF-8''export.xlsx" },
});
const page = (items: unknown[]) => ({ status: 200, body: { items, total: items.length, page: 1, pageSize: 20 } });

/** The lists that export through the same 导出 Excel button: what the page shows, where the export goes. */
const LISTS: { name: string; roles: Role[]; at: string; list: RegExp; body: () => Reply; exportPath: RegExp }[] = [
  {
    name: '培训基地',
    roles: [Role.TRAINING_ADMIN],
    at: '/training/bases',
    list: /^\/training\/bases(\?|$)/,
    body: () => page([aBase()]),
    exportPath: /^\/training\/bases\/export/,
  },
  {
    name: '221帮扶项目',
    roles: [Role.PROGRAM_ADMIN],
    at: '/aid/programs',
    list: /^\/aid\/programs(\?|$)/,
    body: () => ({ status: 200, body: [aProgram()] }),
    exportPath: /^\/aid\/programs\/export\?year=\d{4}$/,
  },
  {
    name: '公示',
    roles: [Role.PROVINCE_REVIEWER],
    at: '/aid/publicities',
    list: /^\/aid\/(publicities|programs)(\?|$)/,
    body: () => ({ status: 200, body: [] }),
    exportPath: /^\/aid\/publicities\/export/,
  },
  {
    name: '逾期回访',
    roles: [Role.PROVINCE_REVIEWER],
    at: '/workers/follow-ups/overdue',
    list: /^\/follow-ups\/overdue(\?|$)/,
    body: () => page([]),
    exportPath: /^\/follow-ups\/overdue\/export/,
  },
  {
    name: '我的课次',
    roles: [Role.TRAINER],
    at: '/training/sessions',
    list: /^\/training\/sessions\/mine$/,
    body: () => ({ status: 200, body: [] }),
    exportPath: /^\/training\/sessions\/mine\/export$/,
  },
  {
    name: '工作月报',
    roles: [Role.PROVINCE_REVIEWER],
    at: '/reports',
    list: /^\/reports(\?|$)/,
    body: () => page([]),
    exportPath: /^\/reports\/export/,
  },
];

describe('every list exports (导出 Excel)', () => {
  it.each(LISTS)('$name', async ({ roles, at, list, body, exportPath }) => {
    const api = signedInAs(roles, [route('GET', exportPath, file), route('GET', list, body)]);
    URL.createObjectURL = jest.fn(() => 'blob:export');
    URL.revokeObjectURL = jest.fn();
    renderAt(at);

    const button = await screen.findByText('导出 Excel', undefined, { timeout: 45_000 });
    fireEvent.click(button.closest('button')!);
    await waitFor(() =>
      expect(api.calls.map((c) => c.path).filter((p) => p.includes('export'))).toEqual([
        expect.stringMatching(exportPath),
      ]),
    );
    expect(await screen.findByText('已导出')).toBeTruthy();
  });
});
