import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { TrainingCourseResponse, TrainingSessionResponse } from '@steadywork/shared';
import { TRAINING_COURSE_PHASE_LABELS } from '@steadywork/shared';
import { fillTemplate, recentSessions } from '../training-model';
import { trainingText } from '../locales';
import { CourseTags } from './course-tags';
import { InfoRow } from '../kit';
import { SessionList } from './session-list';

const m = trainingText.trainer;

/**
 * A course the trainer teaches (`trainer-course-<id>`) with its sessions (`session-<id>`): from
 * yesterday on by default, all on request; marks waiting on the device per session.
 */
export function TrainerCourseCard({
  course,
  now,
  pendingOf,
  onOpenSession,
}: {
  course: TrainingCourseResponse;
  now: Date;
  pendingOf: (sessionId: number) => number;
  onOpenSession: (session: TrainingSessionResponse) => void;
}) {
  const [all, setAll] = useState(false);
  const recent = recentSessions(course.sessions, now);
  const shown = all ? course.sessions : recent;
  return (
    <View className="kit-card training-card trainer-course-card" data-testid={`trainer-course-${course.id}`}>
      <View className="kit-card-head training-card-head">
        <Text className="kit-card-title training-card-title">{course.title}</Text>
        <Text className="training-status training-tone-default">{TRAINING_COURSE_PHASE_LABELS[course.phase]}</Text>
      </View>
      <View className="training-card-sub">
        <CourseTags course={course} />
        <Text className="kit-note training-note">{fillTemplate(m.enrolled, { n: course.enrolled })}</Text>
      </View>
      <InfoRow label={trainingText.course.venue} value={course.venue} />
      <SessionList
        sessions={shown}
        now={now}
        testIdPrefix="session"
        onOpen={onOpenSession}
        extra={(s) => {
          const n = pendingOf(s.id);
          return n ? fillTemplate(m.pending, { n }) : null;
        }}
      />
      {course.sessions.length > recent.length && (
        <Text className="kit-link training-link" data-testid="trainer-course-all" onClick={() => setAll(!all)}>
          {all ? m.recentSessions : fillTemplate(m.allSessions, { n: course.sessions.length })}
        </Text>
      )}
    </View>
  );
}
