import { AidType, ErrorCode, Role } from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aProgram } from '../../../../test/aid';
import { renderAt, signedInAs } from '../../../../test/app';
import { route, type Call } from '../../../../test/fake-api';
import { formItemOf, pick, type } from '../../../../test/form';
import { shanghaiNow } from '../../../services/time';

beforeEach(() => localStorage.clear());

const year = Number(shanghaiNow('YYYY'));
const creates = (api: { calls: Call[] }) => api.calls.filter((c) => c.method === 'POST' && c.path === '/aid/programs');

async function openCreate() {
  fireEvent.click((await screen.findByText('新建项目', undefined, { timeout: 45_000 })).closest('button')!);
  await waitFor(() => expect(document.getElementById('program_amountFen')).not.toBeNull());
}

async function submit() {
  const footer = document.querySelector('.ant-modal-footer') as HTMLElement;
  await act(async () => {
    fireEvent.click(within(footer).getByRole('button', { name: /确\s*认|确\s*定/ }));
  });
}

describe('programme years', () => {
  it('lists the year’s programmes; read-only for a reviewer', async () => {
    const api = signedInAs(
      [Role.REVIEWER],
      [route('GET', `/aid/programs?year=${year}`, () => ({ status: 200, body: [aProgram({ year })] }))],
    );
    renderAt('/aid/programs');

    expect(await screen.findByText('2026年“221”工程生产资料帮扶', undefined, { timeout: 45_000 })).toBeTruthy();
    expect(screen.getByText('¥20,000.00')).toBeTruthy();
    expect(screen.getByText('3 / 20')).toBeTruthy();
    expect(screen.queryByText('新建项目')).toBeNull();
    expect(screen.queryByText('编辑')).toBeNull();
    expect(api.calls.some((c) => c.path === `/aid/programs?year=${year}`)).toBe(true);
  });

  it('sends the amount in fen and refuses a city split that does not add up to the quota', async () => {
    const api = signedInAs(
      [Role.PROGRAM_ADMIN],
      [
        route('GET', `/aid/programs?year=${year}`, () => ({ status: 200, body: [] })),
        route('POST', '/aid/programs', (call) => ({ status: 201, body: aProgram(call.body as object) })),
      ],
    );
    renderAt('/aid/programs');
    await openCreate();

    await pick('program_aidType', '创业补助');
    type('program_amountFen', '15000.5');
    type('program_quota', '10');
    fireEvent.click(document.getElementById('program_split')!);
    // The cities are the province's children in GET /regions.
    await waitFor(() => expect(document.getElementById('program_regionQuotas_630200')).not.toBeNull());
    type('program_regionQuotas_630100', '3');
    type('program_regionQuotas_630200', '4');
    await submit();

    expect(
      await within(formItemOf('program_regionQuotas')).findByText('各市州名额之和（7）应等于总名额（10）'),
    ).toBeTruthy();
    expect(creates(api)).toHaveLength(0);

    type('program_regionQuotas_630100', '6');
    await submit();

    await waitFor(() => expect(creates(api)).toHaveLength(1));
    expect(creates(api)[0].body).toMatchObject({
      year,
      aidType: AidType.STARTUP_SUBSIDY,
      amountFen: 1_500_050,
      quota: 10,
      regionQuotas: { '630100': 6, '630200': 4 },
      applyFrom: `${year}-01-01`,
      applyUntil: `${year}-12-31`,
      requiredAttachments: [],
      outcomeTarget: 100,
      onePerYear: true,
      minAge: 16,
      maxAge: 60,
    });
  });

  it('puts the API’s field errors on the form: the window’s end on the date range', async () => {
    const api = signedInAs(
      [Role.PROGRAM_ADMIN],
      [
        route('GET', `/aid/programs?year=${year}`, () => ({ status: 200, body: [aProgram({ year })] })),
        route('PUT', '/aid/programs/1', () => ({
          status: 400,
          body: {
            statusCode: 400,
            error: ErrorCode.VALIDATION_FAILED,
            message: '请求参数有误',
            details: [
              { field: 'applyUntil', message: '申报截止日期不能早于开始日期' },
              { field: 'quota', message: '名额不能少于已占用的 3 个' },
            ],
          },
        })),
      ],
    );
    renderAt('/aid/programs');
    fireEvent.click(await screen.findByText('编辑', undefined, { timeout: 45_000 }));
    await waitFor(() => expect(document.getElementById('program_amountFen')).not.toBeNull());
    expect((document.getElementById('program_amountFen') as HTMLInputElement).value).toBe('20000.00');

    await submit();

    expect(await within(formItemOf('program_quota')).findByText('名额不能少于已占用的 3 个')).toBeTruthy();
    const windowItem = document.getElementById('program_window')!.closest('.ant-form-item') as HTMLElement;
    expect(within(windowItem).getByText('申报截止日期不能早于开始日期')).toBeTruthy();
    // Year and type are fixed once created, and still sent.
    expect((document.getElementById('program_year') as HTMLInputElement).disabled).toBe(true);
    expect(api.calls.find((c) => c.method === 'PUT')?.body).toMatchObject({
      year,
      aidType: AidType.PRODUCTION_MATERIALS,
      amountFen: 2_000_000,
      regionQuotas: null,
      applyFrom: '2026-03-01',
      applyUntil: '2026-05-31',
      requiredAttachments: [{ key: 'price_list', label: '生产资料报价单' }],
    });
  });
});
