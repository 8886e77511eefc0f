import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { EnrolmentStatus, TrainingSessionStatus, type TrainingCourseResponse } from '@steadywork/shared';
import { useAction, useRemote } from '@/components/kit';
import { showSuccess } from '@/services/feedback';
import { routes, withQuery } from '@/services/routes';
import { Button } from '@/ui/nutui';
import { useNavTitle } from '@/i18n/use-nav-title';
import {
  enrolAction,
  enrolResultText,
  enrolmentStatusText,
  fillTemplate,
  formatDistance,
  placesText,
  scheduleText,
} from '../training-model';
import { CourseTags } from '../components/course-tags';
import { SessionList } from '../components/session-list';
import { enrol, fetchCourse } from '../api';
import { InfoRow, Page, Remote } from '../kit';
import { trainingText } from '../locales';
import '../training.css';

const m = trainingText.course;

/** Course details (`?id=`, optional `&distance=` metres from the list): everything about a course, and enrolment. */
export default function CourseDetailPage() {
  useNavTitle(trainingText.nav.course);
  const { params } = useRouter();
  const [result, setResult] = useState<string | null>(null);
  const { busy, run } = useAction();
  // Again on coming back (e.g. after withdrawing in My training); a course not there (404) is null.
  const opened = useRemote(
    async (): Promise<TrainingCourseResponse | null> => {
      const id = Number(params.id);
      if (!Number.isInteger(id) || id <= 0) return null;
      const course = await fetchCourse(id);
      void Taro.setNavigationBarTitle({ title: course.title }).catch(() => undefined);
      return course;
    },
    { notFound: true },
  );

  const onEnrol = (course: TrainingCourseResponse) =>
    run(course.id, () => enrol(course.id), {
      onDone: async (enrolment) => {
        const text = enrolResultText(enrolment);
        setResult(text);
        if (enrolment.status === EnrolmentStatus.WAITLISTED) {
          void Taro.showToast({ title: text, icon: 'none', duration: 3000 });
        } else {
          showSuccess(text);
        }
        await opened.reload();
      },
      onConflict: opened.reload,
    });

  const back = (
    <Button className="training-back" onClick={() => void Taro.redirectTo({ url: routes.training })}>
      {m.backToList}
    </Button>
  );
  return (
    <Page>
      <Remote remote={opened} missing={{ text: m.notFound, testId: 'course-missing', children: back }}>
        {(course) => (
          <CourseDetail
            course={course}
            distanceParam={params.distance}
            result={result}
            enrolling={busy === course.id}
            onEnrol={() => void onEnrol(course)}
          />
        )}
      </Remote>
    </Page>
  );
}

interface CourseDetailProps {
  course: TrainingCourseResponse;
  /** The distance the list showed, in metres. */
  distanceParam?: string;
  /** What the last enrolment came to. */
  result: string | null;
  enrolling: boolean;
  onEnrol: () => void;
}

function CourseDetail({ course, distanceParam, result, enrolling, onEnrol }: CourseDetailProps) {
  const action = enrolAction(course);
  const mine = course.myEnrolment;
  const distance =
    formatDistance(course.distanceMeters) || (distanceParam ? formatDistance(Number(distanceParam)) : '');
  const openSession = course.sessions.find((s) => s.status === TrainingSessionStatus.OPEN);
  const now = new Date();

  return (
    <View className="training-course-page" data-testid="course-detail">
      <View className="kit-section training-section">
        <View className="kit-card-head training-card-head">
          <Text className="kit-card-title training-card-title" data-testid="course-title">
            {course.title}
          </Text>
          {distance && (
            <Text className="kit-distance training-distance" data-testid="course-distance">
              {distance}
            </Text>
          )}
        </View>
        <View className="training-card-sub">
          <CourseTags course={course} />
        </View>
        <InfoRow label={m.organiser} value={course.organiser} testId="course-organiser" />
        <InfoRow label={m.region} value={course.regionName} testId="course-region" />
        <InfoRow label={m.venue} value={course.venue} testId="course-venue" />
        <InfoRow label={m.schedule} value={scheduleText(course)} testId="course-schedule" />
        <InfoRow
          label={m.capacity}
          value={`${fillTemplate(m.capacityValue, { capacity: course.capacity, enrolled: course.enrolled })}${trainingText.common.clauseSeparator}${placesText(course)}`}
          testId="course-places"
        />
        {course.trainers.length > 0 && (
          <InfoRow
            label={m.trainers}
            value={course.trainers.map((t) => t.name).join(trainingText.common.listSeparator)}
            testId="course-trainers"
          />
        )}
        {course.targetGroups.length > 0 && (
          <InfoRow
            label={m.targetGroups}
            value={course.targetGroups.join(trainingText.common.listSeparator)}
            testId="course-target-groups"
          />
        )}
        <InfoRow
          label={m.completion}
          value={fillTemplate(m.completionValue, { threshold: course.completionThreshold })}
          testId="course-completion"
        />
        {course.checkInRadiusMeters != null && (
          <InfoRow
            label={m.checkInRadius}
            value={fillTemplate(m.checkInRadiusValue, { meters: course.checkInRadiusMeters })}
            testId="course-radius"
          />
        )}
        {course.description && (
          <View className="kit-block training-block">
            <Text className="kit-row-label training-line-label">{m.description}</Text>
            <Text className="kit-block-text training-block-text" data-testid="course-description">
              {course.description}
            </Text>
          </View>
        )}
      </View>

      <View className="kit-section training-section">
        <Text className="training-section-title">{m.sessions}</Text>
        <SessionList sessions={course.sessions} now={now} />
      </View>

      {mine && (
        <View className="kit-section training-section">
          <InfoRow label={m.myStatus} value={enrolmentStatusText(mine)} testId="course-my-enrolment" />
          {result && (
            <Text className="kit-note training-note" data-testid="course-enrol-result">
              {result}
            </Text>
          )}
        </View>
      )}

      <View className="kit-actions training-actions">
        {action.canEnrol && (
          <Button
            block
            type="primary"
            id="course-enrol"
            className="training-enrol"
            loading={enrolling}
            disabled={enrolling}
            onClick={onEnrol}
          >
            {enrolling ? m.enrolling : action.label}
          </Button>
        )}
        {!action.canEnrol && !mine && <Text className="kit-note training-note">{m.ended}</Text>}
        {mine?.status === EnrolmentStatus.ENROLLED && openSession && (
          <Button
            block
            type="primary"
            className="training-go-checkin"
            data-testid="course-checkin"
            onClick={() =>
              void Taro.navigateTo({ url: withQuery(routes.trainingCheckIn, { sessionId: openSession.id }) })
            }
          >
            {trainingText.enrolments.checkIn}
          </Button>
        )}
        {mine && (
          <Button
            block
            className="training-view-mine"
            data-testid="course-view-mine"
            onClick={() => void Taro.navigateTo({ url: routes.trainingEnrolments })}
          >
            {m.viewMine}
          </Button>
        )}
      </View>
    </View>
  );
}
