import { Text, View } from '@tarojs/components';
import type { AttendanceStatus } from '@steadywork/shared';
import { MARK_STATUSES, attendanceLabel, fillTemplate, summarise, type RosterRow } from '../training-model';
import { trainingText } from '../locales';

const m = trainingText.session;

/**
 * The roster: one row per enrolled worker (`roster-<workerId>`) with the mark shown
 * (`roster-status`, waiting to sync while it waits on the device) and a tap for each of present / late / absent /
 * excused (`roster-mark-<STATUS>`).
 */
export function RosterList({
  rows,
  onMark,
}: {
  rows: readonly RosterRow[];
  onMark: (row: RosterRow, status: AttendanceStatus) => void;
}) {
  const summary = summarise(rows);
  return (
    <View className="kit-section training-section training-roster" data-testid="roster">
      <Text className="training-section-title">{m.roster}</Text>
      <Text className="kit-note training-note" data-testid="roster-summary">
        {fillTemplate(m.summary, { ...summary })}
      </Text>
      {rows.length === 0 && (
        <Text className="kit-note training-note" data-testid="roster-empty">
          {m.emptyRoster}
        </Text>
      )}
      {rows.map((row) => (
        <View
          key={row.workerId}
          className="training-roster-row"
          data-testid={`roster-${row.workerId}`}
          data-status={row.status ?? ''}
          data-pending={row.pending ? 'true' : 'false'}
        >
          <View className="training-roster-head">
            <View>
              <Text className="training-roster-name">{row.workerName}</Text>
              <Text className="training-roster-id">{row.idNumberMasked}</Text>
            </View>
            <View>
              <Text
                className={`training-roster-status training-mark-${row.status ?? 'none'}`}
                data-testid="roster-status"
              >
                {attendanceLabel(row.status)}
              </Text>
              {row.pending && (
                <Text className="training-pending" data-testid="roster-pending">
                  {m.pendingMark}
                </Text>
              )}
            </View>
          </View>
          {!row.counted && <Text className="kit-note training-note">{m.notCounted}</Text>}
          <View className="training-roster-marks">
            {MARK_STATUSES.map((status) => (
              <View
                key={status}
                className={`training-roster-mark${row.status === status ? ' training-roster-mark-active' : ''}`}
                data-testid={`roster-mark-${status}`}
                onClick={() => onMark(row, status)}
              >
                <Text>{attendanceLabel(status)}</Text>
              </View>
            ))}
          </View>
        </View>
      ))}
    </View>
  );
}
