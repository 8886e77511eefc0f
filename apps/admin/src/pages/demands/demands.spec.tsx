import {
  DemandAction,
  DemandCategory,
  DemandSource,
  DemandStatus,
  Role,
  type DemandResponse,
} from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aWorker, pageOf, renderAt, signedInAs } from '../../../test/app';
import { route, type Call } from '../../../test/fake-api';
import { pick, type } from '../../../test/form';

beforeEach(() => localStorage.clear());

const posts = (api: { calls: Call[] }, path: string) => api.calls.filter((c) => c.method === 'POST' && c.path === path);

function aDemand(overrides: Partial<DemandResponse> = {}): DemandResponse {
  return {
    id: 7,
    source: DemandSource.MINIAPP,
    category: DemandCategory.WAGES_OWED,
    status: DemandStatus.SUBMITTED,
    workerId: 3,
    workerName: '李四',
    workerPhone: '138****5678',
    workerIdNumber: '630102********1234',
    employerId: null,
    employerName: '西宁某建筑劳务公司',
    description: '工地拖欠三个月工资',
    attachments: [],
    regionCode: '630102',
    regionName: '青海省 / 西宁市 / 城东区',
    dueAt: '2026-10-14T15:59:59.999Z',
    late: false,
    escalated: false,
    escalatedTo: null,
    legalAidRequestId: null,
    result: null,
    closedAt: null,
    rating: null,
    ratingComment: null,
    createdAt: '2026-10-07T01:30:00.000Z',
    events: [{ id: 1, action: DemandAction.SUBMIT, actorName: '李四', note: null, at: '2026-10-07T01:30:00.000Z' }],
    ...overrides,
  };
}

async function submit() {
  const footer = document.querySelector('.ant-modal-footer') as HTMLElement;
  await act(async () => {
    fireEvent.click(within(footer).getByRole('button', { name: /确\s*认|确\s*定/ }));
  });
}

describe('职工诉求 list', () => {
  it('lists demands with masked phones, late ones marked, opened filtered by the home’s late link', async () => {
    const api = signedInAs(
      [Role.REVIEWER],
      [
        route('GET', /^\/demands\?/, () =>
          pageOf([
            aDemand(),
            aDemand({ id: 8, workerName: '王五', late: true, escalated: true, escalatedTo: '630100' }),
          ]),
        ),
      ],
    );
    renderAt('/demands?late=true');

    const link = await screen.findByText('王五', undefined, { timeout: 45_000 });
    expect(link.closest('a')?.getAttribute('href')).toBe('/demands/8');
    const late = link.closest('tr') as HTMLElement;
    expect(late.getAttribute('data-late')).toBe('true');
    expect(within(late).getByTestId('demand-late').textContent).toBe('超时');
    const onTime = screen.getByText('李四').closest('tr') as HTMLElement;
    expect(onTime.getAttribute('data-late')).toBeNull();
    expect(within(onTime).getByText('138****5678')).toBeTruthy();
    expect(within(onTime).getByText('拖欠工资')).toBeTruthy();
    expect(within(onTime).getByText('待受理')).toBeTruthy();
    expect(api.calls.find((c) => c.path.startsWith('/demands?'))?.path).toBe('/demands?page=1&pageSize=20&late=true');
    expect(screen.getByText('导出 Excel')).toBeTruthy();
  });
});

describe('办理时限设置', () => {
  it('lets the province set the working days a demand is answered within', async () => {
    const api = signedInAs(
      [Role.PROVINCE_REVIEWER],
      [
        route('GET', /^\/demands\?/, () => pageOf([])),
        route('GET', '/demands/settings', () => ({ status: 200, body: { deadlineWorkingDays: 5 } })),
        route('PUT', '/demands/settings', (call) => ({ status: 200, body: call.body })),
      ],
    );
    renderAt('/demands');
    fireEvent.click(await screen.findByTestId('demand-settings', undefined, { timeout: 45_000 }));
    await waitFor(() =>
      expect((document.getElementById('demand-settings_deadlineWorkingDays') as HTMLInputElement)?.value).toBe('5'),
    );
    type('demand-settings_deadlineWorkingDays', '7');
    await submit();
    await waitFor(() => expect(api.calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    expect(api.calls.find((c) => c.method === 'PUT')!.body).toEqual({ deadlineWorkingDays: 7 });
  });

  it('is not offered to a county union', async () => {
    signedInAs([Role.REVIEWER], [route('GET', /^\/demands\?/, () => pageOf([]))]);
    renderAt('/demands');
    await screen.findByTestId('record-call', undefined, { timeout: 45_000 });
    expect(screen.queryByTestId('demand-settings')).toBeNull();
  });
});

describe('登记热线来电', () => {
  it('records a 12351 call for a worker found by name, then opens it; a retry after a failed answer is the same submission', async () => {
    let answers = 0;
    const api = signedInAs(
      [Role.REVIEWER],
      [
        route('GET', /^\/demands\?/, () => pageOf([])),
        route('GET', /^\/jobs\/employers\/options/, () => ({ status: 200, body: [] })),
        route('GET', /^\/workers\?/, () => pageOf([aWorker({ id: 3, name: '张三' })])),
        route('POST', '/demands', () =>
          ++answers === 1
            ? { status: 503, body: { statusCode: 503, error: 'SERVICE_UNAVAILABLE', message: '服务暂不可用' } }
            : { status: 201, body: aDemand({ id: 12, source: DemandSource.HOTLINE }) },
        ),
        route('GET', '/demands/12', () => ({ status: 200, body: aDemand({ id: 12, source: DemandSource.HOTLINE }) })),
      ],
    );
    renderAt('/demands');
    fireEvent.click(await screen.findByTestId('record-call', undefined, { timeout: 45_000 }));
    await waitFor(() => expect(document.getElementById('hotline_workerId')).not.toBeNull());

    await submit();
    expect(await screen.findByText('请填写诉求内容')).toBeTruthy();
    expect(await screen.findByText('请选择职工')).toBeTruthy();
    expect(posts(api, '/demands')).toHaveLength(0);

    const picker = document.getElementById('hotline_workerId')!;
    fireEvent.mouseDown(picker);
    fireEvent.change(picker, { target: { value: '张三' } });
    fireEvent.click(await screen.findByText(/张三/, { selector: '.ant-select-item-option-content' }));
    expect(api.calls.find((c) => c.path.startsWith('/workers?'))?.path).toBe(
      `/workers?keyword=${encodeURIComponent('张三')}&page=1&pageSize=20`,
    );
    await pick('hotline_category', '社会保险');
    type('hotline_employerName', '  某物流公司 ');
    type('hotline_description', '单位未缴社保');
    await submit();
    await waitFor(() => expect(posts(api, '/demands')).toHaveLength(1));
    // The first answer was lost (503): the form stays open and the user sends again.
    await submit();

    await waitFor(() => expect(posts(api, '/demands')).toHaveLength(2));
    const [first, second] = posts(api, '/demands');
    expect(second.body).toEqual({
      workerId: 3,
      category: DemandCategory.SOCIAL_INSURANCE,
      employerName: '某物流公司',
      description: '单位未缴社保',
    });
    expect(first.idempotencyKey).toMatch(/\S{16,}/);
    expect(second.idempotencyKey).toBe(first.idempotencyKey);
    expect(await screen.findByTestId('demand-page', undefined, { timeout: 45_000 })).toBeTruthy();
  });
});

describe('职工诉求 page', () => {
  it('accepts, then closes with a result; the timeline shows each step', async () => {
    const accepted = aDemand({
      status: DemandStatus.ACCEPTED,
      events: [
        ...aDemand().events!,
        {
          id: 2,
          action: DemandAction.ACCEPT,
          actorName: '城东区总工会初审',
          note: null,
          at: '2026-10-07T02:00:00.000Z',
        },
      ],
    });
    const api = signedInAs(
      [Role.REVIEWER],
      [
        route('GET', '/demands/7', () => ({ status: 200, body: aDemand() })),
        route('POST', '/demands/7/accept', () => ({ status: 200, body: accepted })),
        route('POST', '/demands/7/close', (call) => ({
          status: 200,
          body: {
            ...accepted,
            status: DemandStatus.CLOSED,
            result: (call.body as { result: string }).result,
            closedAt: '2026-10-08T02:00:00.000Z',
            events: [
              ...accepted.events!,
              {
                id: 3,
                action: DemandAction.CLOSE,
                actorName: '城东区总工会初审',
                note: (call.body as { result: string }).result,
                at: '2026-10-08T02:00:00.000Z',
              },
            ],
          },
        })),
      ],
    );
    renderAt('/demands/7');
    await screen.findByTestId('demand-page', undefined, { timeout: 45_000 });
    expect(screen.getByTestId('demand-title').textContent).toBe('拖欠工资 · 李四');
    expect(screen.getByTestId('demand-description').textContent).toBe('工地拖欠三个月工资');
    expect(screen.queryByTestId('demand-close')).toBeNull();

    await act(async () => {
      fireEvent.click(screen.getByTestId('demand-accept'));
    });
    await waitFor(() => expect(posts(api, '/demands/7/accept')).toHaveLength(1));
    expect(await screen.findByTestId('demand-close')).toBeTruthy();
    expect(screen.getAllByTestId('demand-event')).toHaveLength(2);

    fireEvent.click(screen.getByTestId('demand-close'));
    await waitFor(() => expect(document.getElementById('close_result')).not.toBeNull());
    type('close_result', '  已追回工资  ');
    await submit();
    await waitFor(() => expect(posts(api, '/demands/7/close')).toHaveLength(1));
    expect(posts(api, '/demands/7/close')[0].body).toEqual({ result: '已追回工资' });
    await waitFor(() => expect(screen.getAllByTestId('demand-event')).toHaveLength(3));
    // newest first
    expect(screen.getAllByTestId('demand-event')[0].textContent).toContain('办结');
    expect(screen.queryByTestId('demand-close')).toBeNull();
  });

  it('says a demand outside the scope is not found', async () => {
    signedInAs(
      [Role.REVIEWER],
      [
        route('GET', '/demands/9', () => ({
          status: 404,
          body: { statusCode: 404, error: 'NOT_FOUND', message: '诉求不存在' },
        })),
      ],
    );
    renderAt('/demands/9');
    expect(await screen.findByText('诉求不存在，或不在您的管辖范围内', undefined, { timeout: 45_000 })).toBeTruthy();
  });
});
