import { Text, View } from '@tarojs/components';
import {
  ENROLMENT_SOURCE_LABELS,
  EnrolmentStatus,
  TrainingSessionStatus,
  type TrainingCompletionResponse,
  type TrainingCourseResponse,
  type TrainingEnrolmentResponse,
} from '@steadywork/shared';
import { Button } from '@/ui/nutui';
import { courseProgress, enrolmentView, fillTemplate, formatDateTime } from '../training-model';
import { trainingText } from '../locales';
import { InfoRow } from '../kit';

const m = trainingText.enrolments;

interface EnrolmentCardProps {
  enrolment: TrainingEnrolmentResponse;
  /** The course, when it could be loaded (progress and open sessions). */
  course: TrainingCourseResponse | null;
  completion: TrainingCompletionResponse | null;
  now: Date;
  busy: boolean;
  onWithdraw: (enrolment: TrainingEnrolmentResponse) => void;
  onOpenCourse: (courseId: number) => void;
  onCheckIn: (sessionId: number) => void;
  onCertificate: () => void;
}

/** One of the worker's enrolments: status (waiting position), progress, attendance once completed, actions. */
export function EnrolmentCard({
  enrolment,
  course,
  completion,
  now,
  busy,
  onWithdraw,
  onOpenCourse,
  onCheckIn,
  onCertificate,
}: EnrolmentCardProps) {
  const view = enrolmentView(enrolment, completion !== null);
  const progress = course ? courseProgress(course.sessions, now) : null;
  const openSession =
    view.canCheckIn && course ? course.sessions.find((s) => s.status === TrainingSessionStatus.OPEN) : undefined;
  return (
    <View className="kit-card training-card enrolment-card" data-testid={`enrolment-${enrolment.id}`}>
      <View className="kit-card-head training-card-head">
        <Text className="kit-card-title training-card-title">{enrolment.courseTitle}</Text>
        <Text className={`training-status training-tone-${view.tone}`} data-testid="enrolment-status">
          {view.label}
        </Text>
      </View>
      <InfoRow label={m.source} value={ENROLMENT_SOURCE_LABELS[enrolment.source] ?? enrolment.source} />
      {enrolment.enrolledAt ? (
        <InfoRow label={m.enrolledAt} value={formatDateTime(enrolment.enrolledAt)} />
      ) : (
        <InfoRow label={m.appliedAt} value={formatDateTime(enrolment.createdAt)} />
      )}
      {enrolment.withdrawnAt && <InfoRow label={m.withdrawnAt} value={formatDateTime(enrolment.withdrawnAt)} />}
      {progress && enrolment.status === EnrolmentStatus.ENROLLED && (
        <InfoRow
          label={m.progress}
          value={fillTemplate(m.progressValue, { held: progress.held, total: progress.total })}
          testId="enrolment-progress"
        />
      )}
      {enrolment.status === EnrolmentStatus.ENROLLED && (
        <InfoRow
          label={m.attended}
          value={
            completion
              ? fillTemplate(m.attendedValue, {
                  attended: completion.attended,
                  held: completion.held,
                  rate: completion.ratePercent,
                })
              : m.attendedPending
          }
          testId="enrolment-attended"
        />
      )}
      <View className="training-card-actions">
        <Button size="small" data-testid="enrolment-detail" onClick={() => onOpenCourse(enrolment.courseId)}>
          {m.detail}
        </Button>
        {openSession && (
          <Button size="small" type="primary" data-testid="enrolment-checkin" onClick={() => onCheckIn(openSession.id)}>
            {m.checkIn}
          </Button>
        )}
        {completion && (
          <Button size="small" type="primary" data-testid="enrolment-certificate" onClick={onCertificate}>
            {m.certificate}
          </Button>
        )}
        {view.canWithdraw && (
          <Button
            size="small"
            className="training-withdraw"
            data-testid="enrolment-withdraw"
            loading={busy}
            disabled={busy}
            onClick={() => onWithdraw(enrolment)}
          >
            {m.withdraw}
          </Button>
        )}
      </View>
    </View>
  );
}
