import { localizedLabels } from './i18n/labels';
/** Staff roles (SPEC §2). Workers are a separate principal, not a role. */
export enum Role {
  SYSADMIN = 'SYSADMIN',
  SECADMIN = 'SECADMIN',
  AUDITOR = 'AUDITOR',
  PROVINCE_REVIEWER = 'PROVINCE_REVIEWER',
  REVIEWER = 'REVIEWER',
  FINANCE = 'FINANCE',
  TRAINING_ADMIN = 'TRAINING_ADMIN',
  PROGRAM_ADMIN = 'PROGRAM_ADMIN',
  CENTER_STAFF = 'CENTER_STAFF',
  TRAINER = 'TRAINER',
  HR = 'HR',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** The three separated admin roles (三权分立): no account may hold two of them. */
export const SEPARATED_ADMIN_ROLES: readonly Role[] = [Role.SYSADMIN, Role.SECADMIN, Role.AUDITOR];

/** An account holding one of the three admin roles. */
export function isAdminAccount(roles: readonly Role[]): boolean {
  return roles.some((role) => SEPARATED_ADMIN_ROLES.includes(role));
}

export const SEPARATED_ROLES_MESSAGE = '系统管理员、安全管理员、安全审计员角色须单独授予，不能与其他任何角色兼任';

/**
 * 三权分立 (等保三级): an admin role is the account's only role — never with another admin role,
 * never with a business role. Returns the problem, or null.
 */
export function separatedRolesProblem(roles: readonly Role[]): string | null {
  return isAdminAccount(roles) && roles.length > 1 ? SEPARATED_ROLES_MESSAGE : null;
}

export const ROLE_LABELS: Record<Role, string> = localizedLabels('ROLE_LABELS', {
  [Role.SYSADMIN]: '系统管理员',
  [Role.SECADMIN]: '安全管理员',
  [Role.AUDITOR]: '安全审计员',
  [Role.PROVINCE_REVIEWER]: '省级复审（权益保障部）',
  [Role.REVIEWER]: '市县初审',
  [Role.FINANCE]: '财务（财务部）',
  [Role.TRAINING_ADMIN]: '培训管理（经济技术部）',
  [Role.PROGRAM_ADMIN]: '项目管理',
  [Role.CENTER_STAFF]: '帮扶中心工作人员',
  [Role.TRAINER]: '培训教师',
  [Role.HR]: '企业人力资源',
});

export enum PrincipalType {
  STAFF = 'staff',
  WORKER = 'worker',
}

export enum RegionLevel {
  PROVINCE = 'province',
  CITY = 'city',
  COUNTY = 'county',
}

export enum OrganizationType {
  PROVINCIAL_FEDERATION = 'PROVINCIAL_FEDERATION',
  CITY_FEDERATION = 'CITY_FEDERATION',
  COUNTY_FEDERATION = 'COUNTY_FEDERATION',
  INDUSTRY_UNION = 'INDUSTRY_UNION',
  DIRECT_UNION = 'DIRECT_UNION',
  SUPPORT_CENTER = 'SUPPORT_CENTER',
  ENTERPRISE = 'ENTERPRISE',
}

export const ORGANIZATION_TYPE_LABELS: Record<OrganizationType, string> = localizedLabels('ORGANIZATION_TYPE_LABELS', {
  [OrganizationType.PROVINCIAL_FEDERATION]: '省总工会',
  [OrganizationType.CITY_FEDERATION]: '市州总工会',
  [OrganizationType.COUNTY_FEDERATION]: '县区总工会',
  [OrganizationType.INDUSTRY_UNION]: '省级产业工会',
  [OrganizationType.DIRECT_UNION]: '省总直属工会',
  [OrganizationType.SUPPORT_CENTER]: '帮扶中心',
  [OrganizationType.ENTERPRISE]: '企业',
});

export enum StaffStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
