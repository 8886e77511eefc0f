import { Role, TrainingCoursePhase, TrainingCourseType, type TrainingCompletionResponse } from '@steadywork/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { pageOf, renderAt, signedInAs } from '../../../../test/app';
import { route } from '../../../../test/fake-api';
import { pick, type } from '../../../../test/form';
import { aCourse } from '../../../../test/training';
import { shanghaiNow } from '../../../services/time';

beforeEach(() => localStorage.clear());

const year = Number(shanghaiNow('YYYY'));

/** 李四's certificate for course 3 (家政): 2 of 2 sessions attended. */
function aCompletion(overrides: Partial<TrainingCompletionResponse> = {}): TrainingCompletionResponse {
  return {
    id: 7,
    courseId: 3,
    workerId: 42,
    idNumberMasked: '630102********1234',
    regionCode: '630102',
    courseTitle: '家政服务员（育婴员）培训班',
    courseType: TrainingCourseType.SKILLS,
    domesticService: true,
    organiser: '城东区职工职业培训基地',
    regionName: '青海省 / 西宁市 / 城东区',
    startsOn: `${year}-03-23`,
    endsOn: `${year}-03-24`,
    workerName: '李四',
    attended: 2,
    held: 2,
    ratePercent: 100,
    verificationCode: 'QH-7K3M-9P2X',
    year,
    completedAt: `${year}-03-25T02:00:00.000Z`,
    ...overrides,
  };
}

const noCompletions = route('GET', /^\/training\/completions\?/, () => pageOf([]));

const completionCalls = (api: { calls: { path: string }[] }) =>
  api.calls.filter((c) => c.path.startsWith('/training/completions?')).map((c) => c.path);

describe('completions', () => {
  it('lists the ended courses to complete, and checks a certificate’s code', async () => {
    const api = signedInAs(
      [Role.TRAINING_ADMIN],
      [
        route('GET', /^\/training\/courses\?/, () => pageOf([aCourse({ phase: TrainingCoursePhase.ENDED })])),
        noCompletions,
        route('GET', '/training/completions/verify/QH-7K3M-9P2X', () => ({
          status: 200,
          body: {
            valid: true,
            verificationCode: 'QH-7K3M-9P2X',
            courseTitle: '家政服务员（育婴员）培训班',
            courseType: TrainingCourseType.SKILLS,
            domesticService: true,
            organiser: '城东区职工职业培训基地',
            startsOn: '2026-11-23',
            endsOn: '2026-11-24',
            workerNameMasked: '李*',
            idNumberMasked: '630102********1234',
            completedAt: '2026-11-25T02:00:00.000Z',
          },
        })),
      ],
    );
    renderAt('/training/completions');

    const link = await screen.findByText('办理结业', { selector: 'a' }, { timeout: 45_000 });
    expect(link.getAttribute('href')).toBe('/training/courses/3');
    expect(api.calls.find((c) => c.path.startsWith('/training/courses?'))?.path).toBe(
      '/training/courses?page=1&pageSize=20&phase=ENDED',
    );

    type('verify-code', ' QH-7K3M-9P2X ');
    fireEvent.click(within(screen.getByTestId('verify-card')).getByRole('button', { name: /核\s*验/ }));

    const result = await screen.findByTestId('verify-result');
    expect(within(result).getByText('证书有效')).toBeTruthy();
    expect(within(result).getByText('李*')).toBeTruthy();
    expect(within(result).getByText('2026-11-25 10:00')).toBeTruthy();
  });

  it('says so for an unknown code', async () => {
    signedInAs([Role.PROVINCE_REVIEWER], [route('GET', /^\/training\/courses\?/, () => pageOf([])), noCompletions]);
    renderAt('/training/completions');

    await screen.findByTestId('verify-card', undefined, { timeout: 45_000 });
    type('verify-code', 'NOPE');
    fireEvent.click(within(screen.getByTestId('verify-card')).getByRole('button', { name: /核\s*验/ }));
    expect(await screen.findByText('未找到该核验码对应的结业证书')).toBeTruthy();
  });

  it('lists the completions of the year with the masked ID and the code, and exports with the same filters', async () => {
    const api = signedInAs(
      [Role.PROVINCE_REVIEWER],
      [
        route('GET', /^\/training\/courses\?/, () => pageOf([])),
        route('GET', /^\/training\/completions\?/, () => pageOf([aCompletion()])),
        route('GET', /^\/training\/completions\/export/, () => ({
          status: 200,
          body: new Blob(['xlsx']),
          headers: { 'Content-Disposition': "attachment; filename*=UTF-8''%E7%BB%93%E4%B8%9A.xlsx" },
        })),
      ],
    );
    URL.createObjectURL = jest.fn(() => 'blob:export');
    URL.revokeObjectURL = jest.fn();
    renderAt('/training/completions');

    const records = await screen.findByTestId('completion-records', undefined, { timeout: 45_000 });
    const id = await within(records).findByText('630102********1234');
    const row = id.closest('tr') as HTMLElement;
    expect(within(row).getByText('李四')).toBeTruthy();
    expect(within(row).getByText('家政服务员（育婴员）培训班').closest('a')?.getAttribute('href')).toBe(
      '/training/courses/3',
    );
    expect(within(row).getByText('技能')).toBeTruthy();
    expect(within(row).getByText('家政')).toBeTruthy();
    expect(within(row).getByText('2 / 2（100%）')).toBeTruthy();
    expect(within(row).getByText('QH-7K3M-9P2X')).toBeTruthy();
    expect(within(row).getByText(`${year}-03-25 10:00`)).toBeTruthy();
    // The current year unless the user picks another.
    expect(completionCalls(api)[0]).toBe(`/training/completions?page=1&pageSize=20&year=${year}`);

    await pick('domesticService', '是');
    type('keyword', ' 1234 ');
    fireEvent.click(within(records).getByRole('button', { name: /查\s*询/ }));
    await waitFor(() =>
      expect(completionCalls(api)).toContain(
        `/training/completions?page=1&pageSize=20&year=${year}&domesticService=true&keyword=1234`,
      ),
    );

    fireEvent.click(within(records).getByRole('button', { name: /导出 Excel/ }));
    await waitFor(() =>
      expect(api.calls.map((c) => c.path)).toContain(
        `/training/completions/export?year=${year}&domesticService=true&keyword=1234`,
      ),
    );
    expect(await screen.findByText('已导出')).toBeTruthy();
  });
});
