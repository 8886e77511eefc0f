import { Role, TrainingBaseStatus } from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { pageOf, renderAt, signedInAs } from '../../../../test/app';
import { route, type Call, type Handler } from '../../../../test/fake-api';
import { formItemOf, type } from '../../../../test/form';
import { aBase } from '../../../../test/training';
import { shanghaiNow } from '../../../services/time';

beforeEach(() => localStorage.clear());

const year = Number(shanghaiNow('YYYY'));

const posts = (api: { calls: Call[] }, path: string) => api.calls.filter((c) => c.method === 'POST' && c.path === path);

function baseOf(roles: Role[], ...more: Handler[]) {
  return signedInAs(roles, [...more, route('GET', '/training/bases/4', () => ({ status: 200, body: aBase() }))]);
}

async function openPage() {
  renderAt('/training/bases/4');
  return screen.findByTestId('base-page', undefined, { timeout: 45_000 });
}

async function submit() {
  const footer = document.querySelector('.ant-modal-footer') as HTMLElement;
  await act(async () => {
    fireEvent.click(within(footer).getByRole('button', { name: /确\s*认|确\s*定/ }));
  });
}

describe('training bases', () => {
  it('lists the applications with their status, filtered by status', async () => {
    const api = signedInAs([Role.TRAINING_ADMIN], [route('GET', /^\/training\/bases\?/, () => pageOf([aBase()]))]);
    renderAt('/training/bases');

    const link = await screen.findByText('城东区职工职业培训基地', undefined, { timeout: 45_000 });
    expect(link.closest('a')?.getAttribute('href')).toBe('/training/bases/4');
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('待认定')).toBeTruthy();
    expect(within(row).getByText('帮扶（服务）中心')).toBeTruthy();
    expect(api.calls.find((c) => c.path.startsWith('/training/bases?'))?.path).toBe(
      '/training/bases?page=1&pageSize=20',
    );
    expect(screen.getByRole('button', { name: /申报基地/ })).toBeTruthy();
  });

  it('shows the four criteria with their evidence, each file fetched with the token', async () => {
    const api = baseOf(
      [Role.TRAINING_ADMIN],
      route('GET', /^\/files\//, () => ({
        status: 200,
        body: new Blob(['%PDF']),
        headers: { 'Content-Disposition': 'attachment; filename="x.pdf"' },
      })),
    );
    URL.createObjectURL = jest.fn(() => 'blob:file');
    URL.revokeObjectURL = jest.fn();
    await openPage();

    const criteria = screen.getByTestId('base-criteria');
    const rows = [...criteria.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('td')?.textContent);
    expect(rows).toEqual(['有场地', '有设施', '有师资', '有培训']);
    expect(within(criteria).getByText('培训教室 2 间，共 260 平方米')).toBeTruthy();
    fireEvent.click(within(criteria).getByText('设备清单.pdf'));
    await waitFor(() => expect(api.calls.some((c) => c.path.startsWith('/files/'))).toBe(true));
    expect(api.calls.find((c) => c.path.startsWith('/files/'))?.auth).toBe('Bearer access');
  });

  it('requires a reason to refuse a base, then posts it', async () => {
    const api = baseOf(
      [Role.TRAINING_ADMIN],
      route('POST', '/training/bases/4/refuse', (call) => ({
        status: 200,
        body: aBase({
          status: TrainingBaseStatus.REFUSED,
          decisionReason: (call.body as { reason: string }).reason,
          decidedBy: '经济技术部',
        }),
      })),
    );
    await openPage();

    fireEvent.click(screen.getByRole('button', { name: /不予认定/ }));
    await waitFor(() => expect(document.getElementById('refuse_reason')).not.toBeNull());
    await submit();
    expect(await within(formItemOf('refuse_reason')).findByText('请填写不予认定的理由')).toBeTruthy();
    type('refuse_reason', '   ');
    await submit();
    expect(posts(api, '/training/bases/4/refuse')).toHaveLength(0);

    type('refuse_reason', '  实训设备不足，师资证明不全 ');
    await submit();

    await waitFor(() => expect(posts(api, '/training/bases/4/refuse')).toHaveLength(1));
    expect(posts(api, '/training/bases/4/refuse')[0].body).toEqual({ reason: '实训设备不足，师资证明不全' });
    expect(await screen.findByText('已不予认定')).toBeTruthy();
    expect(screen.getByTestId('base-refusal').textContent).toContain('实训设备不足，师资证明不全');
    expect(screen.getByTestId('base-status').textContent).toBe('未通过');
  });

  it('accredits a base for this year, then records a construction subsidy typed in yuan and sent in fen', async () => {
    let base = aBase();
    const api = signedInAs(
      [Role.TRAINING_ADMIN],
      [
        route('GET', '/training/bases/4', () => ({ status: 200, body: base })),
        route('POST', '/training/bases/4/accredit', (call) => {
          base = aBase({
            status: TrainingBaseStatus.ACCREDITED,
            accreditedYear: (call.body as { year: number }).year,
            decidedBy: '经济技术部',
          });
          return { status: 200, body: base };
        }),
        route('POST', '/training/bases/4/subsidies', (call) => {
          const body = call.body as { year: number; amountFen: number; purpose: string };
          base = {
            ...base,
            subsidies: [{ id: 1, baseId: 4, ...body, recordedBy: '经济技术部', createdAt: '2026-11-23T02:00:00.000Z' }],
          };
          return { status: 201, body: base };
        }),
      ],
    );
    await openPage();
    // No subsidy before accreditation.
    expect((screen.getByRole('button', { name: /登记建设补助/ }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: /^check 认定$/ }));
    await waitFor(() => expect(document.getElementById('accredit_comment')).not.toBeNull());
    type('accredit_comment', '四项条件齐备');
    await submit();
    await waitFor(() => expect(posts(api, '/training/bases/4/accredit')).toHaveLength(1));
    expect(posts(api, '/training/bases/4/accredit')[0].body).toEqual({ year, comment: '四项条件齐备' });
    await waitFor(() => expect(screen.getByTestId('base-status').textContent).toBe('已认定'));
    expect(screen.queryByRole('button', { name: /不予认定/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /登记建设补助/ }));
    await waitFor(() => expect(document.getElementById('baseSubsidy_amountFen')).not.toBeNull());
    type('baseSubsidy_amountFen', '125000.5');
    type('baseSubsidy_purpose', '实训室改造');
    await submit();

    await waitFor(() => expect(posts(api, '/training/bases/4/subsidies')).toHaveLength(1));
    expect(posts(api, '/training/bases/4/subsidies')[0].body).toEqual({
      year,
      amountFen: 12_500_050,
      purpose: '实训室改造',
    });
    const subsidies = screen.getByTestId('base-subsidies');
    await waitFor(() => expect(within(subsidies).getByText('¥125,000.50')).toBeTruthy());
    expect(screen.getByTestId('base-subsidy-total').textContent).toBe('累计补助 ¥125,000.50');
  });

  it('lets finance record subsidies but neither accredit nor refuse', async () => {
    baseOf([Role.FINANCE]);
    await openPage();

    expect(screen.queryByRole('button', { name: /^check 认定$/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /不予认定/ })).toBeNull();
    expect(screen.getByRole('button', { name: /登记建设补助/ })).toBeTruthy();
  });
});
