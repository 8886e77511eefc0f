import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { TrainingCourseResponse } from '@steadywork/shared';
import { useRemote } from '@/components/kit';
import { fetchMe } from '@/services/auth';
import { routes, withQuery } from '@/services/routes';
import { useNavTitle } from '@/i18n/use-nav-title';
import { fillTemplate, isTrainer, pendingCount, sortTrainerCourses } from '../training-model';
import { TrainerCourseCard } from '../components/trainer-course-card';
import { fetchTrainerCourses } from '../api';
import { Empty, Header, Page, Remote } from '../kit';
import { loadQueue, sendQueued } from '../roster-store';
import { trainingText } from '../locales';
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

/** My courses (trainer mode): the courses the trainer teaches and their sessions; tap a session to run it. */
export default function TrainerHomePage() {
  useNavTitle(trainingText.nav.trainer);
  const home = useRemote(loadHome);
  return (
    <Page className={home.data?.trainer ? 'training-trainer-page' : undefined}>
      <Remote remote={home}>
        {(data) =>
          data.trainer ? (
            <TrainerCourses courses={data.courses} reload={home.reload} />
          ) : (
            <Empty text={m.notTrainer} testId="trainer-only" />
          )
        }
      </Remote>
    </Page>
  );
}

function TrainerCourses({ courses, reload }: { courses: TrainingCourseResponse[]; reload: () => Promise<void> }) {
  const now = new Date();
  // Read on each render: the session page may have changed what waits.
  const queue = loadQueue();
  return (
    <>
      <Header title={m.title} intro={m.intro} />
      {pendingCount(queue) > 0 && (
        <View className="training-sync-bar" data-testid="trainer-pending">
          <Text className="training-badge">
            {fillTemplate(trainingText.session.pending, { n: pendingCount(queue) })}
          </Text>
          <Text className="kit-link training-link" onClick={() => void flushAll().then(reload)}>
            {trainingText.session.syncNow}
          </Text>
        </View>
      )}
      {courses.length === 0 && <Empty text={m.empty} testId="trainer-courses-empty" />}
      {courses.map((course) => (
        <TrainerCourseCard
          key={course.id}
          course={course}
          now={now}
          pendingOf={(id) => pendingCount(queue, id)}
          onOpenSession={(s) => void Taro.navigateTo({ url: withQuery(routes.trainingSession, { id: s.id }) })}
        />
      ))}
    </>
  );
}
