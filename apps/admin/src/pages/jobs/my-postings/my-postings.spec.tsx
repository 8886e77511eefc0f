import { ErrorCode, JobPostingStatus, Role } from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { pageOf, renderAt, signedInAs } from '../../../../test/app';
import { route, type Call } from '../../../../test/fake-api';
import { formItemOf, type } from '../../../../test/form';
import { aPosting } from '../../../../test/jobs';

beforeEach(() => localStorage.clear());

const calls = (api: { calls: Call[] }, method: string, prefix: string) =>
  api.calls.filter((c) => c.method === method && c.path.startsWith(prefix));

const draft = aPosting({ id: 42, title: '钢筋工', status: JobPostingStatus.DRAFT });
const returned = aPosting({
  id: 43,
  title: '架子工',
  status: JobPostingStatus.RETURNED,
  returnReason: '月薪下限低于当地最低工资标准',
  wageMinFen: 200_000,
});
const open = aPosting({ id: 44, title: '电工', status: JobPostingStatus.OPEN });
const myPostings = route('GET', /^\/jobs\/postings\?/, () => pageOf([draft, returned, open]));

async function typeDate(id: string, value: string) {
  const input = document.getElementById(id) as HTMLInputElement;
  await act(async () => {
    fireEvent.mouseDown(input);
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value } });
  });
  await act(async () => {
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  });
  await act(async () => {
    fireEvent.blur(input);
  });
}

async function submitForm() {
  const footer = document.querySelector('.ant-modal-footer') as HTMLElement;
  await act(async () => {
    fireEvent.click(within(footer).getByRole('button', { name: /确\s*认|确\s*定/ }));
  });
}

async function rowOf(title: string) {
  const link = await screen.findByText(title, { selector: 'a' }, { timeout: 45_000 });
  return link.closest('tr') as HTMLElement;
}

describe('我的岗位 (HR)', () => {
  it('drafts a posting in 元; the rules the API applies come back under their fields', async () => {
    let attempt = 0;
    const api = signedInAs(
      [Role.HR],
      [
        myPostings,
        route('POST', '/jobs/postings', (call) => {
          attempt += 1;
          if (attempt === 1) {
            return {
              status: 400,
              body: {
                statusCode: 400,
                error: ErrorCode.VALIDATION_FAILED,
                message: '请求参数有误',
                details: [
                  { field: 'wageMinFen', message: '月薪下限不得低于当地最低工资标准 2080 元' },
                  { field: 'title', message: '职位名称含有歧视性内容：限男性' },
                ],
              },
            };
          }
          return { status: 201, body: aPosting({ ...(call.body as object), id: 45, status: JobPostingStatus.DRAFT }) };
        }),
      ],
    );
    renderAt('/jobs/my-postings');
    await rowOf('钢筋工');

    fireEvent.click(screen.getByText('发布岗位').closest('button')!);
    await waitFor(() => expect(document.getElementById('posting_title')).not.toBeNull());
    await waitFor(() => expect(formItemOf('posting_regionCode').textContent).toContain('城东区'));

    type('posting_title', '电焊工（限男性）');
    type('posting_occupation', '焊工');
    type('posting_address', '西宁市城东区八一东路 3 号');
    type('posting_latitude', '36.61');
    type('posting_longitude', '101.81');
    type('posting_headcount', '5');
    await typeDate('posting_validUntil', '2026-12-31');
    type('posting_wageMin', '2000');
    type('posting_wageMax', '1800');
    type('posting_contactName', '李经理');
    type('posting_contactPhone', '13900001111');
    type('posting_description', '持焊工证上岗，五险一金。');

    await submitForm();
    // The form's own check: the top of the range under its bottom.
    expect(await within(formItemOf('posting_wageMax')).findByText('月薪上限不能低于下限')).toBeTruthy();
    expect(calls(api, 'POST', '/jobs/postings')).toHaveLength(0);

    type('posting_wageMax', '6500');
    await submitForm();
    expect(
      await within(formItemOf('posting_wageMin')).findByText('月薪下限不得低于当地最低工资标准 2080 元'),
    ).toBeTruthy();
    expect(within(formItemOf('posting_title')).getByText('职位名称含有歧视性内容：限男性')).toBeTruthy();
    expect(calls(api, 'POST', '/jobs/postings')[0].body).toEqual({
      title: '电焊工（限男性）',
      occupation: '焊工',
      regionCode: '630102',
      address: '西宁市城东区八一东路 3 号',
      latitude: 36.61,
      longitude: 101.81,
      headcount: 5,
      wageMinFen: 200_000,
      wageMaxFen: 650_000,
      skills: [],
      education: null,
      ageMin: null,
      ageMax: null,
      contactName: '李经理',
      contactPhone: '13900001111',
      description: '持焊工证上岗，五险一金。',
      validUntil: '2026-12-31',
    });

    type('posting_title', '电焊工');
    type('posting_wageMin', '4500');
    await submitForm();
    await waitFor(() => expect(calls(api, 'POST', '/jobs/postings')).toHaveLength(2));
    expect(calls(api, 'POST', '/jobs/postings')[1].body).toMatchObject({ title: '电焊工', wageMinFen: 450_000 });
    // One opening of the form is one submission: the corrected resend carries the refused one's key.
    const [refused, saved] = calls(api, 'POST', '/jobs/postings');
    expect(saved.idempotencyKey).toMatch(/\S{16,}/);
    expect(saved.idempotencyKey).toBe(refused.idempotencyKey);
    expect(await screen.findByText('岗位草稿已保存')).toBeTruthy();
  });

  it('offers edit and submit on drafts and returned postings only, with the reason it came back', async () => {
    const api = signedInAs(
      [Role.HR],
      [
        myPostings,
        route('POST', '/jobs/postings/42/submit', () => ({
          status: 200,
          body: { ...draft, status: JobPostingStatus.PENDING },
        })),
      ],
    );
    renderAt('/jobs/my-postings');

    const draftRow = await rowOf('钢筋工');
    const returnedRow = await rowOf('架子工');
    const openRow = await rowOf('电工');
    expect(within(returnedRow).getByText('月薪下限低于当地最低工资标准')).toBeTruthy();
    expect(within(returnedRow).getByText('编辑')).toBeTruthy();
    expect(within(openRow).queryByText('编辑')).toBeNull();
    expect(within(openRow).queryByText('提交审核')).toBeNull();
    expect(within(openRow).getByText('应聘者').closest('a')?.getAttribute('href')).toBe(
      '/jobs/applicants?postingId=44',
    );

    const listed = calls(api, 'GET', '/jobs/postings?').length;
    fireEvent.click(within(draftRow).getByText('提交审核'));
    await waitFor(() => expect(calls(api, 'POST', '/jobs/postings/42/submit')).toHaveLength(1));
    expect(await screen.findByText('岗位已提交审核')).toBeTruthy();
    await waitFor(() => expect(calls(api, 'GET', '/jobs/postings?').length).toBeGreaterThan(listed));
  });

  it('edits a returned posting with its values in 元', async () => {
    const api = signedInAs(
      [Role.HR],
      [
        myPostings,
        route('PUT', '/jobs/postings/43', (call) => ({ status: 200, body: { ...returned, ...(call.body as object) } })),
      ],
    );
    renderAt('/jobs/my-postings');
    fireEvent.click(within(await rowOf('架子工')).getByText('编辑'));
    await waitFor(() => expect((document.getElementById('posting_wageMin') as HTMLInputElement).value).toBe('2000'));
    await waitFor(() => expect(formItemOf('posting_regionCode').textContent).toContain('城东区'));

    type('posting_wageMin', '2500');
    await submitForm();
    await waitFor(() => expect(calls(api, 'PUT', '/jobs/postings/43')).toHaveLength(1));
    expect(calls(api, 'PUT', '/jobs/postings/43')[0].body).toMatchObject({
      title: '架子工',
      wageMinFen: 250_000,
      wageMaxFen: 650_000,
      validUntil: '2026-12-31',
      regionCode: '630102',
    });
  });
});
