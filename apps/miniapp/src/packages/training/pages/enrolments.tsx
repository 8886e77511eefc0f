import Taro from '@tarojs/taro';
import {
  EnrolmentStatus,
  type TrainingCompletionResponse,
  type TrainingCourseResponse,
  type TrainingEnrolmentResponse,
} from '@steadywork/shared';
import { useAction, useRemote } from '@/components/kit';
import { routes, withQuery } from '@/services/routes';
import { Button } from '@/ui/nutui';
import { useNavTitle } from '@/i18n/use-nav-title';
import { fillTemplate, sortEnrolments } from '../training-model';
import { EnrolmentCard } from '../components/enrolment-card';
import { fetchCourse, fetchMyCompletions, fetchMyEnrolments, withdrawEnrolment } from '../api';
import { Page, Remote } from '../kit';
import { trainingText } from '../locales';
import '../training.css';

const m = trainingText.enrolments;

interface MyTraining {
  enrolments: TrainingEnrolmentResponse[];
  completions: TrainingCompletionResponse[];
  /** The courses of the enrolments holding a place (those that could be loaded). */
  courses: Record<number, TrainingCourseResponse>;
}

async function loadMine(): Promise<MyTraining> {
  const [enrolments, completions] = await Promise.all([fetchMyEnrolments(), fetchMyCompletions()]);
  const ids = [...new Set(enrolments.filter((e) => e.status === EnrolmentStatus.ENROLLED).map((e) => e.courseId))];
  const loaded = await Promise.allSettled(ids.map((id) => fetchCourse(id)));
  const courses: Record<number, TrainingCourseResponse> = {};
  for (const r of loaded) if (r.status === 'fulfilled') courses[r.value.id] = r.value;
  return { enrolments: sortEnrolments(enrolments), completions, courses };
}

/** My training: the worker's enrolments with status, progress and attendance; withdraw (after a confirmation). */
export default function MyEnrolmentsPage() {
  useNavTitle(trainingText.nav.enrolments);
  const mine = useRemote(loadMine);
  const { busy, run } = useAction();

  const withdraw = async (enrolment: TrainingEnrolmentResponse) => {
    await run(enrolment.id, () => withdrawEnrolment(enrolment.id), {
      confirm: { title: m.withdraw, content: fillTemplate(m.withdrawConfirm, { title: enrolment.courseTitle }) },
      success: m.withdrawn,
      onDone: mine.reload,
      onConflict: mine.reload,
    });
  };

  const browse = (
    <Button type="primary" onClick={() => void Taro.redirectTo({ url: routes.training })}>
      {m.browse}
    </Button>
  );
  const now = new Date();
  return (
    <Page className="training-enrolments-page">
      <Remote
        remote={mine}
        isEmpty={(data) => data.enrolments.length === 0}
        empty={{ text: m.empty, testId: 'enrolments-empty', children: browse }}
      >
        {(data) =>
          data.enrolments.map((enrolment) => (
            <EnrolmentCard
              key={enrolment.id}
              enrolment={enrolment}
              course={data.courses[enrolment.courseId] ?? null}
              completion={
                enrolment.status === EnrolmentStatus.ENROLLED
                  ? (data.completions.find((c) => c.courseId === enrolment.courseId) ?? null)
                  : null
              }
              now={now}
              busy={busy === enrolment.id}
              onWithdraw={(e) => void withdraw(e)}
              onOpenCourse={(id) => void Taro.navigateTo({ url: withQuery(routes.trainingCourse, { id }) })}
              onCheckIn={(sessionId) => void Taro.navigateTo({ url: withQuery(routes.trainingCheckIn, { sessionId }) })}
              onCertificate={() => void Taro.navigateTo({ url: routes.trainingCompletions })}
            />
          ))
        }
      </Remote>
    </Page>
  );
}
