import { ErrorCode, Role, residentIdCheckChar } from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aWorker, pageOf, renderAt, signedInAs } from '../../../../test/app';
import { route } from '../../../../test/fake-api';
import { formItemOf, pick, type } from '../../../../test/form';

const first17 = '63010219850601123';
const GOOD_ID = `${first17}${residentIdCheckChar(first17)}`;
const BAD_ID = `${first17}${residentIdCheckChar(first17) === '0' ? '1' : '0'}`;

const workersPage = route('GET', /^\/workers\?/, () => pageOf([aWorker()]));

beforeEach(() => localStorage.clear());

async function openRegistration() {
  // Text queries: role queries walk the whole layout and are slow in jsdom.
  fireEvent.click((await screen.findByText('登记职工', undefined, { timeout: 45_000 })).closest('button')!);
  await waitFor(() => expect(document.getElementById('worker_idNumber')).not.toBeNull());
}

describe('workers list', () => {
  it('shows the masked rows and sends the keyword search to the API', async () => {
    const api = signedInAs([Role.REVIEWER], [workersPage]);
    renderAt('/workers');

    expect(await screen.findByText('630102********1234', undefined, { timeout: 45_000 })).toBeTruthy();
    expect(screen.getAllByText('职工名单').length).toBeGreaterThan(0);
    expect(screen.getByText('138****5678')).toBeTruthy();
    expect(screen.getByText('2026-10-01')).toBeTruthy();

    const keyword = document.getElementById('keyword') as HTMLInputElement;
    expect(keyword.placeholder).toBe('姓名或身份证后四位');
    type('keyword', '1234');
    fireEvent.click(screen.getByText(/查\s*询/).closest('button')!);
    await waitFor(() => expect(api.calls.some((c) => c.path.includes('keyword=1234'))).toBe(true));
  });
});

describe('registration form', () => {
  it('checks the ID number as typed: the check-digit message, then the birth date and sex it holds', async () => {
    signedInAs([Role.REVIEWER], [workersPage]);
    renderAt('/workers');
    await openRegistration();

    type('worker_idNumber', BAD_ID);
    expect(await within(formItemOf('worker_idNumber')).findByText('身份证号码有误，请对照身份证逐位核对')).toBeTruthy();
    expect(screen.queryByTestId('id-derived')).toBeNull();

    type('worker_idNumber', GOOD_ID);
    expect((await screen.findByTestId('id-derived')).textContent).toBe('出生日期：1985-06-01　性别：男');
    await waitFor(() =>
      expect(within(formItemOf('worker_idNumber')).queryByText('身份证号码有误，请对照身份证逐位核对')).toBeNull(),
    );
  });

  it('puts the API’s 409 on the ID number field', async () => {
    const api = signedInAs(
      [Role.REVIEWER],
      [
        workersPage,
        route('POST', '/workers', () => ({
          status: 409,
          body: {
            statusCode: 409,
            error: ErrorCode.CONFLICT,
            message: '该身份证号码已登记，同一人只能有一条记录',
            details: [{ field: 'idNumber', message: '该身份证号码已登记' }],
          },
        })),
      ],
    );
    renderAt('/workers');
    await openRegistration();

    type('worker_name', '王五');
    type('worker_idNumber', GOOD_ID);
    type('worker_phone', '13912345678');
    // The scope is one county (城东区): the form starts there.
    await waitFor(() => expect(formItemOf('worker_regionCode').textContent).toContain('城东区'));
    await pick('worker_employmentStatus', '失业');
    const footer = document.querySelector('.ant-modal-footer') as HTMLElement;
    await act(async () => {
      fireEvent.click(within(footer).getByRole('button', { name: /确\s*认|确\s*定/ }));
    });

    expect(await within(formItemOf('worker_idNumber')).findByText('该身份证号码已登记')).toBeTruthy();
    const post = api.calls.find((c) => c.method === 'POST' && c.path === '/workers');
    expect(post?.body).toMatchObject({
      name: '王五',
      idNumber: GOOD_ID,
      phone: '13912345678',
      regionCode: '630102',
      employmentStatus: 'UNEMPLOYED',
    });
  });
});
