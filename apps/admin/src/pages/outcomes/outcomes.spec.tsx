import {
  AidApplicationStatus,
  ErrorCode,
  OutcomeSource,
  OutcomeType,
  Role,
  creditCodeCheckChar,
  type OutcomeResponse,
} from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aProgram, aReviewContext, anApplication } from '../../../test/aid';
import { aWorker, pageOf, renderAt, signedInAs } from '../../../test/app';
import { route, type Call } from '../../../test/fake-api';
import { formItemOf, pick, type } from '../../../test/form';
import { shanghaiNow } from '../../services/time';

beforeEach(() => localStorage.clear());

const year = Number(shanghaiNow('YYYY'));
const first17 = '91630100MA7BQX3C2';
const GOOD_CODE = `${first17}${creditCodeCheckChar(first17)}`;
const BAD_CODE = `${first17}${creditCodeCheckChar(first17) === '0' ? '1' : '0'}`;

const saves = (api: { calls: Call[] }) => api.calls.filter((c) => c.method === 'POST' && c.path === '/outcomes');

async function submit() {
  const footer = document.querySelector('.ant-modal-footer') as HTMLElement;
  await act(async () => {
    fireEvent.click(within(footer).getByRole('button', { name: /确\s*认|确\s*定/ }));
  });
}

const counted: OutcomeResponse = {
  id: 1,
  workerId: 50,
  workerName: '王芳',
  idNumberMasked: '630103********2222',
  regionCode: '630103',
  regionName: '青海省 / 西宁市 / 城中区',
  year,
  type: OutcomeType.EMPLOYED,
  source: OutcomeSource.TRAINING,
  employer: '青海家政服务中心',
  contractStart: `${year}-03-01`,
  businessName: null,
  creditCode: null,
  evidence: [],
  achievedOn: `${year}-03-01`,
  applicationId: null,
  notes: null,
  verifiedBy: '城东初审',
  createdAt: `${year}-03-02T02:00:00.000Z`,
};

describe('employment outcomes', () => {
  it('lists the year’s outcomes and records a self-employment: worker search, credit-code check, the 409', async () => {
    const already = `该职工${year}年的就业成果已登记，每人每年只计一次`;
    const api = signedInAs(
      [Role.CENTER_STAFF],
      [
        route('GET', /^\/outcomes\?/, () => pageOf([counted])),
        route('GET', /^\/workers\?keyword=/, () => pageOf([aWorker()])),
        route('POST', '/outcomes', () => ({
          status: 409,
          body: {
            statusCode: 409,
            error: ErrorCode.CONFLICT,
            message: already,
            details: [{ field: 'workerId', message: '本年度已登记' }],
          },
        })),
      ],
    );
    renderAt('/aid/outcomes');

    expect(await screen.findByText('青海家政服务中心', undefined, { timeout: 45_000 })).toBeTruthy();
    expect(screen.getByText('技能培训')).toBeTruthy();
    expect(screen.getByText(`${year}-03-02 10:00`)).toBeTruthy();
    expect(api.calls.find((c) => c.path.startsWith('/outcomes?'))?.path).toContain(`year=${year}`);
    fireEvent.click(screen.getByText('登记成果').closest('button')!);
    await waitFor(() => expect(document.getElementById('outcome_workerId')).not.toBeNull());

    const picker = document.getElementById('outcome_workerId')!;
    fireEvent.mouseDown(picker);
    fireEvent.change(picker, { target: { value: '李四' } });
    const option = await waitFor(
      () => {
        const hit = document.querySelector('.ant-select-item-option');
        if (!hit) throw new Error('no option yet');
        return hit;
        // The search waits for a pause in typing.
      },
      { timeout: 5000 },
    );
    expect(option.textContent).toBe('李四　630102********1234　青海省 / 西宁市 / 城东区');
    fireEvent.click(option);
    expect(api.calls.find((c) => c.path.startsWith('/workers?'))?.path).toBe(
      `/workers?keyword=${encodeURIComponent('李四')}&page=1&pageSize=20`,
    );

    fireEvent.click(screen.getByText('自主创业'));
    await waitFor(() => expect(document.getElementById('outcome_creditCode')).not.toBeNull());
    await pick('outcome_source', '职业介绍');
    type('outcome_businessName', '城东好味早餐店');
    type('outcome_creditCode', BAD_CODE);
    await submit();

    expect(await within(formItemOf('outcome_creditCode')).findByText('统一社会信用代码不正确，请核对')).toBeTruthy();
    expect(saves(api)).toHaveLength(0);

    type('outcome_creditCode', GOOD_CODE.toLowerCase());
    await submit();

    await waitFor(() => expect(saves(api)).toHaveLength(1));
    expect(saves(api)[0].body).toEqual({
      workerId: 42,
      type: 'SELF_EMPLOYED',
      source: 'REFERRAL',
      businessName: '城东好味早餐店',
      creditCode: GOOD_CODE,
      evidence: [],
      achievedOn: shanghaiNow('YYYY-MM-DD'),
    });
    expect(await screen.findByText(already)).toBeTruthy();
    expect(within(formItemOf('outcome_workerId')).getByText('本年度已登记')).toBeTruthy();
  });

  it('records an employment from a paid application: the worker and the source are the application’s', async () => {
    const api = signedInAs(
      [Role.PROVINCE_REVIEWER],
      [
        route('GET', '/aid/applications/7/review-context', () => ({
          status: 200,
          body: aReviewContext(anApplication({ status: AidApplicationStatus.PAID })),
        })),
        route('GET', '/aid/programs/1', () => ({ status: 200, body: aProgram() })),
        route('POST', '/outcomes', () => ({ status: 201, body: {} })),
      ],
    );
    renderAt('/aid/applications/7');

    fireEvent.click((await screen.findByText('登记就业成果', undefined, { timeout: 45_000 })).closest('button')!);
    await waitFor(() => expect(document.getElementById('outcome_employer')).not.toBeNull());
    expect(screen.getByTestId('outcome-worker').textContent).toBe('李四　630102********1234');
    expect(formItemOf('outcome_source').textContent).toContain('221帮扶');

    type('outcome_employer', '西宁市城东区好家政服务有限公司');
    const contractStart = document.getElementById('outcome_contractStart')!;
    fireEvent.mouseDown(contractStart);
    fireEvent.focus(contractStart);
    fireEvent.change(contractStart, { target: { value: `${year}-01-05` } });
    fireEvent.keyDown(contractStart, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await submit();

    await waitFor(() => expect(saves(api)).toHaveLength(1));
    expect(saves(api)[0].body).toEqual({
      workerId: 42,
      type: 'EMPLOYED',
      source: 'AID',
      employer: '西宁市城东区好家政服务有限公司',
      contractStart: `${year}-01-05`,
      evidence: [],
      achievedOn: shanghaiNow('YYYY-MM-DD'),
      applicationId: 7,
    });
  });
});
