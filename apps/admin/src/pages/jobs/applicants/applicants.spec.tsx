import { JobApplicationStatus, Role } from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { pageOf, renderAt, signedInAs } from '../../../../test/app';
import { route, type Call } from '../../../../test/fake-api';
import { type } from '../../../../test/form';
import { anApplication } from '../../../../test/jobs';

beforeEach(() => localStorage.clear());

const calls = (api: { calls: Call[] }, method: string, prefix: string) =>
  api.calls.filter((c) => c.method === method && c.path.startsWith(prefix));

const applied = anApplication();
const accepted = anApplication({
  id: 62,
  workerId: 503,
  workerName: '王五',
  status: JobApplicationStatus.ACCEPTED,
  interviewAt: '2026-12-05T02:00:00.000Z',
  interviewPlace: '公司人事部',
});
const applications = route('GET', /^\/jobs\/applications\?/, () => pageOf([applied, accepted]));

describe('应聘者 (HR)', () => {
  it("lists a posting's applicants, masked until the interview is accepted, with the steps each allows", async () => {
    const api = signedInAs([Role.HR], [applications]);
    renderAt('/jobs/applicants?postingId=41');

    const masked = (await screen.findByText('张*', undefined, { timeout: 45_000 })).closest('tr') as HTMLElement;
    expect(within(masked).getByText('邀请面试')).toBeTruthy();
    expect(within(masked).getByText('不录用')).toBeTruthy();
    expect(within(masked).queryByText('录用')).toBeNull();
    const named = screen.getByText('王五').closest('tr') as HTMLElement;
    expect(within(named).getByText('录用')).toBeTruthy();
    expect(within(named).getByText('记录已面试')).toBeTruthy();
    expect(within(named).queryByText('邀请面试')).toBeNull();
    expect(calls(api, 'GET', '/jobs/applications?')[0].path).toBe('/jobs/applications?page=1&pageSize=20&postingId=41');
  });

  it('turns an applicant down with a reason', async () => {
    const api = signedInAs(
      [Role.HR],
      [
        applications,
        route('POST', '/jobs/applications/61/reject', () => ({
          status: 200,
          body: { ...applied, status: JobApplicationStatus.REJECTED },
        })),
      ],
    );
    renderAt('/jobs/applicants');
    const row = (await screen.findByText('张*', undefined, { timeout: 45_000 })).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByText('不录用'));
    await waitFor(() => expect(document.getElementById('applicant-reject_reason')).not.toBeNull());
    type('applicant-reject_reason', '岗位已招满');
    const footer = document.querySelector('.ant-modal-footer') as HTMLElement;
    await act(async () => {
      fireEvent.click(within(footer).getByRole('button', { name: /确\s*认|确\s*定/ }));
    });
    await waitFor(() => expect(calls(api, 'POST', '/jobs/applications/61/reject')).toHaveLength(1));
    expect(calls(api, 'POST', '/jobs/applications/61/reject')[0].body).toEqual({ reason: '岗位已招满' });
    expect(await screen.findByText('已告知职工未录用')).toBeTruthy();
  });
});
