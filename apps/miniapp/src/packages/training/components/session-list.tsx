import { Text, View } from '@tarojs/components';
import { sessionStatusLabel, type TrainingSessionResponse } from '@steadywork/shared';
import { fillTemplate, isToday, sessionTimeText } from '../training-model';
import { trainingText } from '../locales';

/** A course's sessions in time order: number, day and time, check-in status, today. */
export function SessionList({
  sessions,
  now,
  testIdPrefix = 'course-session',
  onOpen,
  extra,
}: {
  sessions: readonly TrainingSessionResponse[];
  now: Date;
  /** Each row is `<testIdPrefix>-<id>`. */
  testIdPrefix?: string;
  onOpen?: (session: TrainingSessionResponse) => void;
  /** Something to show at the end of a row (e.g. marks waiting to be sent). */
  extra?: (session: TrainingSessionResponse) => string | null;
}) {
  if (!sessions.length) return <Text className="kit-note training-note">{trainingText.trainer.noSessions}</Text>;
  return (
    <View className="training-sessions">
      {sessions.map((s) => {
        const more = extra?.(s);
        return (
          <View
            key={s.id}
            className="training-session-row"
            data-testid={`${testIdPrefix}-${s.id}`}
            onClick={onOpen ? () => onOpen(s) : undefined}
          >
            <View className="training-session-main">
              <Text className="training-session-seq">
                {fillTemplate(trainingText.course.sessionLine, { seq: s.seq })}
                {isToday(s, now) && <Text className="training-today">{trainingText.trainer.today}</Text>}
              </Text>
              <Text className="training-session-time">{sessionTimeText(s)}</Text>
            </View>
            {more && <Text className="training-badge">{more}</Text>}
            <Text className={`training-session-status training-session-${s.status}`} data-testid="session-status">
              {sessionStatusLabel(s, now.getTime())}
            </Text>
          </View>
        );
      })}
    </View>
  );
}
