import {
  EnrolmentSource,
  EnrolmentStatus,
  ErrorCode,
  OrganizationType,
  Role,
  TrainingCoursePhase,
  TrainingCourseType,
  type EmployeeOption,
  type NominationResponse,
} from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { pageOf, renderAt, signedInAs } from '../../../../test/app';
import { route, type Call, type Reply } from '../../../../test/fake-api';
import { pick } from '../../../../test/form';
import { aCourse, anEnrolment } from '../../../../test/training';
import { menuFor } from '../../../routes';

beforeEach(() => localStorage.clear());

/** 青海高原建设有限公司: the HR officer's company. */
const company = {
  id: 9,
  name: '青海高原建设有限公司',
  type: OrganizationType.ENTERPRISE,
  regionCode: '630102',
  regionName: '城东区',
  parentId: 3,
};

function anEmployee(overrides: Partial<EmployeeOption> = {}): EmployeeOption {
  return {
    workerId: 42,
    name: '李四',
    idNumberMasked: '630102********1234',
    phoneMasked: '138****5678',
    regionName: '青海省 / 西宁市 / 城东区',
    ...overrides,
  };
}

const lisi = anEmployee();
const wangwu = anEmployee({
  workerId: 43,
  name: '王五',
  idNumberMasked: '630102********5678',
  phoneMasked: '139****0001',
});
const labelOf = (e: EmployeeOption) => `${e.name} · ${e.idNumberMasked} · ${e.phoneMasked}`;

function aNomination(overrides: Partial<NominationResponse> = {}): NominationResponse {
  return {
    ...anEnrolment({ source: EnrolmentSource.NOMINATED }),
    courseType: TrainingCourseType.SKILLS,
    domesticService: true,
    startsOn: '2026-11-23',
    endsOn: '2026-11-24',
    coursePhase: TrainingCoursePhase.UPCOMING,
    nominatedBy: '赵人事',
    completionCode: null,
    ...overrides,
  };
}

const openCourses = route('GET', /^\/training\/courses\/open\?/, () => pageOf([aCourse()]));
const noNominations = route('GET', /^\/training\/nominations\?/, () => pageOf([]));
/** The company's employees: by name, or all of them without a keyword. */
const employees = route('GET', /^\/training\/nominations\/employees\?/, (call) => {
  const keyword = new URL(call.path, 'http://x').searchParams.get('keyword');
  const all = [lisi, wangwu];
  return pageOf(keyword ? all.filter((e) => e.name.includes(keyword) || e.idNumberMasked.endsWith(keyword)) : all);
});

const calls = (api: { calls: Call[] }, method: string, prefix: string) =>
  api.calls.filter((c) => c.method === method && c.path.startsWith(prefix));

/** Types into the employee picker, waits for the (debounced) search to be asked, and picks the employee. */
async function searchAndPick(api: { calls: Call[] }, keyword: string, employee: EmployeeOption) {
  const input = document.getElementById('nominate-employees') as HTMLInputElement;
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: keyword } });
  const asked = `/training/nominations/employees?keyword=${encodeURIComponent(keyword)}&page=1&pageSize=50`;
  await waitFor(() => expect(api.calls.map((c) => c.path)).toContain(asked));
  const option = await waitFor(() => {
    const hits = [...document.querySelectorAll('.ant-select-item-option')];
    const hit = hits.find((o) => o.textContent === labelOf(employee));
    if (!hit) throw new Error(`no option ${labelOf(employee)}`);
    return hit;
  });
  fireEvent.click(option);
}

async function openNominate() {
  const title = await screen.findByText('家政服务员（育婴员）培训班', undefined, { timeout: 45_000 });
  const row = title.closest('tr') as HTMLElement;
  fireEvent.click(within(row).getByText('推荐职工'));
  return screen.findByRole('dialog');
}

describe('nominating employees to an open course', () => {
  it('lists the open courses, searches the company’s employees, nominates two in turn and reports each answer', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const api = signedInAs(
      [Role.HR],
      [
        openCourses,
        noNominations,
        employees,
        route('POST', '/training/courses/3/enrolments', async (call): Promise<Reply> => {
          const { workerId } = call.body as { workerId: number };
          if (workerId === 42) {
            // The first answer waits: the button meanwhile is loading and takes no second click.
            await held;
            return { status: 201, body: anEnrolment({ workerId: 42, source: EnrolmentSource.NOMINATED }) };
          }
          return {
            status: 409,
            body: {
              statusCode: 409,
              error: ErrorCode.CONFLICT,
              message: '该职工已报名此课程（或在候补名单中）',
              details: [{ field: 'workerId', message: '已报名此课程' }],
            },
          };
        }),
      ],
      company,
    );
    renderAt('/training/nominations');

    const title = await screen.findByText('家政服务员（育婴员）培训班', undefined, { timeout: 45_000 });
    const row = title.closest('tr') as HTMLElement;
    expect(within(row).getByText('技能')).toBeTruthy();
    expect(within(row).getByText('家政')).toBeTruthy();
    expect(within(row).getByText('城东区职工职业培训基地')).toBeTruthy();
    expect(within(row).getByText('2026-11-23 至 2026-11-24')).toBeTruthy();
    expect(within(row).getByText('2 / 30')).toBeTruthy();
    expect(calls(api, 'GET', '/training/courses/open')[0].path).toBe('/training/courses/open?page=1&pageSize=20');

    const dialog = await openNominate();
    expect(within(dialog).getByText('推荐职工参训：家政服务员（育婴员）培训班')).toBeTruthy();
    // The first page on opening, then a search by name and one by the ID's last 4.
    await waitFor(() =>
      expect(calls(api, 'GET', '/training/nominations/employees')[0]?.path).toBe(
        '/training/nominations/employees?page=1&pageSize=50',
      ),
    );
    await searchAndPick(api, '李', lisi);
    await searchAndPick(api, '5678', wangwu);

    const submit = within(dialog)
      .getByText(/提交推荐/)
      .closest('button')!;
    expect(submit.textContent).toContain('已选 2 人');
    fireEvent.click(submit);
    await waitFor(() => expect(submit.className).toContain('ant-btn-loading'));
    fireEvent.click(submit);
    await act(async () => release());

    const results = await within(dialog).findByTestId('nominate-results');
    const posts = calls(api, 'POST', '/training/courses/3/enrolments');
    expect(posts.map((c) => c.body)).toEqual([{ workerId: 42 }, { workerId: 43 }]);
    expect(within(within(results).getByTestId('nominate-result-42')).getByText('已报名')).toBeTruthy();
    const refused = within(results).getByTestId('nominate-result-43');
    expect(within(refused).getByText('该职工已报名此课程（或在候补名单中）')).toBeTruthy();
    expect(within(refused).getByText('未成功')).toBeTruthy();
    expect(results.textContent).toContain('共 2 人：报名成功 1 人，候补 0 人，未成功 1 人');
    // The places changed: the list is fetched again.
    await waitFor(() => expect(calls(api, 'GET', '/training/courses/open')).toHaveLength(2));
  });

  it('shows a waiting place with its position', async () => {
    signedInAs(
      [Role.HR],
      [
        openCourses,
        noNominations,
        employees,
        route('POST', '/training/courses/3/enrolments', () => ({
          status: 201,
          body: anEnrolment({ status: EnrolmentStatus.WAITLISTED, waitlistPosition: 3, enrolledAt: null }),
        })),
      ],
      company,
    );
    renderAt('/training/nominations');

    const dialog = await openNominate();
    await pick('nominate-employees', labelOf(lisi));
    fireEvent.click(
      within(dialog)
        .getByText(/提交推荐/)
        .closest('button')!,
    );
    const results = await within(dialog).findByTestId('nominate-results');
    expect(within(results).getByText('候补第 3 位')).toBeTruthy();
  });

  it('asks for an employee before sending anything', async () => {
    const api = signedInAs([Role.HR], [openCourses, noNominations, employees], company);
    renderAt('/training/nominations');

    const dialog = await openNominate();
    await waitFor(() => expect(calls(api, 'GET', '/training/nominations/employees')).toHaveLength(1));
    fireEvent.click(
      within(dialog)
        .getByText(/提交推荐/)
        .closest('button')!,
    );
    expect(await within(dialog).findByText('请选择要推荐的职工')).toBeTruthy();
    expect(calls(api, 'POST', '/training/courses')).toHaveLength(0);
  });

  it('explains where employees come from when the company has none', async () => {
    signedInAs(
      [Role.HR],
      [openCourses, noNominations, route('GET', /^\/training\/nominations\/employees\?/, () => pageOf([]))],
      company,
    );
    renderAt('/training/nominations');

    const dialog = await openNominate();
    const empty = await within(dialog).findByTestId('no-employees');
    expect(empty.textContent).toContain('本单位暂无可推荐的职工');
    expect(empty.textContent).toContain('小程序');
    expect(empty.textContent).toContain('青海高原建设有限公司');
    expect(
      within(dialog)
        .getByText(/提交推荐/)
        .closest('button')!.disabled,
    ).toBe(true);
  });
});

describe('the company’s nominations', () => {
  const rows = [
    aNomination({
      id: 33,
      workerId: 43,
      workerName: '王五',
      idNumberMasked: '630102********5678',
      status: EnrolmentStatus.WAITLISTED,
      waitlistPosition: 2,
      enrolledAt: null,
      createdAt: '2026-11-12T02:30:00.000Z',
    }),
    aNomination({
      id: 31,
      coursePhase: TrainingCoursePhase.COMPLETED,
      completionCode: 'QH2026-7XK3P9',
      createdAt: '2026-10-30T17:05:00.000Z',
    }),
    aNomination({ id: 30, status: EnrolmentStatus.WITHDRAWN, withdrawnAt: '2026-10-31T00:00:00.000Z' }),
  ];

  it('lists them with masked IDs, waiting place, certificate code and time; filters, exports and withdraws', async () => {
    const api = signedInAs(
      [Role.HR],
      [
        openCourses,
        route('GET', /^\/training\/nominations\?/, () => pageOf(rows)),
        route('GET', /^\/training\/nominations\/export/, () => ({
          status: 200,
          body: new Blob(['xlsx']),
          headers: { 'Content-Disposition': "attachment; filename*=UTF-8''%E6%8E%A8%E8%8D%90.xlsx" },
        })),
        route('POST', '/training/enrolments/33/withdraw', () => ({
          status: 200,
          body: anEnrolment({ id: 33, status: EnrolmentStatus.WITHDRAWN }),
        })),
      ],
      company,
    );
    URL.createObjectURL = jest.fn(() => 'blob:export');
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderAt('/training/nominations');

    fireEvent.click(await screen.findByRole('tab', { name: '推荐记录' }, { timeout: 45_000 }));
    const waiting = (await screen.findByText('630102********5678')).closest('tr') as HTMLElement;
    expect(within(waiting).getByText('王五')).toBeTruthy();
    expect(within(waiting).getByText('候补')).toBeTruthy();
    expect(within(waiting).getByText('第 2 位')).toBeTruthy();
    expect(within(waiting).getByText('未开课')).toBeTruthy();
    expect(within(waiting).getByText('赵人事')).toBeTruthy();
    expect(within(waiting).getByText('2026-11-12 10:30')).toBeTruthy();
    expect(within(waiting).getByText('退出')).toBeTruthy();

    const completed = screen.getByText('QH2026-7XK3P9').closest('tr') as HTMLElement;
    expect(within(completed).getByText('630102********1234')).toBeTruthy();
    expect(within(completed).getByText('已结业')).toBeTruthy();
    // Shanghai time: 31 October, though still 30 October in UTC.
    expect(within(completed).getByText('2026-10-31 01:05')).toBeTruthy();
    expect(within(completed).queryByText('退出')).toBeNull();
    const withdrawn = screen.getByText('已退出').closest('tr') as HTMLElement;
    expect(within(withdrawn).queryByText('退出')).toBeNull();

    await pick('status', '候补');
    fireEvent.change(document.getElementById('workerKeyword')!, { target: { value: ' 5678 ' } });
    // The search form of the tab on screen (the courses tab keeps its own).
    const records = screen.getByRole('tabpanel');
    fireEvent.click(
      within(records)
        .getByText(/查\s*询/)
        .closest('button')!,
    );
    await waitFor(() =>
      expect(calls(api, 'GET', '/training/nominations?').map((c) => c.path)).toContain(
        '/training/nominations?page=1&pageSize=20&status=WAITLISTED&keyword=5678',
      ),
    );
    fireEvent.click(within(records).getByText('导出 Excel').closest('button')!);
    await waitFor(() => expect(calls(api, 'GET', '/training/nominations/export')).toHaveLength(1));
    expect(calls(api, 'GET', '/training/nominations/export')[0].path).toBe(
      '/training/nominations/export?status=WAITLISTED&keyword=5678',
    );
    expect(await screen.findByText('已导出')).toBeTruthy();
    // Saved under the name the API gives.
    expect((click.mock.instances[0] as unknown as HTMLAnchorElement).download).toBe('推荐.xlsx');
    click.mockRestore();

    const listed = calls(api, 'GET', '/training/nominations?').length;
    fireEvent.click(within(screen.getByText('630102********5678').closest('tr') as HTMLElement).getByText('退出'));
    const confirm = await screen.findByText(/确定为“王五”退出/);
    await act(async () => {
      fireEvent.click(within(confirm.closest('.ant-popover') as HTMLElement).getByRole('button', { name: /确\s*定/ }));
    });
    await waitFor(() => expect(calls(api, 'POST', '/training/enrolments/33/withdraw')).toHaveLength(1));
    expect(await screen.findByText('已退出', { selector: '.ant-message *' })).toBeTruthy();
    await waitFor(() => expect(calls(api, 'GET', '/training/nominations?').length).toBeGreaterThan(listed));
  });
});

describe('推荐参训 in the menu and on the home page', () => {
  const trainingPages = (roles: Role[]) =>
    menuFor(roles)
      .find((item) => item.name === '职工培训')
      ?.children?.map((item) => item.name);

  it('is HR’s only training page, and not the training admin’s', () => {
    expect(trainingPages([Role.HR])).toEqual(['推荐参训']);
    expect(trainingPages([Role.TRAINING_ADMIN])).not.toContain('推荐参训');
  });

  it('shows HR the menu entry and a home card that opens the page', async () => {
    const api = signedInAs([Role.HR], [], company);
    renderAt('/');

    const module = await waitFor(
      () => {
        const card = document.querySelector('[data-module="nominations"]');
        if (!card) throw new Error('no 推荐参训 card');
        return card as HTMLElement;
      },
      { timeout: 45_000 },
    );
    expect(within(module).getByText('推荐参训').closest('a')?.getAttribute('href')).toBe('/training/nominations');
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent?.trim())).toContain('职工培训');
    // HR's home fetches none of the union's dashboards.
    expect(api.calls.some((c) => c.path.startsWith('/training/dashboard'))).toBe(false);
  });

  it('keeps the page from the training admin', async () => {
    signedInAs([Role.TRAINING_ADMIN]);
    renderAt('/training/nominations');
    expect(await screen.findByText('抱歉，您没有权限访问此页面。', undefined, { timeout: 45_000 })).toBeTruthy();
    expect(document.querySelector('[data-module="nominations"]')).toBeNull();
  });
});
