import { AidApplicationStatus, Role } from '@steadywork/shared';
import { availableActions } from './actions';

const of = (status: AidApplicationStatus, roles: Role[], objectionPending = false) =>
  availableActions({ status, objectionPending }, roles);

describe('what a user may do with an application', () => {
  it('gives first review to the reviewer and final review to the province, each at its step', () => {
    expect(of(AidApplicationStatus.SUBMITTED, [Role.REVIEWER]).review).toBe('first');
    expect(of(AidApplicationStatus.SUBMITTED, [Role.PROVINCE_REVIEWER]).review).toBeNull();
    expect(of(AidApplicationStatus.FIRST_APPROVED, [Role.PROVINCE_REVIEWER]).review).toBe('final');
    expect(of(AidApplicationStatus.FIRST_APPROVED, [Role.REVIEWER]).review).toBeNull();
  });

  it('during publicity lets reviewers record objections and only the province decide a pending one', () => {
    expect(of(AidApplicationStatus.PUBLICIZING, [Role.REVIEWER], true)).toMatchObject({
      objection: true,
      objectionDecision: false,
      revoke: false,
    });
    expect(of(AidApplicationStatus.PUBLICIZING, [Role.PROVINCE_REVIEWER], true)).toMatchObject({
      objection: true,
      objectionDecision: true,
      revoke: true,
    });
    expect(of(AidApplicationStatus.PUBLICIZING, [Role.PROVINCE_REVIEWER], false).objectionDecision).toBe(false);
  });

  it('lets the province revoke an award until it is paid, and finance pay only a confirmed one', () => {
    expect(of(AidApplicationStatus.CONFIRMED, [Role.PROVINCE_REVIEWER]).revoke).toBe(true);
    expect(of(AidApplicationStatus.PAID, [Role.PROVINCE_REVIEWER]).revoke).toBe(false);
    expect(of(AidApplicationStatus.CONFIRMED, [Role.FINANCE]).disburse).toBe(true);
    expect(of(AidApplicationStatus.PUBLICIZING, [Role.FINANCE]).disburse).toBe(false);
  });

  it('offers the outcome form to those who record outcomes, once the aid is awarded', () => {
    expect(of(AidApplicationStatus.PAID, [Role.REVIEWER]).outcome).toBe(true);
    expect(of(AidApplicationStatus.SUBMITTED, [Role.REVIEWER]).outcome).toBe(false);
    expect(of(AidApplicationStatus.PAID, [Role.FINANCE]).outcome).toBe(false);
  });
});
