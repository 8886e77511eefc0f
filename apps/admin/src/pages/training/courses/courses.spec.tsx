import { ErrorCode, Role, TrainingCourseType, type TrainingCourseRequest } from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { pageOf, renderAt, signedInAs } from '../../../../test/app';
import { route, type Call } from '../../../../test/fake-api';
import { formItemOf, pick, type } from '../../../../test/form';
import { aCourse } from '../../../../test/training';

beforeEach(() => localStorage.clear());

const coursesPage = route('GET', /^\/training\/courses\?/, () => pageOf([aCourse()]));
const noBases = route('GET', /^\/training\/bases\?/, () => pageOf([]));
const trainerAccounts = route('GET', '/training/trainers', () => ({
  status: 200,
  body: [
    { id: 21, name: '王老师', organizationName: '青海省工会干部学校', regionName: '青海省' },
    { id: 22, name: '马老师', organizationName: '城东区职工培训基地', regionName: '青海省西宁市城东区' },
  ],
}));

const writes = (api: { calls: Call[] }, method: string, path: string) =>
  api.calls.filter((c) => c.method === method && c.path === path);

async function submit() {
  const footer = document.querySelector('.ant-modal-footer') as HTMLElement;
  await act(async () => {
    fireEvent.click(within(footer).getByRole('button', { name: /确\s*认|确\s*定/ }));
  });
}

/** Types a date (or date and time) into an antd picker and confirms it with Enter, as a user would. */
async function typeDate(id: string, value: string) {
  const input = document.getElementById(id) as HTMLInputElement;
  await act(async () => {
    fireEvent.mouseDown(input);
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value } });
  });
  // Apart from the typing: the picker takes the text once it has rendered it.
  await act(async () => {
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  });
  await act(async () => {
    fireEvent.blur(input);
  });
}

describe('course list', () => {
  it('lists the courses with type, 家政, places and status; filters and exports with the same filters', async () => {
    const api = signedInAs(
      [Role.TRAINING_ADMIN],
      [
        coursesPage,
        route('GET', /^\/training\/courses\/export/, () => ({
          status: 200,
          body: new Blob(['xlsx']),
          headers: { 'Content-Disposition': "attachment; filename*=UTF-8''%E5%9F%B9%E8%AE%AD.xlsx" },
        })),
      ],
    );
    URL.createObjectURL = jest.fn(() => 'blob:export');
    URL.revokeObjectURL = jest.fn();
    renderAt('/training/courses');

    const link = await screen.findByText('家政服务员（育婴员）培训班', undefined, { timeout: 45_000 });
    expect(link.closest('a')?.getAttribute('href')).toBe('/training/courses/3');
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('技能')).toBeTruthy();
    expect(within(row).getByText('家政')).toBeTruthy();
    expect(within(row).getByText('2 / 30')).toBeTruthy();
    expect(within(row).getByText('王老师')).toBeTruthy();
    expect(within(row).getByText('未开课')).toBeTruthy();
    expect(within(row).getByText('2026-11-23')).toBeTruthy();
    expect(within(row).getByText('至 2026-11-24')).toBeTruthy();

    await pick('type', '转岗');
    await pick('domesticService', '是');
    fireEvent.click(screen.getByText(/查\s*询/).closest('button')!);
    await waitFor(() =>
      expect(
        api.calls.some((c) => c.path.includes('type=JOB_TRANSFER') && c.path.includes('domesticService=true')),
      ).toBe(true),
    );
    fireEvent.click(screen.getByText('导出 Excel').closest('button')!);
    await waitFor(() => expect(api.calls.some((c) => c.path.startsWith('/training/courses/export'))).toBe(true));
    expect(api.calls.find((c) => c.path.startsWith('/training/courses/export'))?.path).toBe(
      '/training/courses/export?type=JOB_TRANSFER&domesticService=true',
    );
    expect(await screen.findByText('已导出')).toBeTruthy();
  });

  it('gives a trainer the list of their courses without create or edit', async () => {
    signedInAs([Role.TRAINER], [coursesPage]);
    renderAt('/training/courses');

    const link = await screen.findByText('家政服务员（育婴员）培训班', undefined, { timeout: 45_000 });
    expect(within(link.closest('tr') as HTMLElement).queryByText('编辑')).toBeNull();
    expect(screen.queryByText('新建课程')).toBeNull();
  });
});

describe('course form', () => {
  it('posts a new course with its schedule of sessions in UTC and the trainer picked from the accounts in scope', async () => {
    const api = signedInAs(
      [Role.TRAINING_ADMIN],
      [
        coursesPage,
        noBases,
        trainerAccounts,
        route('POST', '/training/courses', (call) => ({ status: 201, body: aCourse(call.body as object) })),
      ],
    );
    renderAt('/training/courses');
    fireEvent.click((await screen.findByText('新建课程', undefined, { timeout: 45_000 })).closest('button')!);
    await waitFor(() => expect(document.getElementById('course_title')).not.toBeNull());

    type('course_title', '  电商直播创业培训 ');
    await pick('course_type', '创业');
    type('course_organiser', '青海省总工会干部学校');
    await waitFor(() => expect(formItemOf('course_regionCode').textContent).toContain('城东区'));
    type('course_venue', '省工人文化宫');
    type('course_latitude', '36.6');
    type('course_longitude', '101.78');
    type('course_capacity', '40');
    await typeDate('course_startsOn', '2026-12-01');
    await typeDate('course_endsOn', '2026-12-02');
    // The trainer, picked from the trainer accounts in scope.
    await pick('course_trainerIds', '王老师 · 青海省工会干部学校');
    await act(async () => {
      fireEvent.blur(document.getElementById('course_trainerIds')!);
    });
    // The first session, then a second a day later at the same hours.
    await typeDate('course_sessions_0_startsAt', '2026-12-01 09:00');
    await typeDate('course_sessions_0_endsAt', '2026-12-01 11:30');
    fireEvent.click(screen.getByText('添加一次课'));
    await waitFor(() => expect(document.getElementById('course_sessions_1_startsAt')).not.toBeNull());
    expect((document.getElementById('course_sessions_1_startsAt') as HTMLInputElement).value).toBe('2026-12-02 09:00');

    await submit();

    await waitFor(() => expect(writes(api, 'POST', '/training/courses')).toHaveLength(1));
    const body = writes(api, 'POST', '/training/courses')[0].body as TrainingCourseRequest;
    expect(body).toEqual({
      title: '电商直播创业培训',
      type: TrainingCourseType.STARTUP,
      domesticService: false,
      organiser: '青海省总工会干部学校',
      baseId: null,
      regionCode: '630102',
      venue: '省工人文化宫',
      latitude: 36.6,
      longitude: 101.78,
      capacity: 40,
      targetGroups: [],
      trainerIds: [21],
      completionThreshold: 80,
      checkInRadiusMeters: null,
      lateAfterMinutes: 10,
      startsOn: '2026-12-01',
      endsOn: '2026-12-02',
      description: '',
      // 09:00 and 11:30 in Shanghai.
      sessions: [
        { startsAt: '2026-12-01T01:00:00.000Z', endsAt: '2026-12-01T03:30:00.000Z' },
        { startsAt: '2026-12-02T01:00:00.000Z', endsAt: '2026-12-02T03:30:00.000Z' },
      ],
    });
    expect(await screen.findByText('培训课程已创建')).toBeTruthy();
  });

  it('sends the sessions kept by id with a new one, and puts the API’s field errors on the session and the trainers', async () => {
    const api = signedInAs(
      [Role.TRAINING_ADMIN],
      [
        coursesPage,
        noBases,
        trainerAccounts,
        route('PUT', '/training/courses/3', () => ({
          status: 400,
          body: {
            statusCode: 400,
            error: ErrorCode.VALIDATION_FAILED,
            message: '请求参数有误',
            details: [
              { field: 'sessions[2].startsAt', message: '上课时间应在培训日期内' },
              { field: 'trainerIds[0]', message: '不是在用的培训教师账号' },
            ],
          },
        })),
      ],
    );
    renderAt('/training/courses');
    const link = await screen.findByText('家政服务员（育婴员）培训班', undefined, { timeout: 45_000 });
    fireEvent.click(within(link.closest('tr') as HTMLElement).getByText('编辑'));
    await waitFor(() => expect(document.getElementById('course_sessions_1_startsAt')).not.toBeNull());
    // The sessions in Shanghai time, and the trainer by name.
    expect((document.getElementById('course_sessions_0_startsAt') as HTMLInputElement).value).toBe('2026-11-23 09:00');
    await waitFor(() => expect(formItemOf('course_trainerIds').textContent).toContain('王老师 · 青海省工会干部学校'));
    await waitFor(() => expect(formItemOf('course_regionCode').textContent).toContain('城东区'));

    fireEvent.click(screen.getByText('添加一次课'));
    await waitFor(() => expect(document.getElementById('course_sessions_2_startsAt')).not.toBeNull());
    await submit();

    await waitFor(() => expect(writes(api, 'PUT', '/training/courses/3')).toHaveLength(1));
    const body = writes(api, 'PUT', '/training/courses/3')[0].body as TrainingCourseRequest;
    expect(body.sessions).toEqual([
      { id: 11, startsAt: '2026-11-23T01:00:00.000Z', endsAt: '2026-11-23T03:30:00.000Z' },
      { id: 12, startsAt: '2026-11-24T01:00:00.000Z', endsAt: '2026-11-24T03:30:00.000Z' },
      { startsAt: '2026-11-25T01:00:00.000Z', endsAt: '2026-11-25T03:30:00.000Z' },
    ]);
    expect(body.trainerIds).toEqual([21]);
    expect(body.domesticService).toBe(true);
    expect(body.checkInRadiusMeters).toBe(500);

    expect(await within(formItemOf('course_sessions_2_startsAt')).findByText('上课时间应在培训日期内')).toBeTruthy();
    expect(within(formItemOf('course_trainerIds')).getByText('不是在用的培训教师账号')).toBeTruthy();
    // Nothing typed is lost.
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('refuses a session that ends before it starts without calling the API', async () => {
    const api = signedInAs([Role.TRAINING_ADMIN], [coursesPage, noBases]);
    renderAt('/training/courses');
    const link = await screen.findByText('家政服务员（育婴员）培训班', undefined, { timeout: 45_000 });
    fireEvent.click(within(link.closest('tr') as HTMLElement).getByText('编辑'));
    await waitFor(() => expect(document.getElementById('course_sessions_1_endsAt')).not.toBeNull());

    // Under jsdom a date-and-time picker takes typed text only once another picker has opened.
    await typeDate('course_startsOn', '2026-11-23');
    await typeDate('course_sessions_1_endsAt', '2026-11-24 08:00');
    expect((document.getElementById('course_sessions_1_endsAt') as HTMLInputElement).value).toBe('2026-11-24 08:00');
    await submit();

    expect(await within(formItemOf('course_sessions_1_endsAt')).findByText('下课时间应晚于上课时间')).toBeTruthy();
    expect(writes(api, 'PUT', '/training/courses/3')).toHaveLength(0);
  });
});
