import type {
  AttendanceMethod,
  AttendanceStatus,
  EnrolmentSource,
  EnrolmentStatus,
  OnlineLearningChannel,
  RosterMarkOutcome,
  TrainingBaseCriteria,
  TrainingBaseKind,
  TrainingBaseStatus,
  TrainingCourseType,
  TrainingSessionStatus,
  TrainingTargets,
} from '@steadywork/shared';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UtcTimeColumn } from '../database/columns';

/** A course of the 151 action (SPEC §6): skills, job-transfer or start-up training. */
@Entity('training_course')
export class TrainingCourse {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 128 }) title!: string;
  @Column({ name: 'course_type', type: 'varchar', length: 16 }) type!: TrainingCourseType;
  @Column({ name: 'domestic_service', type: 'boolean', default: false }) domesticService!: boolean;
  @Column({ type: 'varchar', length: 128 }) organiser!: string;
  @Column({ name: 'base_id', type: 'int', nullable: true }) baseId!: number | null;
  /** The course's region: the data scope of union staff. */
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode!: string;
  @Column({ type: 'varchar', length: 255 }) venue!: string;
  @Column({ type: 'double' }) latitude!: number;
  @Column({ type: 'double' }) longitude!: number;
  @Column({ type: 'int' }) capacity!: number;
  /** Places taken; only ever changed by conditional UPDATEs (never beyond capacity). */
  @Column({ type: 'int', default: 0 }) enrolled!: number;
  @Column({ type: 'int', default: 0 }) waitlisted!: number;
  @Column({ name: 'target_groups', type: 'simple-json' }) targetGroups!: string[];
  @Column({ name: 'completion_threshold', type: 'int', default: 80 }) completionThreshold!: number;
  @Column({ name: 'check_in_radius_m', type: 'int', nullable: true }) checkInRadiusMeters!: number | null;
  @Column({ name: 'late_after_minutes', type: 'int', default: 10 }) lateAfterMinutes!: number;
  @Column({ name: 'starts_on', type: 'varchar', length: 10 }) startsOn!: string;
  @Column({ name: 'ends_on', type: 'varchar', length: 10 }) endsOn!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'text' }) description!: string;
  @UtcTimeColumn('completed_at', true) completedAt!: Date | null;
  @Column({ name: 'created_by', type: 'int', nullable: true }) createdBy!: number | null;
  @UtcTimeColumn('created_at') createdAt!: Date;
  @UtcTimeColumn('updated_at') updatedAt!: Date;
}

@Entity('training_course_trainer')
export class TrainingCourseTrainer {
  @PrimaryColumn({ name: 'course_id', type: 'int' }) courseId!: number;
  @PrimaryColumn({ name: 'staff_id', type: 'int' }) staffId!: number;
}

@Entity('training_session')
export class TrainingSession {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'course_id', type: 'int' }) courseId!: number;
  @Column({ type: 'int' }) seq!: number;
  @UtcTimeColumn('starts_at') startsAt!: Date;
  @UtcTimeColumn('ends_at') endsAt!: Date;
  @Column({ type: 'varchar', length: 12 }) status!: TrainingSessionStatus;
  /** Hex key of the session's QR codes; never leaves the API. */
  @Column({ type: 'varchar', length: 64 }) secret!: string;
  @UtcTimeColumn('opened_at', true) openedAt!: Date | null;
  @Column({ name: 'opened_by', type: 'int', nullable: true }) openedBy!: number | null;
  @UtcTimeColumn('closed_at', true) closedAt!: Date | null;
  @Column({ name: 'closed_by', type: 'int', nullable: true }) closedBy!: number | null;
  @UtcTimeColumn('created_at') createdAt!: Date;
  @UtcTimeColumn('updated_at') updatedAt!: Date;
}

@Entity('training_enrolment')
export class TrainingEnrolment {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'course_id', type: 'int' }) courseId!: number;
  @Column({ name: 'worker_id', type: 'int' }) workerId!: number;
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode!: string;
  @Column({ type: 'varchar', length: 12 }) status!: EnrolmentStatus;
  @Column({ type: 'varchar', length: 12 }) source!: EnrolmentSource;
  /** "<courseId>:<workerId>" while ENROLLED or WAITLISTED (unique), null once withdrawn. */
  @Column({ name: 'active_key', type: 'varchar', length: 32, nullable: true }) activeKey!: string | null;
  /** When the worker took a place: sessions over before then are not counted for them. */
  @UtcTimeColumn('enrolled_at', true) enrolledAt!: Date | null;
  @UtcTimeColumn('withdrawn_at', true) withdrawnAt!: Date | null;
  @Column({ name: 'created_by', type: 'int', nullable: true }) createdBy!: number | null;
  @UtcTimeColumn('created_at') createdAt!: Date;
  @UtcTimeColumn('updated_at') updatedAt!: Date;
}

/** One worker's mark for one session (unique): a check-in or the trainer's hand mark. */
@Entity('training_attendance')
export class TrainingAttendance {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'session_id', type: 'int' }) sessionId!: number;
  @Column({ name: 'course_id', type: 'int' }) courseId!: number;
  @Column({ name: 'worker_id', type: 'int' }) workerId!: number;
  @Column({ name: 'enrolment_id', type: 'int' }) enrolmentId!: number;
  @Column({ type: 'varchar', length: 8 }) status!: AttendanceStatus;
  @Column({ type: 'varchar', length: 8 }) method!: AttendanceMethod;
  /** When the mark was made; a later mark wins over an earlier one. */
  @UtcTimeColumn('marked_at') markedAt!: Date;
  @UtcTimeColumn('checked_in_at', true) checkedInAt!: Date | null;
  @Column({ name: 'distance_m', type: 'int', nullable: true }) distanceMeters!: number | null;
  @Column({ name: 'marked_by', type: 'int', nullable: true }) markedBy!: number | null;
  @Column({ name: 'marked_by_name', type: 'varchar', length: 64, nullable: true }) markedByName!: string | null;
  @Column({ type: 'boolean', default: false }) correction!: boolean;
  @UtcTimeColumn('created_at') createdAt!: Date;
  @UtcTimeColumn('updated_at') updatedAt!: Date;
}

/** Every hand mark a trainer's device sent, once per client id (append-only). */
@Entity('training_roster_mark')
export class TrainingRosterMark {
  @PrimaryColumn({ name: 'client_id', type: 'varchar', length: 36 }) clientId!: string;
  @Column({ name: 'session_id', type: 'int' }) sessionId!: number;
  @Column({ name: 'worker_id', type: 'int' }) workerId!: number;
  @Column({ type: 'varchar', length: 8 }) status!: AttendanceStatus;
  @UtcTimeColumn('marked_at') markedAt!: Date;
  @Column({ type: 'varchar', length: 12 }) outcome!: RosterMarkOutcome;
  @Column({ type: 'varchar', length: 255, nullable: true }) message!: string | null;
  @Column({ name: 'staff_id', type: 'int' }) staffId!: number;
  @UtcTimeColumn('received_at') receivedAt!: Date;
}

/** A completed training: one person-time toward the year's 5,000 (and 300 for domestic service). */
@Entity('training_completion')
export class TrainingCompletion {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'course_id', type: 'int' }) courseId!: number;
  @Column({ name: 'worker_id', type: 'int' }) workerId!: number;
  @Column({ name: 'enrolment_id', type: 'int' }) enrolmentId!: number;
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ name: 'course_type', type: 'varchar', length: 16 }) courseType!: TrainingCourseType;
  @Column({ name: 'domestic_service', type: 'boolean', default: false }) domesticService!: boolean;
  @Column({ type: 'int' }) attended!: number;
  @Column({ type: 'int' }) held!: number;
  @Column({ name: 'verification_code', type: 'varchar', length: 16 }) verificationCode!: string;
  @UtcTimeColumn('completed_at') completedAt!: Date;
  @Column({ name: 'created_by', type: 'int', nullable: true }) createdBy!: number | null;
}

/** A training base (培训基地) applying for, or holding, accreditation (the first "1" of 151). */
@Entity('training_base')
export class TrainingBase {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 128 }) name!: string;
  @Column({ type: 'varchar', length: 24 }) kind!: TrainingBaseKind;
  @Column({ name: 'center_id', type: 'int', nullable: true }) centerId!: number | null;
  @Column({ name: 'organization_id', type: 'int', nullable: true }) organizationId!: number | null;
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode!: string;
  @Column({ type: 'varchar', length: 255 }) address!: string;
  @Column({ name: 'contact_name', type: 'varchar', length: 64 }) contactName!: string;
  @Column({ name: 'contact_phone', type: 'varchar', length: 32 }) contactPhone!: string;
  @Column({ type: 'simple-json' }) criteria!: TrainingBaseCriteria;
  @Column({ type: 'varchar', length: 12 }) status!: TrainingBaseStatus;
  @Column({ name: 'decision_reason', type: 'varchar', length: 500, nullable: true }) decisionReason!: string | null;
  @Column({ name: 'decided_by_name', type: 'varchar', length: 64, nullable: true }) decidedByName!: string | null;
  @UtcTimeColumn('decided_at', true) decidedAt!: Date | null;
  @Column({ name: 'accredited_year', type: 'int', nullable: true }) accreditedYear!: number | null;
  @Column({ name: 'applied_by', type: 'int' }) appliedBy!: number;
  @UtcTimeColumn('created_at') createdAt!: Date;
  @UtcTimeColumn('updated_at') updatedAt!: Date;
}

/** A base-construction subsidy (基地建设补助) recorded for an accredited base. */
@Entity('training_base_subsidy')
export class TrainingBaseSubsidy {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'base_id', type: 'int' }) baseId!: number;
  @Column({ type: 'int' }) year!: number;
  @Column({ name: 'amount_fen', type: 'int' }) amountFen!: number;
  @Column({ type: 'varchar', length: 255 }) purpose!: string;
  @Column({ name: 'recorded_by', type: 'varchar', length: 64 }) recordedBy!: string;
  @UtcTimeColumn('created_at') createdAt!: Date;
}

/** One person-time of online study: unique per worker and item however often it is imported. */
@Entity('online_learning_record')
export class OnlineLearningRecord {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'worker_id', type: 'int' }) workerId!: number;
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode!: string;
  @Column({ name: 'item_key', type: 'varchar', length: 128 }) itemKey!: string;
  @Column({ name: 'item_title', type: 'varchar', length: 255 }) itemTitle!: string;
  @Column({ name: 'duration_minutes', type: 'int' }) durationMinutes!: number;
  @Column({ name: 'studied_on', type: 'varchar', length: 10 }) studiedOn!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'varchar', length: 64 }) source!: string;
  @Column({ type: 'varchar', length: 12 }) channel!: OnlineLearningChannel;
  @Column({ name: 'created_by', type: 'int', nullable: true }) createdBy!: number | null;
  @UtcTimeColumn('created_at') createdAt!: Date;
}

/** The 151 action's targets of a year, set by the training admin; cities may get a share. */
@Entity('training_target')
export class TrainingTarget {
  @PrimaryColumn({ type: 'int' }) year!: number;
  @Column({ type: 'int' }) bases!: number;
  @Column({ type: 'int' }) completions!: number;
  @Column({ name: 'domestic_service_completions', type: 'int' }) domesticServiceCompletions!: number;
  @Column({ name: 'online_learning', type: 'int' }) onlineLearning!: number;
  /** City region code → the city's share of the four figures. */
  @Column({ name: 'city_splits', type: 'simple-json' }) citySplits!: Record<string, TrainingTargets>;
  @UtcTimeColumn('created_at') createdAt!: Date;
  @UtcTimeColumn('updated_at') updatedAt!: Date;
  @Column({ name: 'updated_by', type: 'int', nullable: true }) updatedBy!: number | null;
  @Column({ name: 'updated_by_name', type: 'varchar', length: 64, nullable: true }) updatedByName!: string | null;
}
