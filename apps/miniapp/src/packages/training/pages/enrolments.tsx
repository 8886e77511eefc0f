import { useRef, useState } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  EnrolmentStatus,
  type TrainingCompletionResponse,
  type TrainingCourseResponse,
  type TrainingEnrolmentResponse,
} from '@steadywork/shared';
import { isApiError } from '@/services/api-error';
import { showError, showSuccess } from '@/services/feedback';
import { routes, withQuery } from '@/services/routes';
import { Button } from '@/ui/nutui';
import { fillTemplate, sortEnrolments } from '../training-model';
import { EnrolmentCard } from '../components/enrolment-card';
import { Empty, LoadFailed, Loading } from '../components/page-state';
import { useRemote } from '../hooks/use-remote';
import { fetchCourse, fetchMyCompletions, fetchMyEnrolments, withdrawEnrolment } from '../api';
import { trainingText } from '../locales/zh-CN';
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

/** 我的培训: the worker's enrolments with status, progress and attendance; 退出 (after a confirmation). */
export default function MyEnrolmentsPage() {
  const { status, data, reload } = useRemote(loadMine);
  const [busyId, setBusyId] = useState<number | null>(null);
  const inFlight = useRef(false);

  const withdraw = async (enrolment: TrainingEnrolmentResponse) => {
    if (inFlight.current) return;
    const { confirm } = await Taro.showModal({
      title: m.withdraw,
      content: fillTemplate(m.withdrawConfirm, { title: enrolment.courseTitle }),
      confirmText: trainingText.common.confirm,
      cancelText: trainingText.common.cancel,
    });
    if (!confirm || inFlight.current) return;
    inFlight.current = true;
    setBusyId(enrolment.id);
    try {
      await withdrawEnrolment(enrolment.id);
      showSuccess(m.withdrawn);
    } catch (err) {
      if (isApiError(err) && err.statusCode === 409) {
        void Taro.showModal({ title: trainingText.common.notice, content: err.message, showCancel: false });
      } else {
        showError(err);
      }
    } finally {
      inFlight.current = false;
      setBusyId(null);
    }
    await reload();
  };

  if (status === 'loading')
    return (
      <View className="training-page">
        <Loading />
      </View>
    );
  if (status === 'failed' || !data) {
    return (
      <View className="training-page">
        <LoadFailed onRetry={() => void reload()} />
      </View>
    );
  }

  const now = new Date();
  return (
    <View className="training-page training-enrolments-page">
      {data.enrolments.length === 0 && (
        <Empty text={m.empty} testId="enrolments-empty">
          <Button type="primary" onClick={() => void Taro.redirectTo({ url: routes.training })}>
            {m.browse}
          </Button>
        </Empty>
      )}
      {data.enrolments.map((enrolment) => (
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
          busy={busyId === enrolment.id}
          onWithdraw={(e) => void withdraw(e)}
          onOpenCourse={(id) => void Taro.navigateTo({ url: withQuery(routes.trainingCourse, { id }) })}
          onCheckIn={(sessionId) => void Taro.navigateTo({ url: withQuery(routes.trainingCheckIn, { sessionId }) })}
          onCertificate={() => void Taro.navigateTo({ url: routes.trainingCompletions })}
        />
      ))}
    </View>
  );
}
