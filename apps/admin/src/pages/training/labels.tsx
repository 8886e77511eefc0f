import {
  ATTENDANCE_STATUS_LABELS,
  AttendanceStatus,
  ENROLMENT_STATUS_LABELS,
  EnrolmentStatus,
  TRAINING_BASE_KIND_LABELS,
  TRAINING_BASE_STATUS_LABELS,
  TRAINING_COURSE_PHASE_LABELS,
  TRAINING_COURSE_TYPE_LABELS,
  TRAINING_SESSION_STATUS_LABELS,
  TrainingBaseStatus,
  TrainingCoursePhase,
  TrainingSessionStatus,
  type TrainingCourseResponse,
} from '@steadywork/shared';
import { Space, Tag } from 'antd';
import { t } from '../../locales';
import { formatTime, shanghaiNow } from '../../services/time';
import { optionsOf } from '../../utils/options';

export const typeOptions = optionsOf(TRAINING_COURSE_TYPE_LABELS);
export const phaseOptions = optionsOf(TRAINING_COURSE_PHASE_LABELS);
export const baseKindOptions = optionsOf(TRAINING_BASE_KIND_LABELS);
export const baseStatusOptions = optionsOf(TRAINING_BASE_STATUS_LABELS);
export const attendanceOptions = optionsOf(ATTENDANCE_STATUS_LABELS);

const PHASE_COLORS: Record<TrainingCoursePhase, string> = {
  [TrainingCoursePhase.UPCOMING]: 'blue',
  [TrainingCoursePhase.RUNNING]: 'green',
  [TrainingCoursePhase.ENDED]: 'orange',
  [TrainingCoursePhase.COMPLETED]: 'default',
};

export function PhaseTag({ phase }: { phase: TrainingCoursePhase }) {
  return (
    <Tag color={PHASE_COLORS[phase]} data-testid="course-phase">
      {TRAINING_COURSE_PHASE_LABELS[phase]}
    </Tag>
  );
}

/** 技能 / 转岗 / 创业, and 家政 beside it for a domestic-service course. */
export function CourseTypeTags({ course }: { course: Pick<TrainingCourseResponse, 'type' | 'domesticService'> }) {
  return (
    <Space size={0}>
      <Tag color="red">{TRAINING_COURSE_TYPE_LABELS[course.type]}</Tag>
      {course.domesticService && <Tag color="purple">{t('training.domesticTag')}</Tag>}
    </Space>
  );
}

const SESSION_COLORS: Record<TrainingSessionStatus, string> = {
  [TrainingSessionStatus.SCHEDULED]: 'default',
  [TrainingSessionStatus.OPEN]: 'green',
  [TrainingSessionStatus.CLOSED]: 'blue',
};

/** A class's check-in state; a class over without check-in having been opened says so (its roster can still be marked). */
export function SessionStatusTag({ status, endsAt }: { status: TrainingSessionStatus; endsAt?: string }) {
  if (status === TrainingSessionStatus.SCHEDULED && endsAt && Date.parse(endsAt) <= Date.now()) {
    return (
      <Tag color="default" data-testid="session-status">
        {t('training.sessionOverUnopened')}
      </Tag>
    );
  }
  return (
    <Tag color={SESSION_COLORS[status]} data-testid="session-status">
      {TRAINING_SESSION_STATUS_LABELS[status]}
    </Tag>
  );
}

const ENROLMENT_COLORS: Record<EnrolmentStatus, string> = {
  [EnrolmentStatus.ENROLLED]: 'green',
  [EnrolmentStatus.WAITLISTED]: 'orange',
  [EnrolmentStatus.WITHDRAWN]: 'default',
};

export function EnrolmentStatusTag({ status }: { status: EnrolmentStatus }) {
  return (
    <Tag color={ENROLMENT_COLORS[status]} data-testid="enrolment-status">
      {ENROLMENT_STATUS_LABELS[status]}
    </Tag>
  );
}

export const ATTENDANCE_COLORS: Record<AttendanceStatus, string> = {
  [AttendanceStatus.PRESENT]: 'green',
  [AttendanceStatus.LATE]: 'orange',
  [AttendanceStatus.ABSENT]: 'red',
  [AttendanceStatus.EXCUSED]: 'blue',
};

const BASE_COLORS: Record<TrainingBaseStatus, string> = {
  [TrainingBaseStatus.APPLIED]: 'orange',
  [TrainingBaseStatus.ACCREDITED]: 'green',
  [TrainingBaseStatus.REFUSED]: 'red',
};

export function BaseStatusTag({ status }: { status: TrainingBaseStatus }) {
  return (
    <Tag color={BASE_COLORS[status]} data-testid="base-status">
      {TRAINING_BASE_STATUS_LABELS[status]}
    </Tag>
  );
}

/** 2026-11-23 09:00–11:30 in Shanghai time (a session within one day). */
export function sessionTime(session: { startsAt: string; endsAt: string }): string {
  const sameDay = formatTime(session.startsAt, 'YYYY-MM-DD') === formatTime(session.endsAt, 'YYYY-MM-DD');
  return `${formatTime(session.startsAt)}–${formatTime(session.endsAt, sameDay ? 'HH:mm' : 'YYYY-MM-DD HH:mm')}`;
}

/** 家政 as a filter: any, only domestic-service courses, or only the others (read with `yesNo`). */
export const DOMESTIC_FILTER = { true: { text: t('common.yes') }, false: { text: t('common.no') } };

/** The year in Shanghai: the dashboard's, the accreditation's and the subsidy's default. */
export function currentYear(): number {
  return Number(shanghaiNow('YYYY'));
}

/** Years to pick from: next year back to six years ago. */
export function yearOptions(): { label: string; value: number }[] {
  const now = currentYear();
  return Array.from({ length: 8 }, (_, i) => now + 1 - i).map((year) => ({
    label: t('training.yearValue', { year }),
    value: year,
  }));
}

/** 38%, or - before anything counts. */
export const percentLabel = (percent: number | null) => (percent === null ? t('common.empty') : `${percent}%`);
