import { Text, View } from '@tarojs/components';
import type { TrainingCourseResponse } from '@steadywork/shared';
import { enrolmentStatusText, formatDistance, placesLeft, placesText, scheduleText } from '../training-model';
import { trainingText } from '../locales';
import { CourseTags } from './course-tags';
import { InfoRow } from '../kit';

const m = trainingText.course;

/** One open course: title, type, domestic services, organiser, venue, schedule, places left, distance; tap for details. */
export function CourseCard({
  course,
  onOpen,
}: {
  course: TrainingCourseResponse;
  onOpen: (course: TrainingCourseResponse) => void;
}) {
  const distance = formatDistance(course.distanceMeters);
  const mine = enrolmentStatusText(course.myEnrolment);
  return (
    <View
      className="kit-card training-card course-card"
      data-testid={`course-card-${course.id}`}
      onClick={() => onOpen(course)}
    >
      <View className="kit-card-head training-card-head">
        <Text className="kit-card-title training-card-title course-title">{course.title}</Text>
        {distance && (
          <Text className="kit-distance training-distance" data-testid="course-distance">
            {distance}
          </Text>
        )}
      </View>
      <View className="training-card-sub">
        <CourseTags course={course} />
        {mine && (
          <Text className="training-mine" data-testid="course-my-enrolment">
            {mine}
          </Text>
        )}
      </View>
      <InfoRow label={m.organiser} value={course.organiser} testId="course-organiser" />
      <InfoRow label={m.venue} value={course.venue} testId="course-venue" />
      <InfoRow label={m.schedule} value={scheduleText(course)} testId="course-schedule" />
      <InfoRow
        label={m.capacity}
        value={placesText(course)}
        valueClassName={placesLeft(course) === 0 ? 'training-full' : 'training-places'}
        testId="course-places"
      />
    </View>
  );
}
