import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { routes, type Route } from '@/services/routes';
import { trainingText } from '../locales/zh-CN';

const LINKS: ReadonlyArray<{ key: string; title: string; url: Route }> = [
  { key: 'enrolments', title: trainingText.nav.enrolments, url: routes.trainingEnrolments },
  { key: 'checkin', title: trainingText.nav.checkIn, url: routes.trainingCheckIn },
  { key: 'completions', title: trainingText.nav.completions, url: routes.trainingCompletions },
  { key: 'learning', title: trainingText.nav.learning, url: routes.trainingLearning },
];

/** The worker's ways from the course list: 我的培训, 签到, 结业证书, 学习记录 (`training-nav-<key>`). */
export function TrainingNav() {
  return (
    <View className="training-nav">
      {LINKS.map(({ key, title, url }) => (
        <View
          key={key}
          className="training-nav-link"
          data-testid={`training-nav-${key}`}
          onClick={() => void Taro.navigateTo({ url })}
        >
          <Text>{title}</Text>
        </View>
      ))}
    </View>
  );
}
