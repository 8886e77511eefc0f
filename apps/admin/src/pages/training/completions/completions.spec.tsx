import { Role, TrainingCoursePhase, TrainingCourseType } from '@steadywork/shared';
import { fireEvent, screen, within } from '@testing-library/react';
import { pageOf, renderAt, signedInAs } from '../../../../test/app';
import { route } from '../../../../test/fake-api';
import { type } from '../../../../test/form';
import { aCourse } from '../../../../test/training';

beforeEach(() => localStorage.clear());

describe('completions', () => {
  it('lists the ended courses to complete, and checks a certificate’s code', async () => {
    const api = signedInAs(
      [Role.TRAINING_ADMIN],
      [
        route('GET', /^\/training\/courses\?/, () => pageOf([aCourse({ phase: TrainingCoursePhase.ENDED })])),
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

    const link = await screen.findByText('办理结业', { selector: 'a' }, { timeout: 20_000 });
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
    signedInAs([Role.PROVINCE_REVIEWER], [route('GET', /^\/training\/courses\?/, () => pageOf([]))]);
    renderAt('/training/completions');

    await screen.findByTestId('verify-card', undefined, { timeout: 20_000 });
    type('verify-code', 'NOPE');
    fireEvent.click(within(screen.getByTestId('verify-card')).getByRole('button', { name: /核\s*验/ }));
    expect(await screen.findByText('未找到该核验码对应的结业证书')).toBeTruthy();
  });
});
