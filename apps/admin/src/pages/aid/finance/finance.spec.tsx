import { AidApplicationStatus, Role } from '@steadywork/shared';
import { fireEvent, screen } from '@testing-library/react';
import { anApplication } from '../../../../test/aid';
import { pageOf, renderAt, signedInAs } from '../../../../test/app';
import { route } from '../../../../test/fake-api';
import { shanghaiNow } from '../../../services/time';

beforeEach(() => localStorage.clear());

const year = Number(shanghaiNow('YYYY'));

describe('payments', () => {
  it('shows the year’s figures and the awards to pay, each linking to the page where payment is recorded', async () => {
    const api = signedInAs(
      [Role.FINANCE],
      [
        route('GET', `/aid/finance/summary?year=${year}`, () => ({
          status: 200,
          body: { year, awaitingCount: 3, awaitingFen: 6_000_000, paidCount: 11, paidFen: 22_000_000 },
        })),
        route('GET', '/aid/programs', () => ({ status: 200, body: [] })),
        route('GET', /^\/aid\/applications\?/, (call) =>
          pageOf(
            call.path.includes('status=PAID')
              ? [anApplication({ id: 8, workerName: '王五', status: AidApplicationStatus.PAID })]
              : [anApplication({ status: AidApplicationStatus.CONFIRMED })],
          ),
        ),
      ],
    );
    renderAt('/aid/finance');

    expect((await screen.findByTestId('finance-awaiting-amount', undefined, { timeout: 45_000 })).textContent).toBe(
      '¥60,000.00',
    );
    expect(screen.getByTestId('finance-awaiting-count').textContent).toBe('3');
    expect(screen.getByTestId('finance-paid-count').textContent).toBe('11');
    expect(screen.getByTestId('finance-paid-amount').textContent).toBe('¥220,000.00');

    const pay = await screen.findByText('李四', undefined, { timeout: 45_000 });
    expect(pay.closest('a')?.getAttribute('href')).toBe('/aid/applications/7');
    const toPay = api.calls.find((c) => c.path.startsWith('/aid/applications?'))?.path ?? '';
    expect(toPay).toContain('status=CONFIRMED');
    expect(toPay).toContain(`year=${year}`);

    fireEvent.click(screen.getByRole('tab', { name: '已发放' }));
    expect(await screen.findByText('王五', undefined, { timeout: 45_000 })).toBeTruthy();
    expect(api.calls.some((c) => c.path.startsWith('/aid/applications?') && c.path.includes('status=PAID'))).toBe(true);
  });
});
