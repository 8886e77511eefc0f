import { Text, View } from '@tarojs/components';
import type { TrainingCourseResponse } from '@steadywork/shared';
import { courseTypeLabel } from '../training-model';
import { trainingText } from '../locales';

/** The course's type (skills / job transfer / entrepreneurship) and the domestic-services flag. */
export function CourseTags({ course }: { course: Pick<TrainingCourseResponse, 'type' | 'domesticService'> }) {
  return (
    <View className="training-tags">
      <Text className={`training-tag training-tag-type training-tag-${course.type}`} data-testid="course-type">
        {courseTypeLabel(course.type)}
      </Text>
      {course.domesticService && (
        <Text className="training-tag training-tag-domestic" data-testid="course-domestic">
          {trainingText.common.domestic}
        </Text>
      )}
    </View>
  );
}
