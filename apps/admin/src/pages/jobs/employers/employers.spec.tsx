import { EmployerSize, ErrorCode, Role } from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { pageOf, renderAt, signedInAs } from '../../../../test/app';
import { route, type Call } from '../../../../test/fake-api';
import { formItemOf, pick, type } from '../../../../test/form';
import { anEmployer } from '../../../../test/jobs';

beforeEach(() => localStorage.clear());

const calls = (api: { calls: Call[] }, method: string, prefix: string) =>
  api.calls.filter((c) => c.method === method && c.path.startsWith(prefix));

const employers = route('GET', /^\/jobs\/employers\?/, () => pageOf([anEmployer()]));

async function submitForm() {
  const footer = document.querySelector('.ant-modal-footer') as HTMLElement;
  await act(async () => {
    fireEvent.click(within(footer).getByRole('button', { name: /确\s*认|确\s*定/ }));
  });
}

describe('企业名录', () => {
  it('lists the employers with their credit code, size and open postings', async () => {
    const api = signedInAs([Role.CENTER_STAFF], [employers]);
    renderAt('/jobs/employers');
    const name = await screen.findByText('青海高原建设有限公司', undefined, { timeout: 45_000 });
    const row = name.closest('tr') as HTMLElement;
    expect(within(row).getByText('91630100MA7F8K3X2A')).toBeTruthy();
    expect(within(row).getByText('中型')).toBeTruthy();
    expect(calls(api, 'GET', '/jobs/employers?')[0].path).toBe('/jobs/employers?page=1&pageSize=20');
  });

  it('registers an employer; a credit code the API refuses shows under the field', async () => {
    let attempt = 0;
    const api = signedInAs(
      [Role.REVIEWER],
      [
        employers,
        route('POST', '/jobs/employers', (call) => {
          attempt += 1;
          return attempt === 1
            ? {
                status: 409,
                body: {
                  statusCode: 409,
                  error: ErrorCode.CONFLICT,
                  message: '该统一社会信用代码已登记',
                  details: [{ field: 'creditCode', message: '该统一社会信用代码已登记' }],
                },
              }
            : { status: 201, body: anEmployer({ ...(call.body as object), id: 8 }) };
        }),
      ],
    );
    renderAt('/jobs/employers');
    fireEvent.click((await screen.findByText('登记企业', undefined, { timeout: 45_000 })).closest('button')!);
    await waitFor(() => expect(document.getElementById('employer_creditCode')).not.toBeNull());
    await waitFor(() => expect(formItemOf('employer_regionCode').textContent).toContain('城东区'));

    type('employer_name', '西宁恒信物流有限公司');
    type('employer_creditCode', '91630100ma7f8k3x2a');
    type('employer_industry', '交通运输业');
    await pick('employer_size', '小型');
    await submitForm();

    expect(await within(formItemOf('employer_creditCode')).findByText('该统一社会信用代码已登记')).toBeTruthy();
    expect(calls(api, 'POST', '/jobs/employers')[0].body).toEqual({
      name: '西宁恒信物流有限公司',
      creditCode: '91630100MA7F8K3X2A',
      regionCode: '630102',
      industry: '交通运输业',
      size: EmployerSize.SMALL,
    });

    type('employer_creditCode', '91630100MA7F8K3X3B');
    await submitForm();
    await waitFor(() => expect(calls(api, 'POST', '/jobs/employers')).toHaveLength(2));
    expect(await screen.findByText('企业已登记')).toBeTruthy();
  });
});
