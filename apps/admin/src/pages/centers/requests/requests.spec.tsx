import { CenterService, ErrorCode, Role, ServiceOutcome, ServiceRequestStatus } from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aCenter, aServiceRequest } from '../../../../test/centers';
import { pageOf, renderAt, signedInAs } from '../../../../test/app';
import { route, type Call, type Handler } from '../../../../test/fake-api';
import { formItemOf, type } from '../../../../test/form';
import { shanghaiNow } from '../../../services/time';

beforeEach(() => localStorage.clear());

const posts = (api: { calls: Call[] }, path: string) => api.calls.filter((c) => c.method === 'POST' && c.path === path);

/** Request 12's page as `roles`, in this state, with more routes. */
function requestAs(roles: Role[], request = aServiceRequest(), ...more: Handler[]) {
  return signedInAs(roles, [route('GET', '/service-requests/12', () => ({ status: 200, body: request })), ...more]);
}

async function openRequest() {
  renderAt('/service-requests/12');
  return screen.findByTestId('request-page', undefined, { timeout: 45_000 });
}

async function submit() {
  const footer = document.querySelector('.ant-modal-footer') as HTMLElement;
  await act(async () => {
    fireEvent.click(within(footer).getByRole('button', { name: /确\s*认|确\s*定/ }));
  });
}

const accepted = aServiceRequest({
  status: ServiceRequestStatus.ACCEPTED,
  acceptedAt: '2026-10-07T02:00:00.000Z',
  acceptedBy: '帮扶中心小王',
});

describe('service request queue', () => {
  it('lists center staff their queue: masked phones, overdue rows in red, each linking to its request', async () => {
    const api = signedInAs(
      [Role.CENTER_STAFF],
      [
        route('GET', /^\/service-requests\?/, () =>
          pageOf([
            aServiceRequest(),
            aServiceRequest({
              id: 13,
              workerName: '王五',
              workerPhone: '139****0001',
              serviceType: CenterService.JOB_REFERRAL,
              disputeType: null,
              overdue: true,
            }),
          ]),
        ),
      ],
    );
    renderAt('/service-requests');

    const link = await screen.findByText('王五', undefined, { timeout: 45_000 });
    expect(link.closest('a')?.getAttribute('href')).toBe('/service-requests/13');
    expect(screen.getByText('李四').closest('a')?.getAttribute('href')).toBe('/service-requests/12');
    expect(screen.getAllByText('本中心服务请求').length).toBeGreaterThan(0);

    const late = link.closest('tr') as HTMLElement;
    expect(late.getAttribute('data-overdue')).toBe('true');
    expect(within(late).getByTestId('request-overdue').textContent).toBe('超时未受理');
    expect(within(late).getByText('139****0001')).toBeTruthy();
    expect(within(late).getByText('职业介绍')).toBeTruthy();
    expect(within(late).getByText('处理').closest('a')?.getAttribute('href')).toBe('/service-requests/13');

    const onTime = screen.getByText('李四').closest('tr') as HTMLElement;
    expect(onTime.getAttribute('data-overdue')).toBeNull();
    expect(within(onTime).queryByText('超时未受理')).toBeNull();
    expect(within(onTime).getByText('拖欠工资')).toBeTruthy();
    expect(within(onTime).getByText('2026-10-07 09:30')).toBeTruthy();
    expect(within(onTime).getByText('待受理')).toBeTruthy();
    // Staff work at one center: no center to choose, no center column.
    expect(document.getElementById('centerId')).toBeNull();
    expect(api.calls.find((c) => c.path.startsWith('/service-requests?'))?.path).toBe(
      '/service-requests?page=1&pageSize=20',
    );
  });

  it('opens filtered to the overdue requests from the home page’s link', async () => {
    const api = signedInAs(
      [Role.PROVINCE_REVIEWER],
      [
        route('GET', /^\/service-requests\?/, () => pageOf([aServiceRequest({ overdue: true })])),
        route('GET', /^\/centers\?/, () => pageOf([aCenter()])),
      ],
    );
    renderAt('/service-requests?overdue=true');

    expect(await screen.findByText('李四', undefined, { timeout: 45_000 })).toBeTruthy();
    expect(api.calls.find((c) => c.path.startsWith('/service-requests?'))?.path).toBe(
      '/service-requests?page=1&pageSize=20&overdue=true',
    );
    expect(screen.getAllByText('服务请求').length).toBeGreaterThan(0);
    // The reader sees every center's requests: the center is a column.
    expect(screen.getByText('城东区困难职工帮扶中心')).toBeTruthy();
  });
});

describe('service request page', () => {
  it('shows the request and lets center staff accept it while pending', async () => {
    const api = requestAs(
      [Role.CENTER_STAFF],
      aServiceRequest(),
      route('POST', '/service-requests/12/accept', () => ({ status: 200, body: accepted })),
    );
    await openRequest();

    const info = screen.getByTestId('request-info');
    expect(within(info).getByText('法律援助')).toBeTruthy();
    expect(within(info).getByText('拖欠工资')).toBeTruthy();
    expect(screen.getByTestId('request-description').textContent).toBe('工地拖欠三个月工资，想咨询如何维权。');
    expect(within(info).getByText('2026-10-09 10:00')).toBeTruthy();
    expect(within(screen.getByTestId('request-attachments')).getByTestId('attachment-link').textContent).toBe(
      '欠条.pdf',
    );
    expect(screen.getByTestId('accept-due').textContent).toBe('请在 2026-10-10 00:00 前受理');
    expect(screen.queryByText('添加服务记录')).toBeNull();
    expect(screen.queryByText('办结')).toBeNull();

    await act(async () => {
      fireEvent.click(screen.getByText('受理').closest('button')!);
    });

    await waitFor(() => expect(posts(api, '/service-requests/12/accept')).toHaveLength(1));
    expect(await screen.findByText('已受理')).toBeTruthy();
    expect(screen.getByTestId('request-status').textContent).toBe('服务中');
    expect(screen.queryByText('受理')).toBeNull();
    expect(screen.getByText('添加服务记录')).toBeTruthy();
    expect(screen.getByText('办结')).toBeTruthy();
    expect(screen.getByText('帮扶中心小王')).toBeTruthy();
  });

  it('shows the API’s 409 when another colleague accepted first, and the request as it is now', async () => {
    let accepts = 0;
    const api = signedInAs(
      [Role.CENTER_STAFF],
      [
        route('GET', '/service-requests/12', () => ({ status: 200, body: accepts ? accepted : aServiceRequest() })),
        route('POST', '/service-requests/12/accept', () => {
          accepts += 1;
          return {
            status: 409,
            body: { statusCode: 409, error: ErrorCode.CONFLICT, message: '该请求已被受理' },
          };
        }),
      ],
    );
    await openRequest();

    await act(async () => {
      fireEvent.click(screen.getByText('受理').closest('button')!);
    });

    expect(await screen.findByText('该请求已被受理')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('request-status').textContent).toBe('服务中'));
    expect(api.calls.filter((c) => c.path === '/service-requests/12')).toHaveLength(2);
  });

  it('adds a service record', async () => {
    const api = requestAs(
      [Role.CENTER_STAFF],
      accepted,
      route('POST', '/service-requests/12/records', (call) => ({
        status: 200,
        body: {
          ...accepted,
          records: [
            { id: 1, ...(call.body as object), staffName: '帮扶中心小王', createdAt: '2026-10-08T03:00:00.000Z' },
          ],
        },
      })),
    );
    await openRequest();

    fireEvent.click(screen.getByText('添加服务记录').closest('button')!);
    await waitFor(() => expect(document.getElementById('record_notes')).not.toBeNull());
    type('record_notes', '  电话了解欠薪情况，约定周五到中心面谈  ');
    type('record_result', '已告知维权途径');
    await submit();

    await waitFor(() => expect(posts(api, '/service-requests/12/records')).toHaveLength(1));
    expect(posts(api, '/service-requests/12/records')[0].body).toEqual({
      servedOn: shanghaiNow('YYYY-MM-DD'),
      serviceType: CenterService.LEGAL_AID,
      notes: '电话了解欠薪情况，约定周五到中心面谈',
      result: '已告知维权途径',
    });
    const records = screen.getByTestId('request-records');
    expect(await within(records).findByText('电话了解欠薪情况，约定周五到中心面谈')).toBeTruthy();
  });

  it('refuses to close as hired without the employer, then posts the hire with its contract start', async () => {
    const api = requestAs(
      [Role.CENTER_STAFF],
      accepted,
      route('POST', '/service-requests/12/close', (call) => ({
        status: 200,
        body: { ...accepted, status: ServiceRequestStatus.CLOSED, ...(call.body as object) },
      })),
    );
    await openRequest();

    fireEvent.click(screen.getByText('办结').closest('button')!);
    await waitFor(() => expect(document.getElementById('close_summary')).not.toBeNull());
    // Every outcome is a radio named by its label.
    expect(screen.getByLabelText('已解决')).toBeTruthy();
    expect(screen.getByLabelText('转介其他机构')).toBeTruthy();
    expect(screen.getByLabelText('未能解决')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('推荐成功，已就业'));
    type('close_summary', '推荐至青海某物流公司任仓储管理员');
    await waitFor(() => expect(document.getElementById('close_employer')).not.toBeNull());
    await submit();

    expect(await within(formItemOf('close_employer')).findByText('请填写就业单位')).toBeTruthy();
    expect(within(formItemOf('close_contractStart')).getByText('请选择劳动合同起始日期')).toBeTruthy();
    expect(posts(api, '/service-requests/12/close')).toHaveLength(0);

    type('close_employer', '青海某物流有限公司');
    fireEvent.mouseDown(document.getElementById('close_contractStart')!);
    fireEvent.change(document.getElementById('close_contractStart')!, { target: { value: '2026-10-15' } });
    fireEvent.keyDown(document.getElementById('close_contractStart')!, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await submit();

    await waitFor(() => expect(posts(api, '/service-requests/12/close')).toHaveLength(1));
    expect(posts(api, '/service-requests/12/close')[0].body).toEqual({
      outcome: ServiceOutcome.HIRED,
      summary: '推荐至青海某物流公司任仓储管理员',
      employer: '青海某物流有限公司',
      contractStart: '2026-10-15',
    });
    expect(await screen.findByText('服务请求已办结')).toBeTruthy();
    expect(screen.getByTestId('request-status').textContent).toBe('已办结');
  });

  it('shows a reader the outcome and the worker’s rating, with no actions', async () => {
    requestAs(
      [Role.PROVINCE_REVIEWER],
      aServiceRequest({
        ...accepted,
        status: ServiceRequestStatus.CLOSED,
        closedAt: '2026-10-12T08:00:00.000Z',
        outcome: ServiceOutcome.RESOLVED,
        summary: '用人单位已结清欠薪',
        rating: 5,
        ratingComment: '工作人员很耐心',
      }),
    );
    await openRequest();

    expect(within(screen.getByTestId('request-outcome')).getByText('已解决')).toBeTruthy();
    expect(within(screen.getByTestId('request-outcome')).getByText('用人单位已结清欠薪')).toBeTruthy();
    expect(screen.getByTestId('request-rating-value').textContent).toBe('5');
    expect(screen.getByTestId('request-rating-comment').textContent).toBe('工作人员很耐心');
    expect(screen.queryByText('受理')).toBeNull();
    expect(screen.queryByText('添加服务记录')).toBeNull();
    expect(screen.queryByText('办结')).toBeNull();
  });
});
