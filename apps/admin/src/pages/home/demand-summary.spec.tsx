import { DemandCategory, Role, type DemandSummary } from '@steadywork/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { renderAt, signedInAs } from '../../../test/app';
import { route } from '../../../test/fake-api';

beforeEach(() => localStorage.clear());

const summary = (overrides: Partial<DemandSummary> = {}): DemandSummary => ({
  open: 6,
  late: 2,
  escalatedToUs: 3,
  byCategory: {
    [DemandCategory.WAGES_OWED]: 4,
    [DemandCategory.CONTRACT]: 1,
    [DemandCategory.SOCIAL_INSURANCE]: 0,
    [DemandCategory.WORK_INJURY]: 1,
    [DemandCategory.NEW_FORMS_OF_WORK]: 0,
    [DemandCategory.HARDSHIP]: 0,
    [DemandCategory.OTHER]: 0,
  },
  ...overrides,
});

describe('职工诉求 card on the home page', () => {
  it('shows a city union its open and late demands and those escalated from its counties, linking to the late list', async () => {
    signedInAs([Role.REVIEWER], [route('GET', '/demands/summary', () => ({ status: 200, body: summary() }))]);
    renderAt('/');

    const card = await screen.findByTestId('demand-summary-card', undefined, { timeout: 45_000 });
    await waitFor(() => expect(within(card).getByTestId('demand-open').textContent).toBe('6'));
    expect(within(card).getByTestId('demand-late-count').textContent).toBe('2');
    expect(within(card).getByTestId('demand-escalated-count').textContent).toBe('3');
    expect(within(card).getByTestId('demand-late-link').getAttribute('href')).toBe('/demands?late=true');
    expect(within(card).getByTestId('demand-by-category').textContent).toContain('拖欠工资 4');
  });

  it('is not shown to roles that do not handle demands', async () => {
    signedInAs([Role.FINANCE], [route('GET', '/demands/summary', () => ({ status: 200, body: summary() }))]);
    renderAt('/');
    await screen.findByTestId('home-roles', undefined, { timeout: 45_000 });
    expect(screen.queryByTestId('demand-summary-card')).toBeNull();
  });
});
