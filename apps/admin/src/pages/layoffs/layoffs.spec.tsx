import {
  LayoffEventType,
  LayoffStatus,
  LayoffStep,
  LayoffStepState,
  Role,
  WorkerTag,
  type LayoffFilingDetail,
  type LayoffWorkerResponse,
} from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { pageOf, renderAt, signedInAs } from '../../../test/app';
import { route, type Call } from '../../../test/fake-api';
import { formItemOf, type } from '../../../test/form';

beforeEach(() => localStorage.clear());

const calls = (api: { calls: Call[] }, method: string, prefix: string) =>
  api.calls.filter((c) => c.method === method && c.path.startsWith(prefix));

const step = (s: LayoffStep, state: LayoffStepState, extra: Partial<LayoffFilingDetail['steps'][number]> = {}) => ({
  step: s,
  state,
  date: state === LayoffStepState.PENDING ? null : '2026-06-03',
  file: null,
  note: null,
  present: null,
  votesFor: null,
  votesAgainst: null,
  returnReason: null,
  recordedBy: null,
  recordedAt: null,
  ...extra,
});

function aFiling(overrides: Partial<LayoffFilingDetail> = {}): LayoffFilingDetail {
  return {
    id: 9,
    employerId: 7,
    employerName: '青海高原建设有限公司',
    regionCode: '630104',
    regionName: '城西区',
    totalWorkforce: 200,
    layoffCount: 25,
    reasons: '生产经营发生严重困难',
    plannedDate: '2026-06-11',
    noticeDate: '2026-06-01',
    statutory: true,
    earliestLawfulDate: '2026-07-01',
    status: LayoffStatus.IN_PROGRESS,
    nextStep: LayoffStep.PLACEMENT_PLAN,
    workers: 25,
    settledWorkers: 24,
    settled: false,
    flags: { noticeShort: true, noticeShortDays: 20, overdueUnsettled: false, lateTransfers: 0 },
    filedBy: '企业人力资源',
    createdAt: '2026-06-10T02:00:00.000Z',
    updatedAt: '2026-06-10T02:00:00.000Z',
    steps: [
      step(LayoffStep.UNION_OPINION, LayoffStepState.DONE),
      step(LayoffStep.CONGRESS_VOTE, LayoffStepState.DONE, { present: 50, votesFor: 40, votesAgainst: 10 }),
      step(LayoffStep.PLACEMENT_PLAN, LayoffStepState.PENDING),
      step(LayoffStep.BUREAU_REPORT, LayoffStepState.PENDING),
    ],
    events: [
      {
        id: 1,
        type: LayoffEventType.FILED,
        step: null,
        detail: '属经济性裁员；提前说明不足 30 日（差 20 日，最早合法日期 2026-07-01）',
        actorName: '企业人力资源',
        createdAt: '2026-06-10T02:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

const aWorker = (overrides: Partial<LayoffWorkerResponse> = {}): LayoffWorkerResponse => ({
  id: 3,
  filingId: 9,
  workerId: 501,
  name: '职工甲',
  idNumberMasked: '630104********1234',
  regionCode: '630104',
  regionName: '城西区',
  tag: WorkerTag.LAID_OFF,
  compensationOwedFen: 3_600_000,
  compensationPaidFen: 0,
  wageArrearsFen: 0,
  unpaidInsuranceMonths: 0,
  certificateIssuedOn: '2026-06-10',
  transferredOn: null,
  settled: false,
  transferLate: true,
  createdAt: '2026-06-10T02:00:00.000Z',
  updatedAt: '2026-06-10T02:00:00.000Z',
  ...overrides,
});

async function typeDate(id: string, value: string) {
  const input = document.getElementById(id) as HTMLInputElement;
  await act(async () => {
    fireEvent.mouseDown(input);
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value } });
  });
  await act(async () => {
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  });
  await act(async () => {
    fireEvent.blur(input);
  });
}

describe('经济性裁员', () => {
  it('HR file a layoff: the form says statutory and flags the short notice in red before sending', async () => {
    const api = signedInAs(
      [Role.HR],
      [
        route('GET', /^\/layoffs\?/, () => pageOf([])),
        route('POST', '/layoffs', () => ({ status: 201, body: aFiling() })),
        route('GET', '/layoffs/9', () => ({ status: 200, body: aFiling() })),
        route('GET', /^\/layoffs\/9\/workers\?/, () => pageOf([])),
      ],
    );
    renderAt('/layoffs');
    fireEvent.click((await screen.findByText('申报裁员', undefined, { timeout: 45_000 })).closest('button')!);
    await waitFor(() => expect(document.getElementById('layoff_totalWorkforce')).not.toBeNull());
    expect(document.getElementById('layoff_employerId')).toBeNull();
    type('layoff_totalWorkforce', '200');
    type('layoff_layoffCount', '25');
    type('layoff_reasons', '生产经营发生严重困难');
    await typeDate('layoff_noticeDate', '2026-06-01');
    await typeDate('layoff_plannedDate', '2026-06-11');
    expect(await within(formItemOf('layoff_layoffCount')).findByText('属经济性裁员')).toBeTruthy();
    expect((await screen.findByTestId('notice-short')).textContent).toContain('提前说明不足 30 日（差 20 日）');
    expect(formItemOf('layoff_plannedDate').textContent).toContain('最早合法裁员日期：2026-07-01');

    const footer = document.querySelector('.ant-modal-footer') as HTMLElement;
    await act(async () => {
      fireEvent.click(within(footer).getByRole('button', { name: /确\s*认|确\s*定/ }));
    });
    await waitFor(() => expect(calls(api, 'POST', '/layoffs')).toHaveLength(1));
    expect(calls(api, 'POST', '/layoffs')[0].body).toEqual({
      totalWorkforce: 200,
      layoffCount: 25,
      reasons: '生产经营发生严重困难',
      noticeDate: '2026-06-01',
      plannedDate: '2026-06-11',
    });
    // on to the new filing
    expect(await screen.findByTestId('notice-short-alert', undefined, { timeout: 45_000 })).toBeTruthy();
  });

  it('lists the filings with the short notice flagged in red', async () => {
    const api = signedInAs(
      [Role.REVIEWER],
      [
        route('GET', /^\/layoffs\?/, () =>
          pageOf([
            aFiling(),
            aFiling({
              id: 10,
              employerName: '西宁恒信物流有限公司',
              flags: { noticeShort: false, noticeShortDays: 0, overdueUnsettled: false, lateTransfers: 0 },
            }),
          ]),
        ),
      ],
    );
    renderAt('/layoffs');
    const name = await screen.findByText('青海高原建设有限公司', undefined, { timeout: 45_000 });
    const row = name.closest('tr') as HTMLElement;
    const flag = within(row).getByText('提前说明不足 30 日（差 20 日）');
    expect(flag.closest('.ant-tag')?.className).toContain('red');
    expect(within(row).getByText('25 / 200')).toBeTruthy();
    const other = screen.getByText('西宁恒信物流有限公司').closest('tr') as HTMLElement;
    expect(within(other).queryByText(/提前说明不足/)).toBeNull();
    expect(calls(api, 'GET', '/layoffs?')[0].path).toBe('/layoffs?page=1&pageSize=20');
  });

  it('the detail shows the red notice, the steps with the vote, the timeline and the workers; the union returns the last step', async () => {
    const api = signedInAs(
      [Role.REVIEWER],
      [
        route('GET', '/layoffs/9', () => ({ status: 200, body: aFiling() })),
        route('GET', /^\/layoffs\/9\/workers\?/, () => pageOf([aWorker()])),
        route('POST', `/layoffs/9/steps/${LayoffStep.CONGRESS_VOTE}/return`, () => ({
          status: 200,
          body: aFiling({
            nextStep: LayoffStep.CONGRESS_VOTE,
            steps: [
              step(LayoffStep.UNION_OPINION, LayoffStepState.DONE),
              step(LayoffStep.CONGRESS_VOTE, LayoffStepState.RETURNED, { returnReason: '到会人数不足' }),
              step(LayoffStep.PLACEMENT_PLAN, LayoffStepState.PENDING),
              step(LayoffStep.BUREAU_REPORT, LayoffStepState.PENDING),
            ],
          }),
        })),
      ],
    );
    renderAt('/layoffs/9');
    const alert = await screen.findByTestId('notice-short-alert', undefined, { timeout: 45_000 });
    expect(alert.textContent).toContain('最早合法日期为 2026-07-01');
    expect(screen.getByTestId('layoff-steps').textContent).toContain('到会 50 人，赞成 40，反对 10');
    expect(screen.getByTestId('layoff-timeline').textContent).toContain('提交裁员报告');
    const worker = (await screen.findByText('职工甲')).closest('tr') as HTMLElement;
    expect(within(worker).getByText('转移逾期')).toBeTruthy();
    expect(within(worker).getByText('36000.00')).toBeTruthy();
    expect(screen.getByRole('button', { name: /办理：职工安置方案/ })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /退回：职工代表大会表决/ }));
    const reason = await waitFor(() => {
      const el = document.getElementById('returnStep_reason');
      if (!el) throw new Error('no form');
      return el;
    });
    fireEvent.change(reason, { target: { value: '到会人数不足' } });
    const footer = document.querySelector('.ant-modal-footer') as HTMLElement;
    await act(async () => {
      fireEvent.click(within(footer).getByRole('button', { name: /确\s*认|确\s*定/ }));
    });
    await waitFor(() => expect(calls(api, 'POST', '/layoffs/9/steps/')).toHaveLength(1));
    expect(calls(api, 'POST', '/layoffs/9/steps/')[0].body).toEqual({ reason: '到会人数不足' });
    expect(await screen.findByText('退回理由：到会人数不足')).toBeTruthy();
  });

  it('HR see no return button', async () => {
    signedInAs(
      [Role.HR],
      [
        route('GET', '/layoffs/9', () => ({ status: 200, body: aFiling() })),
        route('GET', /^\/layoffs\/9\/workers\?/, () => pageOf([])),
      ],
    );
    renderAt('/layoffs/9');
    await screen.findByTestId('notice-short-alert', undefined, { timeout: 45_000 });
    expect(screen.queryByRole('button', { name: /退回/ })).toBeNull();
  });

  it('a filing outside the scope reads as not found', async () => {
    signedInAs(
      [Role.REVIEWER],
      [
        route('GET', '/layoffs/77', () => ({
          status: 404,
          body: { statusCode: 404, error: 'NOT_FOUND', message: '裁员报告不存在' },
        })),
      ],
    );
    renderAt('/layoffs/77');
    expect(await screen.findByText('裁员报告不存在或不在您的管辖范围内', undefined, { timeout: 45_000 })).toBeTruthy();
  });

  it('the county home shows the late items in red and links the flagged filings', async () => {
    signedInAs(
      [Role.REVIEWER],
      [
        route('GET', '/layoffs/summary', () => ({
          status: 200,
          body: {
            open: 3,
            settled: 1,
            noticeShort: 2,
            overdueUnsettled: 1,
            lateTransfers: 4,
            affectedWorkers: 40,
            unsettledWorkers: 12,
            flagged: [
              aFiling({ flags: { noticeShort: true, noticeShortDays: 20, overdueUnsettled: true, lateTransfers: 4 } }),
            ],
          },
        })),
      ],
    );
    renderAt('/');
    const card = await screen.findByTestId('layoff-card', undefined, { timeout: 45_000 });
    await waitFor(() => expect(within(card).getByText('青海高原建设有限公司')).toBeTruthy());
    expect(within(card).getByText('已过计划日期仍未结算')).toBeTruthy();
    expect(within(card).getByText('4 人档案社保转移逾期')).toBeTruthy();
    expect(within(card).getByText('青海高原建设有限公司').closest('a')?.getAttribute('href')).toBe('/layoffs/9');
  });
});
