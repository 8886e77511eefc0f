import { Role } from '../roles';
import type { FileRef } from '../workers';
import { TRAINING_READ_ROLES } from './courses';
import { localizedLabels } from '../i18n/labels';

export enum TrainingBaseKind {
  SUPPORT_CENTER = 'SUPPORT_CENTER',
  INSTITUTION = 'INSTITUTION',
  CADRE_SCHOOL = 'CADRE_SCHOOL',
  VOCATIONAL_COLLEGE = 'VOCATIONAL_COLLEGE',
  ENTERPRISE = 'ENTERPRISE',
}

export const TRAINING_BASE_KIND_LABELS: Record<TrainingBaseKind, string> = localizedLabels(
  'TRAINING_BASE_KIND_LABELS',
  {
    [TrainingBaseKind.SUPPORT_CENTER]: '帮扶（服务）中心',
    [TrainingBaseKind.INSTITUTION]: '培训机构',
    [TrainingBaseKind.CADRE_SCHOOL]: '工会干部学校',
    [TrainingBaseKind.VOCATIONAL_COLLEGE]: '职业院校',
    [TrainingBaseKind.ENTERPRISE]: '企业',
  },
);

export enum TrainingBaseStatus {
  APPLIED = 'APPLIED',
  ACCREDITED = 'ACCREDITED',
  REFUSED = 'REFUSED',
}

export const TRAINING_BASE_STATUS_LABELS: Record<TrainingBaseStatus, string> = localizedLabels(
  'TRAINING_BASE_STATUS_LABELS',
  {
    [TrainingBaseStatus.APPLIED]: '待认定',
    [TrainingBaseStatus.ACCREDITED]: '已认定',
    [TrainingBaseStatus.REFUSED]: '未通过',
  },
);

/** 有场地、有设施、有师资、有培训 (seed 000): a base shows each with evidence. */
export enum TrainingBaseCriterion {
  SITE = 'site',
  FACILITIES = 'facilities',
  TEACHERS = 'teachers',
  TRAINING = 'training',
}

export const TRAINING_BASE_CRITERION_LABELS: Record<TrainingBaseCriterion, string> = localizedLabels(
  'TRAINING_BASE_CRITERION_LABELS',
  {
    [TrainingBaseCriterion.SITE]: '有场地',
    [TrainingBaseCriterion.FACILITIES]: '有设施',
    [TrainingBaseCriterion.TEACHERS]: '有师资',
    [TrainingBaseCriterion.TRAINING]: '有培训',
  },
);

export interface TrainingBaseCriterionInput {
  /** What the base has, in words (area, equipment, teachers, courses run). */
  description: string;
  /** Uploaded evidence: file ids (photos, certificates, PDF). */
  evidence: string[];
}

export type TrainingBaseCriteria = Record<TrainingBaseCriterion, TrainingBaseCriterionInput>;

/** Who applies for a base (for a center or an institution) and who sees the list. */
export const TRAINING_BASE_APPLY_ROLES: readonly Role[] = [
  Role.TRAINING_ADMIN,
  Role.CENTER_STAFF,
  Role.REVIEWER,
  Role.PROVINCE_REVIEWER,
];
export const TRAINING_BASE_READ_ROLES: readonly Role[] = [...TRAINING_READ_ROLES, Role.CENTER_STAFF, Role.FINANCE];
/** Who records a base-construction subsidy. */
export const TRAINING_BASE_SUBSIDY_ROLES: readonly Role[] = [Role.TRAINING_ADMIN, Role.FINANCE];

export interface TrainingBaseRequest {
  name: string;
  kind: TrainingBaseKind;
  /** The support center applying, when the base is one. */
  centerId?: number | null;
  regionCode: string;
  address: string;
  contactName: string;
  contactPhone: string;
  criteria: TrainingBaseCriteria;
}

export interface TrainingBaseCriterionResponse {
  description: string;
  evidence: FileRef[];
}

export interface TrainingBaseSubsidyResponse {
  id: number;
  baseId: number;
  year: number;
  amountFen: number;
  purpose: string;
  recordedBy: string;
  createdAt: string;
}

export interface TrainingBaseResponse {
  id: number;
  name: string;
  kind: TrainingBaseKind;
  centerId: number | null;
  regionCode: string;
  regionName: string;
  address: string;
  contactName: string;
  contactPhone: string;
  criteria: Record<TrainingBaseCriterion, TrainingBaseCriterionResponse>;
  status: TrainingBaseStatus;
  /** The reason of a refusal (or the accreditation's comment). */
  decisionReason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  /** The year the accreditation counts toward (of the target of 10). */
  accreditedYear: number | null;
  subsidies: TrainingBaseSubsidyResponse[];
  createdAt: string;
  updatedAt: string;
}

export interface TrainingBaseQuery {
  status?: TrainingBaseStatus;
  /** Accredited in this year. */
  year?: number;
  regionCode?: string;
  page?: number;
  pageSize?: number;
}

export interface AccreditRequest {
  /** The year it counts toward; default the current year. */
  year?: number;
  comment?: string;
}

export interface RefuseBaseRequest {
  reason: string;
}

export interface TrainingBaseSubsidyRequest {
  year: number;
  amountFen: number;
  purpose: string;
}
