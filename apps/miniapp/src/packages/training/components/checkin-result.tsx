import { Text, View } from '@tarojs/components';
import { ATTENDANCE_METHOD_LABELS } from '@steadywork/shared';
import { checkInOutcomeText, formatDateTime, formatDistance } from '../training-model';
import type { CheckInResult } from '../hooks/use-check-in';
import { trainingText } from '../locales';
import { InfoRow } from '../kit';

const m = trainingText.checkIn;

/** checked in / late / already done, with the course and time; or the refusal (`checkin-result`). */
export function CheckInResultView({ result }: { result: CheckInResult }) {
  if (result.kind === 'refused') {
    return (
      <View className="training-result training-result-error" data-testid="checkin-result" data-outcome="refused">
        <Text className="training-result-title">{m.failed}</Text>
        <Text className="training-result-message" data-testid="checkin-message">
          {result.message}
        </Text>
      </View>
    );
  }
  const { record, outcome } = result;
  const distance = formatDistance(record.distanceMeters);
  return (
    <View className={`training-result training-result-${outcome}`} data-testid="checkin-result" data-outcome={outcome}>
      <Text className="training-result-title">{checkInOutcomeText(outcome)}</Text>
      <InfoRow label={m.course} value={record.courseTitle} />
      <InfoRow label={m.at} value={formatDateTime(record.checkedInAt ?? record.markedAt)} />
      <InfoRow label={m.method} value={ATTENDANCE_METHOD_LABELS[record.method] ?? record.method} />
      {distance && <InfoRow label={m.distance} value={distance} />}
    </View>
  );
}
