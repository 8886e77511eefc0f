import { Role } from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aCenter, aChecklist, anEvaluation, aSubsidy } from '../../../../test/centers';
import { renderAt, signedInAs } from '../../../../test/app';
import { route, type Call, type Handler } from '../../../../test/fake-api';
import { type } from '../../../../test/form';
import { shanghaiNow } from '../../../services/time';

beforeEach(() => localStorage.clear());

const year = Number(shanghaiNow('YYYY'));

/** Center 5's page as `roles`, with its history and more routes. */
function centerOf(roles: Role[], ...more: Handler[]) {
  return signedInAs(roles, [
    route('GET', '/centers/5', () => ({ status: 200, body: aCenter() })),
    route('GET', '/centers/5/evaluations', () => ({ status: 200, body: [anEvaluation()] })),
    route('GET', '/centers/5/subsidies', () => ({
      status: 200,
      body: [aSubsidy(), aSubsidy({ id: 2, year: 2026, amountFen: 1_250_050, purpose: '添置办公设备' })],
    })),
    route('GET', '/centers/star-checklist', () => ({ status: 200, body: aChecklist() })),
    ...more,
  ]);
}

async function openPage() {
  renderAt('/centers/5');
  return screen.findByTestId('center-page', undefined, { timeout: 45_000 });
}

const posts = (api: { calls: Call[] }, path: string) => api.calls.filter((c) => c.method === 'POST' && c.path === path);

async function submit() {
  const footer = document.querySelector('.ant-modal-footer') as HTMLElement;
  await act(async () => {
    fireEvent.click(within(footer).getByRole('button', { name: /确\s*认|确\s*定/ }));
  });
}

describe('center page', () => {
  it('shows the center, its photos, its star history and its subsidies; no rating or subsidy for a county reviewer', async () => {
    centerOf([Role.REVIEWER]);
    await openPage();

    expect(screen.getByTestId('center-name').textContent).toBe('城东区困难职工帮扶中心');
    const info = screen.getByTestId('center-info');
    expect(within(info).getByText('3 星')).toBeTruthy();
    expect(within(info).getByText('北纬 36.61729，东经 101.80521')).toBeTruthy();
    expect(within(info).getByText('周一至周五 9:00–17:30')).toBeTruthy();
    expect(within(info).getByText('法律援助')).toBeTruthy();
    // The photo is fetched with the token; without object URLs (jsdom) it is a link to the file.
    expect(await screen.findByText('门头.jpg')).toBeTruthy();

    const evaluations = screen.getByTestId('center-evaluations');
    await waitFor(() => expect(within(evaluations).getByText('74.3')).toBeTruthy());
    expect(within(evaluations).getByText('省总复审')).toBeTruthy();

    const subsidies = screen.getByTestId('center-subsidies');
    await waitFor(() => expect(within(subsidies).getByText('¥50,000.00')).toBeTruthy());
    expect(within(subsidies).getByText('添置办公设备')).toBeTruthy();
    expect(screen.getByTestId('subsidy-total').textContent).toBe('累计补助 ¥62,500.50');

    // The county reviewer edits the registry but neither rates nor pays.
    expect(screen.getByText('编辑')).toBeTruthy();
    expect(screen.queryByText('星级评定')).toBeNull();
    expect(screen.queryByText('登记建设补助')).toBeNull();
    expect(screen.getByText('查看服务请求').closest('a')?.getAttribute('href')).toBe('/service-requests?centerId=5');
  });

  it('computes the weighted total and the stars from the checklist as scores are typed, then posts them', async () => {
    const api = centerOf(
      [Role.PROVINCE_REVIEWER],
      route('POST', '/centers/5/evaluations', () => ({
        status: 201,
        body: anEvaluation({ id: 2, year, total: 80.8, stars: 4 }),
      })),
    );
    await openPage();

    fireEvent.click(screen.getByText('星级评定').closest('button')!);
    await waitFor(() => expect(document.getElementById('evaluation_scores_site')).not.toBeNull());
    // Each criterion with its weight, and the thresholds.
    expect(screen.getByText('场地设施（权重 20%）')).toBeTruthy();
    expect(screen.getByText('一站式服务（权重 25%）')).toBeTruthy();
    expect(screen.getByText(/二至五星分数线：60 \/ 70 \/ 80 \/ 90/)).toBeTruthy();
    expect(screen.getByTestId('evaluation-total').textContent).toBe('0.0 分');
    expect(screen.getByTestId('evaluation-stars').textContent).toContain('1 星');

    type('evaluation_scores_site', '90');
    type('evaluation_scores_staff', '80');
    type('evaluation_scores_services', '85');
    type('evaluation_scores_volume', '70');
    type('evaluation_scores_ratings', '95');
    type('evaluation_scores_records', '60');
    // (90×20 + 80×15 + 85×25 + 70×20 + 95×10 + 60×10) / 100 = 80.75: 80.8, four stars from 80.
    await waitFor(() => expect(screen.getByTestId('evaluation-total').textContent).toBe('80.8 分'));
    expect(screen.getByTestId('evaluation-stars').textContent).toContain('★★★★☆');
    expect(screen.getByTestId('evaluation-stars').textContent).toContain('4 星');

    type('evaluation_scores_services', '40');
    await waitFor(() => expect(screen.getByTestId('evaluation-total').textContent).toBe('69.5 分'));
    expect(screen.getByTestId('evaluation-stars').textContent).toContain('2 星');

    type('evaluation_scores_services', '85');
    type('evaluation_notes', '  台账齐全  ');
    await submit();

    await waitFor(() => expect(posts(api, '/centers/5/evaluations')).toHaveLength(1));
    expect(posts(api, '/centers/5/evaluations')[0].body).toEqual({
      year,
      scores: { site: 90, staff: 80, services: 85, volume: 70, ratings: 95, records: 60 },
      evaluatedOn: shanghaiNow('YYYY-MM-DD'),
      evidence: [],
      notes: '台账齐全',
    });
    expect(await screen.findByText('星级评定已保存')).toBeTruthy();
  });

  it('refuses an evaluation with a criterion not scored', async () => {
    const api = centerOf([Role.TRAINING_ADMIN]);
    await openPage();

    fireEvent.click(screen.getByText('星级评定').closest('button')!);
    await waitFor(() => expect(document.getElementById('evaluation_scores_site')).not.toBeNull());
    type('evaluation_scores_site', '90');
    await submit();

    expect(await screen.findByText('请为“人员配备”打分（0–100）')).toBeTruthy();
    expect(posts(api, '/centers/5/evaluations')).toHaveLength(0);
  });

  it('lets finance record a construction subsidy in fen', async () => {
    const api = centerOf(
      [Role.FINANCE],
      route('POST', '/centers/5/subsidies', (call) => ({ status: 201, body: aSubsidy(call.body as object) })),
    );
    await openPage();
    expect(screen.queryByText('星级评定')).toBeNull();

    fireEvent.click(screen.getByText('登记建设补助').closest('button')!);
    await waitFor(() => expect(document.getElementById('subsidy_amountFen')).not.toBeNull());
    type('subsidy_amountFen', '30000.5');
    type('subsidy_purpose', '服务大厅无障碍改造');
    await submit();

    await waitFor(() => expect(posts(api, '/centers/5/subsidies')).toHaveLength(1));
    expect(posts(api, '/centers/5/subsidies')[0].body).toEqual({
      year,
      amountFen: 3_000_050,
      purpose: '服务大厅无障碍改造',
    });
    expect(await screen.findByText('建设补助已登记')).toBeTruthy();
  });

  it('says so when the center is not in the user’s scope', async () => {
    signedInAs([Role.REVIEWER], [route('GET', '/centers/star-checklist', () => ({ status: 200, body: aChecklist() }))]);
    renderAt('/centers/99');
    expect(await screen.findByText('帮扶中心不存在或不在您的管辖范围内', undefined, { timeout: 45_000 })).toBeTruthy();
  });
});
