import { CenterKind, CenterService, ErrorCode, OrganizationType, Role } from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aCenter } from '../../../../test/centers';
import { pageOf, renderAt, signedInAs } from '../../../../test/app';
import { route, type Call } from '../../../../test/fake-api';
import { formItemOf, pick, type } from '../../../../test/form';

beforeEach(() => localStorage.clear());

const centersPage = route('GET', /^\/centers\?/, () => pageOf([aCenter()]));
const organizations = route('GET', '/organizations', () => ({
  status: 200,
  body: [
    {
      id: 3,
      name: '城东区总工会',
      type: OrganizationType.COUNTY_FEDERATION,
      regionCode: '630102',
      regionName: '城东区',
      parentId: 2,
    },
    {
      id: 11,
      name: '城东区帮扶中心',
      type: OrganizationType.SUPPORT_CENTER,
      regionCode: '630102',
      regionName: '城东区',
      parentId: 3,
    },
  ],
}));

const posts = (api: { calls: Call[] }) => api.calls.filter((c) => c.method === 'POST' && c.path === '/centers');

async function openCreate() {
  fireEvent.click((await screen.findByText('新建中心', undefined, { timeout: 45_000 })).closest('button')!);
  await waitFor(() => expect(document.getElementById('center_latitude')).not.toBeNull());
}

async function submit() {
  const footer = document.querySelector('.ant-modal-footer') as HTMLElement;
  await act(async () => {
    fireEvent.click(within(footer).getByRole('button', { name: /确\s*认|确\s*定/ }));
  });
}

/** Fills what every center needs, in 城东区 (the user's county, preselected). */
async function fillCenter() {
  type('center_name', '城东区困难职工帮扶中心');
  await pick('center_kind', '困难职工帮扶中心');
  await waitFor(() => expect(formItemOf('center_regionCode').textContent).toContain('城东区'));
  type('center_address', '西宁市城东区八一中路 12 号');
  type('center_latitude', '36.617290');
  type('center_longitude', '101.805210');
  type('center_openingHours', '周一至周五 9:00–17:30');
  type('center_phone', '0971-8123456');
  fireEvent.click(screen.getByLabelText('职业介绍'));
  fireEvent.click(screen.getByLabelText('法律援助'));
}

describe('center registry', () => {
  it('lists the centers with their stars, rating and services; read-only for center staff', async () => {
    const api = signedInAs([Role.CENTER_STAFF], [centersPage]);
    renderAt('/centers');

    const link = await screen.findByText('城东区困难职工帮扶中心', undefined, { timeout: 45_000 });
    expect(link.closest('a')?.getAttribute('href')).toBe('/centers/5');
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('★★★☆☆')).toBeTruthy();
    expect(within(row).getByText('4.6 分')).toBeTruthy();
    expect(within(row).getByText('县区级')).toBeTruthy();
    expect(within(row).getByText('职业介绍')).toBeTruthy();
    expect(within(row).getByText('0971-8123456')).toBeTruthy();
    expect(screen.queryByText('新建中心')).toBeNull();
    expect(within(row).queryByText('编辑')).toBeNull();
    expect(api.calls.find((c) => c.path.startsWith('/centers?'))?.path).toBe('/centers?page=1&pageSize=20');
  });

  it('exports the list with its filters', async () => {
    const api = signedInAs(
      [Role.PROVINCE_REVIEWER],
      [
        centersPage,
        route('GET', /^\/centers\/export/, () => ({
          status: 200,
          body: new Blob(['xlsx']),
          headers: { 'Content-Disposition': "attachment; filename*=UTF-8''%E5%B8%AE%E6%89%B6.xlsx" },
        })),
      ],
    );
    URL.createObjectURL = jest.fn(() => 'blob:export');
    URL.revokeObjectURL = jest.fn();
    renderAt('/centers');
    await screen.findByText('城东区困难职工帮扶中心', undefined, { timeout: 45_000 });

    await pick('kind', '司机之家');
    fireEvent.click(screen.getByText(/查\s*询/).closest('button')!);
    await waitFor(() => expect(api.calls.some((c) => c.path.includes('kind=DRIVERS_HOME'))).toBe(true));
    fireEvent.click(screen.getByText('导出 Excel').closest('button')!);

    await waitFor(() => expect(api.calls.some((c) => c.path.startsWith('/centers/export'))).toBe(true));
    expect(api.calls.find((c) => c.path.startsWith('/centers/export'))?.path).toBe('/centers/export?kind=DRIVERS_HOME');
    expect(await screen.findByText('已导出')).toBeTruthy();
  });

  it('posts a new center with its coordinates, services and organisation; a point outside Qinghai only warns', async () => {
    const api = signedInAs(
      [Role.PROGRAM_ADMIN],
      [
        centersPage,
        organizations,
        route('POST', '/centers', (call) => ({ status: 201, body: aCenter(call.body as object) })),
      ],
    );
    renderAt('/centers');
    await openCreate();

    await fillCenter();
    // Swapped by mistake: a latitude of 101 is no latitude at all; 30.5 is just south of Qinghai.
    type('center_latitude', '101.8');
    await submit();
    expect(await within(formItemOf('center_latitude')).findByText('纬度应在 -90 至 90 之间')).toBeTruthy();
    expect(posts(api)).toHaveLength(0);

    type('center_latitude', '30.5');
    expect(
      await within(formItemOf('center_latitude')).findByText(
        '纬度不在青海省范围（约 31–40）内，请核对；如确无误可继续保存',
        undefined,
        // The error it replaces leaves first (antd's motion).
        { timeout: 5_000 },
      ),
    ).toBeTruthy();
    await pick('center_organizationId', '城东区帮扶中心（城东区）');
    await submit();

    await waitFor(() => expect(posts(api)).toHaveLength(1));
    expect(posts(api)[0].body).toEqual({
      name: '城东区困难职工帮扶中心',
      kind: CenterKind.SUPPORT_CENTER,
      regionCode: '630102',
      address: '西宁市城东区八一中路 12 号',
      latitude: 30.5,
      longitude: 101.80521,
      openingHours: '周一至周五 9:00–17:30',
      phone: '0971-8123456',
      services: [CenterService.JOB_REFERRAL, CenterService.LEGAL_AID],
      photos: [],
      organizationId: 11,
      description: '',
    });
    expect(await screen.findByText('帮扶中心已创建')).toBeTruthy();
  });

  it('offers a station its amenities instead of the one-stop services', async () => {
    signedInAs([Role.PROGRAM_ADMIN], [centersPage, organizations]);
    renderAt('/centers');
    await openCreate();

    expect(screen.getByLabelText('职业介绍')).toBeTruthy();
    await pick('center_kind', '户外劳动者服务站点');
    await waitFor(() => expect(screen.queryByLabelText('职业介绍')).toBeNull());
    expect(screen.getByLabelText('饮水')).toBeTruthy();
    expect(screen.getByLabelText('充电')).toBeTruthy();
    expect(formItemOf('center_services').textContent).toContain('站点设施');
  });

  it('puts the API’s field errors on the form: a service on the services, the longitude on its field', async () => {
    signedInAs(
      [Role.PROGRAM_ADMIN],
      [
        centersPage,
        organizations,
        route('PUT', '/centers/5', () => ({
          status: 400,
          body: {
            statusCode: 400,
            error: ErrorCode.VALIDATION_FAILED,
            message: '请求参数有误',
            details: [
              { field: 'services.1', message: '该类型的站点不提供此项服务' },
              { field: 'longitude', message: '经度应在 -180 至 180 之间' },
            ],
          },
        })),
      ],
    );
    renderAt('/centers');
    fireEvent.click(await screen.findByText('编辑', undefined, { timeout: 45_000 }));
    await waitFor(() => expect(document.getElementById('center_latitude')).not.toBeNull());
    expect((document.getElementById('center_latitude') as HTMLInputElement).value).toBe('36.617290');
    expect((screen.getByLabelText('法律援助') as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(formItemOf('center_regionCode').textContent).toContain('城东区'));

    await submit();

    expect(await within(formItemOf('center_services')).findByText('该类型的站点不提供此项服务')).toBeTruthy();
    expect(within(formItemOf('center_longitude')).getByText('经度应在 -180 至 180 之间')).toBeTruthy();
  });
});
