import type { OrganizationType, RegionLevel, Role, StaffStatus, PrincipalType } from './roles';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PageQuery {
  page?: number;
  pageSize?: number;
}

export interface LoginRequest {
  username: string;
  password: string;
}

export interface WechatLoginRequest {
  /** wx.login code; `dev:<openid>` with the development provider. */
  code: string;
}

export interface RefreshRequest {
  refreshToken: string;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  /** Access token lifetime in seconds. */
  expiresIn: number;
}

export interface OrganizationResponse {
  id: number;
  name: string;
  type: OrganizationType;
  regionCode: string;
  regionName: string;
  parentId: number | null;
}

export interface RegionNode {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  children?: RegionNode[];
}

export interface StaffMeResponse {
  type: PrincipalType.STAFF;
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  organization: OrganizationResponse;
  mustChangePassword: boolean;
}

export interface WorkerMeResponse {
  type: PrincipalType.WORKER;
  id: number;
  openidMasked: string;
  /** The registered name, masked (卓**金): null until the worker has registered. */
  nameMasked: string | null;
  createdAt: string;
}

export type MeResponse = StaffMeResponse | WorkerMeResponse;

export interface StaffUserResponse {
  id: number;
  username: string;
  displayName: string;
  phoneMasked: string | null;
  roles: Role[];
  organization: OrganizationResponse;
  status: StaffStatus;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

/**
 * The system admin creates an account without roles (三权分立): the security admin assigns its
 * roles and data scope with `StaffAccessRequest`.
 */
export interface CreateStaffUserRequest {
  username: string;
  /** The initial password: it must be changed at the first login. */
  password: string;
  displayName: string;
  phone?: string;
  /** The account's unit; the security admin may move it (the data scope) later. */
  organizationId: number;
}

/** The system admin edits the account's particulars. */
export interface UpdateStaffUserRequest {
  displayName?: string;
  /** null or '' clears it. */
  phone?: string | null;
}

/** The security admin sets an account's roles and data scope (its organisation). */
export interface StaffAccessRequest {
  roles: Role[];
  organizationId: number;
}

/** A reset password: generated, shown once, to be changed at the next login. */
export interface ResetPasswordResponse {
  temporaryPassword: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface AuditLogResponse {
  id: number;
  actorType: PrincipalType | 'system';
  actorId: number | null;
  actorName: string | null;
  /** Who did it, as a person reads it: 「李娜（市县初审）」, 「职工本人（小程序）」, 「系统」. */
  actorLabel: string;
  actorRoles: string[];
  organizationId: number | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  summary: Record<string, unknown> | null;
  ip: string | null;
  requestId: string | null;
  createdAt: string;
}

export interface AuditLogQuery extends PageQuery {
  action?: string;
  actorName?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
}

export interface SecurityPolicyResponse {
  maxFailedLogins: number;
  lockoutMinutes: number;
  passwordMinLength: number;
  accessTokenMinutes: number;
  refreshTokenDays: number;
  /** Typed check-in codes one worker may try on one class in 10 minutes (the QR still works after). */
  checkInCodeTries: number;
  /** Wrong typed check-in codes on one class, from all workers, in 10 minutes. */
  checkInCodeTriesPerSession: number;
  /** Uploads per account per hour. */
  uploadsPerHour: number;
  /** Excel exports per staff account per hour. */
  exportsPerHour: number;
  /** Eligibility checks (the worker's programme list) per account per minute. */
  eligibilityChecksPerMinute: number;
  /** A staff password older than this many days must be changed at the next login (0: never). */
  passwordMaxAgeDays: number;
  /** A new password may not be any of the account's last this many passwords (the current one included). */
  passwordHistory: number;
  /** A staff sign-in unused for longer than this many minutes ends (401 SESSION_IDLE_TIMEOUT). */
  idleTimeoutMinutes: number;
}

/** Anyone sees `status`; the details only a system admin's token. */
export interface HealthResponse {
  status: 'ok' | 'degraded';
  database?: { type: 'sqlite' | 'mysql'; up: boolean; latencyMs: number | null };
  version?: string;
  time?: string;
}

/** GET /health/ready while the database reads and writes in time (503 otherwise). */
export interface ReadyResponse {
  status: 'ready';
}
