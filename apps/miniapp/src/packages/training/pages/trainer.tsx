import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { TrainingCourseResponse } from '@steadywork/shared';
import { fetchMe } from '@/services/auth';
import { routes, withQuery } from '@/services/routes';
import { fillTemplate, isTrainer, pendingCount, sortTrainerCourses } from '../training-model';
import { Empty, LoadFailed, Loading } from '../components/page-state';
import { TrainerCourseCard } from '../components/trainer-course-card';
import { useRemote } from '../hooks/use-remote';
import { fetchTrainerCourses } from '../api';
import { loadQueue, sendQueued } from '../roster-store';
import { trainingText } from '../locales/zh-CN';
import '../training.css';

const m = trainingText.trainer;

type TrainerHome = { trainer: false } | { trainer: true; courses: TrainingCourseResponse[] };

/** Sends what is waiting on the device for every session, as far as the connection allows. */
async function flushAll(): Promise<void> {
  for (const sessionId of Object.keys(loadQueue())) {
    try {
      await sendQueued(Number(sessionId));
    } catch {
      // still offline (or refused): the session page shows why
    }
  }
}

async function loadHome(): Promise<TrainerHome> {
  if (!isTrainer(await fetchMe())) return { trainer: false };
  await flushAll();
  const page = await fetchTrainerCourses();
  return { trainer: true, courses: sortTrainerCourses(page.items, new Date()) };
}

/** 我的课程 (trainer mode): the courses the trainer teaches and their sessions; tap a session to run it. */
export default function TrainerHomePage() {
  const { status, data, reload } = useRemote(loadHome);

  if (status === 'loading') {
    return (
      <View className="training-page">
        <Loading />
      </View>
    );
  }
  if (status === 'failed' || !data) {
    return (
      <View className="training-page">
        <LoadFailed onRetry={() => void reload()} />
      </View>
    );
  }
  if (!data.trainer) {
    return (
      <View className="training-page">
        <Empty text={m.notTrainer} testId="trainer-only" />
      </View>
    );
  }

  const now = new Date();
  // Read on each render: the session page may have changed what waits.
  const queue = loadQueue();
  return (
    <View className="training-page training-trainer-page">
      <View className="training-header">
        <Text className="training-header-title">{m.title}</Text>
        <Text className="training-header-sub">{m.intro}</Text>
      </View>
      {pendingCount(queue) > 0 && (
        <View className="training-sync-bar" data-testid="trainer-pending">
          <Text className="training-badge">
            {fillTemplate(trainingText.session.pending, { n: pendingCount(queue) })}
          </Text>
          <Text className="training-link" onClick={() => void flushAll().then(reload)}>
            {trainingText.session.syncNow}
          </Text>
        </View>
      )}
      {data.courses.length === 0 && <Empty text={m.empty} testId="trainer-courses-empty" />}
      {data.courses.map((course) => (
        <TrainerCourseCard
          key={course.id}
          course={course}
          now={now}
          pendingOf={(id) => pendingCount(queue, id)}
          onOpenSession={(s) => void Taro.navigateTo({ url: withQuery(routes.trainingSession, { id: s.id }) })}
        />
      ))}
    </View>
  );
}
