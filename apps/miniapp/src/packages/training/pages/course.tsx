import { useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { EnrolmentStatus, TrainingSessionStatus, type TrainingCourseResponse } from '@steadywork/shared';
import { isApiError } from '@/services/api-error';
import { showError, showSuccess } from '@/services/feedback';
import { goToLogin, routes, withQuery } from '@/services/routes';
import { tokenStorage } from '@/services/token-storage';
import { Button } from '@/ui/nutui';
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
import { InfoLine } from '../components/info-line';
import { Empty, LoadFailed, Loading } from '../components/page-state';
import { SessionList } from '../components/session-list';
import { enrol, fetchCourse } from '../api';
import { trainingText } from '../locales/zh-CN';
import '../training.css';

const m = trainingText.course;

type State =
  { mode: 'loading' } | { mode: 'failed' } | { mode: 'missing' } | { mode: 'ready'; course: TrainingCourseResponse };

/** 课程详情 (`?id=`, optional `&distance=` metres from the list): everything about a course, and 报名. */
export default function CourseDetailPage() {
  const { params } = useRouter();
  const [state, setState] = useState<State>({ mode: 'loading' });
  const [enrolling, setEnrolling] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const inFlight = useRef(false);
  const loaded = useRef(false);

  const load = async () => {
    if (!tokenStorage.hasSession()) {
      goToLogin();
      return;
    }
    const id = Number(params.id);
    if (!Number.isInteger(id) || id <= 0) {
      setState({ mode: 'missing' });
      return;
    }
    if (!loaded.current) setState({ mode: 'loading' });
    try {
      const course = await fetchCourse(id);
      loaded.current = true;
      setState({ mode: 'ready', course });
      void Taro.setNavigationBarTitle({ title: course.title }).catch(() => undefined);
    } catch (err) {
      if (isApiError(err) && err.statusCode === 404) {
        setState({ mode: 'missing' });
        return;
      }
      showError(err);
      if (!loaded.current) setState({ mode: 'failed' });
    }
  };

  // Again on coming back (e.g. after withdrawing in 我的培训).
  useDidShow(() => {
    void load();
  });

  const onEnrol = async (course: TrainingCourseResponse) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setEnrolling(true);
    try {
      const enrolment = await enrol(course.id);
      const text = enrolResultText(enrolment);
      setResult(text);
      if (enrolment.status === EnrolmentStatus.WAITLISTED) {
        void Taro.showToast({ title: text, icon: 'none', duration: 3000 });
      } else {
        showSuccess(text);
      }
      await load();
    } catch (err) {
      if (isApiError(err) && err.statusCode === 409) {
        void Taro.showModal({ title: trainingText.common.notice, content: err.message, showCancel: false });
        await load();
      } else {
        showError(err);
      }
    } finally {
      inFlight.current = false;
      setEnrolling(false);
    }
  };

  if (state.mode === 'loading' || state.mode === 'failed') {
    return (
      <View className="training-page">
        {state.mode === 'loading' ? <Loading /> : <LoadFailed onRetry={() => void load()} />}
      </View>
    );
  }
  if (state.mode === 'missing') {
    return (
      <View className="training-page">
        <Empty text={m.notFound} testId="course-missing">
          <Button className="training-back" onClick={() => void Taro.redirectTo({ url: routes.training })}>
            {m.backToList}
          </Button>
        </Empty>
      </View>
    );
  }

  const { course } = state;
  const action = enrolAction(course);
  const mine = course.myEnrolment;
  const distance =
    formatDistance(course.distanceMeters) || (params.distance ? formatDistance(Number(params.distance)) : '');
  const openSession = course.sessions.find((s) => s.status === TrainingSessionStatus.OPEN);
  const now = new Date();

  return (
    <View className="training-page training-course-page" data-testid="course-detail">
      <View className="training-section">
        <View className="training-card-head">
          <Text className="training-card-title" data-testid="course-title">
            {course.title}
          </Text>
          {distance && (
            <Text className="training-distance" data-testid="course-distance">
              {distance}
            </Text>
          )}
        </View>
        <View className="training-card-sub">
          <CourseTags course={course} />
        </View>
        <InfoLine label={m.organiser} value={course.organiser} testId="course-organiser" />
        <InfoLine label={m.region} value={course.regionName} testId="course-region" />
        <InfoLine label={m.venue} value={course.venue} testId="course-venue" />
        <InfoLine label={m.schedule} value={scheduleText(course)} testId="course-schedule" />
        <InfoLine
          label={m.capacity}
          value={`${fillTemplate(m.capacityValue, { capacity: course.capacity, enrolled: course.enrolled })}；${placesText(course)}`}
          testId="course-places"
        />
        {course.trainers.length > 0 && (
          <InfoLine label={m.trainers} value={course.trainers.map((t) => t.name).join('、')} testId="course-trainers" />
        )}
        {course.targetGroups.length > 0 && (
          <InfoLine label={m.targetGroups} value={course.targetGroups.join('、')} testId="course-target-groups" />
        )}
        <InfoLine
          label={m.completion}
          value={fillTemplate(m.completionValue, { threshold: course.completionThreshold })}
          testId="course-completion"
        />
        {course.checkInRadiusMeters != null && (
          <InfoLine
            label={m.checkInRadius}
            value={fillTemplate(m.checkInRadiusValue, { meters: course.checkInRadiusMeters })}
            testId="course-radius"
          />
        )}
        {course.description && (
          <View className="training-block">
            <Text className="training-line-label">{m.description}</Text>
            <Text className="training-block-text" data-testid="course-description">
              {course.description}
            </Text>
          </View>
        )}
      </View>

      <View className="training-section">
        <Text className="training-section-title">{m.sessions}</Text>
        <SessionList sessions={course.sessions} now={now} />
      </View>

      {mine && (
        <View className="training-section">
          <InfoLine label={m.myStatus} value={enrolmentStatusText(mine)} testId="course-my-enrolment" />
          {result && (
            <Text className="training-note" data-testid="course-enrol-result">
              {result}
            </Text>
          )}
        </View>
      )}

      <View className="training-actions">
        {action.canEnrol && (
          <Button
            block
            type="primary"
            id="course-enrol"
            className="training-enrol"
            loading={enrolling}
            disabled={enrolling}
            onClick={() => void onEnrol(course)}
          >
            {enrolling ? m.enrolling : action.label}
          </Button>
        )}
        {!action.canEnrol && !mine && <Text className="training-note">{m.ended}</Text>}
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
