import { AidApplicationStatus, AidType, ErrorCode, Role } from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aProgram, aReviewContext, anApplication } from '../../../../test/aid';
import { renderAt, signedInAs } from '../../../../test/app';
import { route, type Handler } from '../../../../test/fake-api';
import { formItemOf, type } from '../../../../test/form';
import { shanghaiNow } from '../../../services/time';

beforeEach(() => localStorage.clear());

/** The review page of application 7 as `roles`, with this application and more routes. */
function reviewOf(roles: Role[], application = anApplication(), ...more: Handler[]) {
  return signedInAs(roles, [
    route('GET', '/aid/applications/7/review-context', () => ({ status: 200, body: aReviewContext(application) })),
    route('GET', '/aid/programs/1', () => ({ status: 200, body: aProgram() })),
    ...more,
  ]);
}

async function openPage() {
  renderAt('/aid/applications/7');
  return screen.findByTestId('review-page', undefined, { timeout: 45_000 });
}

const posts = (api: { calls: { method: string; path: string; body: unknown }[] }, path: string) =>
  api.calls.filter((c) => c.method === 'POST' && c.path === path);

describe('review page', () => {
  it('shows the materials form read-only beside the worker, archive, other applications and timeline', async () => {
    reviewOf([Role.REVIEWER]);
    await openPage();

    const form = screen.getByTestId('application-form');
    // Quantity × unit price, and the total, in 元.
    expect(within(form).getByText('¥6,002.00')).toBeTruthy();
    expect(within(form).getByTestId('materials-total').textContent).toBe('¥18,002.00');
    expect(within(form).getByTestId('application-amount').textContent).toBe('¥20,000.00');
    expect(within(form).getByText('经营流动早餐摊点')).toBeTruthy();
    expect(within(form).getByTestId('statement').textContent).toBe('家中四口人，本人失业半年，想自己做点小生意。');
    expect(within(form).getByText('2026-04-02 09:30')).toBeTruthy();
    // The attachment is named by the programme's requirement and fetched with the token.
    const attachments = within(form).getByTestId('application-attachments');
    await waitFor(() => expect(attachments.textContent).toContain('生产资料报价单'), { timeout: 10_000 });
    expect(within(attachments).getByTestId('attachment-link').textContent).toBe('报价单.pdf');
    // Nothing of the form can be edited.
    expect(form.querySelector('input, textarea')).toBeNull();

    expect(within(screen.getByTestId('worker-card')).getByTestId('worker-id-masked').textContent).toBe(
      '630102********1234',
    );
    expect(within(screen.getByTestId('archive-summary')).getByText('深度困难')).toBeTruthy();
    expect(within(screen.getByTestId('history')).getByText('未通过')).toBeTruthy();
    const events = screen.getAllByTestId('application-event').map((e) => e.textContent);
    expect(events[0]).toContain('提交申请');
    expect(events[0]).toContain('经办人：本人');
    expect(within(screen.getByTestId('review-card')).getByText('初审意见')).toBeTruthy();
  });

  it('refuses a return without a comment, then posts the return with its comment', async () => {
    const api = reviewOf(
      [Role.REVIEWER],
      anApplication(),
      route('POST', '/aid/applications/7/review', () => ({
        status: 200,
        body: anApplication({ status: AidApplicationStatus.RETURNED }),
      })),
    );
    await openPage();
    const card = screen.getByTestId('review-card');

    fireEvent.click(within(card).getByText('退回修改'));
    await act(async () => {
      fireEvent.click(within(card).getByText('提交审核结果').closest('button')!);
    });
    expect(await within(formItemOf('review_comment')).findByText('退回修改或不予通过时须填写审核意见')).toBeTruthy();
    expect(posts(api, '/aid/applications/7/review')).toHaveLength(0);

    type('review_comment', '  请补充生产资料报价单的盖章页  ');
    await act(async () => {
      fireEvent.click(within(card).getByText('提交审核结果').closest('button')!);
    });
    await waitFor(() => expect(posts(api, '/aid/applications/7/review')).toHaveLength(1));
    expect(posts(api, '/aid/applications/7/review')[0].body).toEqual({
      decision: 'return',
      comment: '请补充生产资料报价单的盖章页',
    });
    expect(await screen.findByText('审核结果已提交')).toBeTruthy();
  });

  it('shows the API’s 409 when final approval finds the quota full', async () => {
    const quotaFull = '2026年生产资料帮扶名额（20 名）已满，不能再通过';
    const api = reviewOf(
      [Role.PROVINCE_REVIEWER],
      anApplication({ status: AidApplicationStatus.FIRST_APPROVED }),
      route('POST', '/aid/applications/7/review', () => ({
        status: 409,
        body: { statusCode: 409, error: ErrorCode.CONFLICT, message: quotaFull },
      })),
    );
    await openPage();
    const card = screen.getByTestId('review-card');
    expect(within(card).getByText('复审意见')).toBeTruthy();

    // approval needs no comment, and is confirmed with the worker's name and the amount
    fireEvent.click(within(card).getByText('通过'));
    await act(async () => {
      fireEvent.click(within(card).getByText('提交审核结果').closest('button')!);
    });
    const confirm = (await screen.findAllByText('确认审核通过'))[0].closest('.ant-modal-confirm') as HTMLElement;
    await act(async () => {
      fireEvent.click(within(confirm).getByText('确认通过').closest('button')!);
    });

    expect(await screen.findByText(quotaFull)).toBeTruthy();
    expect(posts(api, '/aid/applications/7/review')[0].body).toEqual({ decision: 'approve' });
    expect(screen.queryByText('审核结果已提交')).toBeNull();
  });

  it('preselects no decision, and sends an approval only once it is confirmed with the name and the amount', async () => {
    const api = reviewOf(
      [Role.REVIEWER],
      anApplication(),
      route('POST', '/aid/applications/7/review', () => ({
        status: 200,
        body: anApplication({ status: AidApplicationStatus.FIRST_APPROVED }),
      })),
    );
    await openPage();
    const card = screen.getByTestId('review-card');
    expect(card.querySelector('.ant-radio-button-wrapper-checked')).toBeNull();

    await act(async () => {
      fireEvent.click(within(card).getByText('提交审核结果').closest('button')!);
    });
    expect(await within(formItemOf('review_decision')).findByText('请选择审核结果')).toBeTruthy();

    fireEvent.click(within(card).getByText('通过'));
    await act(async () => {
      fireEvent.click(within(card).getByText('提交审核结果').closest('button')!);
    });
    const first = (await screen.findAllByText('确认审核通过'))[0].closest('.ant-modal-confirm') as HTMLElement;
    expect(first.textContent).toContain('¥20,000.00');
    expect(first.textContent).toContain(anApplication().workerName);
    await act(async () => {
      fireEvent.click(
        within(first)
          .getByText(/取\s*消/)
          .closest('button')!,
      );
    });
    expect(posts(api, '/aid/applications/7/review')).toHaveLength(0);

    await act(async () => {
      fireEvent.click(within(card).getByText('提交审核结果').closest('button')!);
    });
    await waitFor(() => expect(document.querySelectorAll('.ant-modal-confirm')).toHaveLength(1));
    const second = document.querySelector('.ant-modal-confirm') as HTMLElement;
    await act(async () => {
      fireEvent.click(within(second).getByText('确认通过').closest('button')!);
    });
    await waitFor(() => expect(posts(api, '/aid/applications/7/review')).toHaveLength(1));
    expect(posts(api, '/aid/applications/7/review')[0].body).toEqual({ decision: 'approve' });
  });

  it('offers no review to a reviewer once the application has passed first review', async () => {
    reviewOf([Role.REVIEWER], anApplication({ status: AidApplicationStatus.FIRST_APPROVED }));
    await openPage();

    expect(screen.queryByTestId('review-card')).toBeNull();
    expect(screen.queryByText('登记发放')).toBeNull();
  });

  it('lets finance record the payment of a confirmed award in fen, prefilled with the award', async () => {
    const api = reviewOf(
      [Role.FINANCE],
      anApplication({ status: AidApplicationStatus.CONFIRMED }),
      route('POST', '/aid/applications/7/disbursement', () => ({
        status: 200,
        body: anApplication({ status: AidApplicationStatus.PAID }),
      })),
    );
    await openPage();

    fireEvent.click(screen.getByText('登记发放').closest('button')!);
    await waitFor(() => expect(document.getElementById('disbursement_amountFen')).not.toBeNull());
    expect((document.getElementById('disbursement_amountFen') as HTMLInputElement).value).toBe('20000.00');

    type('disbursement_voucherNo', 'CW-2026-0611');
    const footer = document.querySelector('.ant-modal-footer') as HTMLElement;
    await act(async () => {
      fireEvent.click(within(footer).getByRole('button', { name: /确\s*认|确\s*定/ }));
    });
    // the money is confirmed with the name, the amount and the voucher before it is recorded
    const confirm = (await screen.findAllByText('确认登记发放'))[0].closest('.ant-modal-confirm') as HTMLElement;
    expect(confirm.textContent).toContain('¥20,000.00');
    expect(confirm.textContent).toContain('CW-2026-0611');
    expect(posts(api, '/aid/applications/7/disbursement')).toHaveLength(0);
    await act(async () => {
      fireEvent.click(within(confirm).getByRole('button', { name: /确\s*认|确\s*定/ }));
    });

    await waitFor(() => expect(posts(api, '/aid/applications/7/disbursement')).toHaveLength(1));
    expect(posts(api, '/aid/applications/7/disbursement')[0].body).toEqual({
      amountFen: 2_000_000,
      voucherNo: 'CW-2026-0611',
      paidAt: shanghaiNow('YYYY-MM-DD'),
    });
  });

  it('refuses a payment that differs from the award before sending it', async () => {
    const api = reviewOf([Role.FINANCE], anApplication({ status: AidApplicationStatus.CONFIRMED }));
    await openPage();

    fireEvent.click(screen.getByText('登记发放').closest('button')!);
    await waitFor(() => expect(document.getElementById('disbursement_amountFen')).not.toBeNull());
    type('disbursement_amountFen', '19999');
    type('disbursement_voucherNo', 'CW-2026-0611');
    const footer = document.querySelector('.ant-modal-footer') as HTMLElement;
    await act(async () => {
      fireEvent.click(within(footer).getByRole('button', { name: /确\s*认|确\s*定/ }));
    });

    expect(
      await within(formItemOf('disbursement_amountFen')).findByText('发放金额应与核定帮扶金额 ¥20,000.00 一致'),
    ).toBeTruthy();
    expect(posts(api, '/aid/applications/7/disbursement')).toHaveLength(0);
  });

  it('lets the province decide a pending objection during publicity, with a required comment', async () => {
    const api = reviewOf(
      [Role.PROVINCE_REVIEWER],
      anApplication({ status: AidApplicationStatus.PUBLICIZING, objectionPending: true }),
      route('POST', '/aid/applications/7/objections/decision', () => ({
        status: 200,
        body: anApplication({ status: AidApplicationStatus.REVOKED }),
      })),
    );
    await openPage();
    expect(screen.getByText('有待处理的异议')).toBeTruthy();
    expect(screen.getByText('记录异议')).toBeTruthy();
    expect(screen.getByText('撤销')).toBeTruthy();

    fireEvent.click(screen.getByText('异议处理').closest('button')!);
    await waitFor(() => expect(document.getElementById('objectionDecision_comment')).not.toBeNull());
    fireEvent.click(screen.getByText('异议成立，撤销帮扶资格'));
    const footer = document.querySelector('.ant-modal-footer') as HTMLElement;
    await act(async () => {
      fireEvent.click(within(footer).getByRole('button', { name: /确\s*认|确\s*定/ }));
    });
    expect(await within(formItemOf('objectionDecision_comment')).findByText('请填写处理意见')).toBeTruthy();
    expect(posts(api, '/aid/applications/7/objections/decision')).toHaveLength(0);

    type('objectionDecision_comment', '经核实，申请人隐瞒经营收入');
    await act(async () => {
      fireEvent.click(within(footer).getByRole('button', { name: /确\s*认|确\s*定/ }));
    });
    await waitFor(() => expect(posts(api, '/aid/applications/7/objections/decision')).toHaveLength(1));
    expect(posts(api, '/aid/applications/7/objections/decision')[0].body).toEqual({
      decision: 'uphold',
      comment: '经核实，申请人隐瞒经营收入',
    });
  });

  it('shows a startup application’s business details', async () => {
    reviewOf(
      [Role.PROVINCE_REVIEWER],
      anApplication({
        aidType: AidType.STARTUP_SUBSIDY,
        materials: null,
        startup: {
          businessName: '城东好味早餐店',
          creditCode: null,
          businessPlan: '租门面一间，雇两人。',
          expectedJobs: 3,
        },
      }),
    );
    await openPage();

    const startup = screen.getByTestId('startup');
    expect(within(startup).getByText('城东好味早餐店')).toBeTruthy();
    expect(within(startup).getByText('租门面一间，雇两人。')).toBeTruthy();
    expect(within(startup).getByText('3 人')).toBeTruthy();
    expect(screen.queryByTestId('materials')).toBeNull();
  });
});
