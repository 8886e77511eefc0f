import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { TrainingCompletionResponse } from '@steadywork/shared';
import { Button } from '@/ui/nutui';
import { courseTypeLabel, fillTemplate, formatDate } from '../training-model';
import { trainingText } from '../locales';
import { CourseTags } from './course-tags';
import { InfoRow } from '../kit';

const m = trainingText.completions;

/** A completion certificate (`completion-<id>`) with its verification code (`completion-code`). */
export function Certificate({ completion }: { completion: TrainingCompletionResponse }) {
  const copy = () =>
    void Taro.setClipboardData({ data: completion.verificationCode })
      .then(() => Taro.showToast({ title: m.copied, icon: 'success' }))
      .catch(() => undefined);
  return (
    <View className="training-certificate" data-testid={`completion-${completion.id}`}>
      <Text className="training-certificate-title">{m.certificateTitle}</Text>
      <View className="training-card-sub">
        <CourseTags course={{ type: completion.courseType, domesticService: completion.domesticService }} />
        <Text className="kit-note training-note">{completion.year}</Text>
      </View>
      <Text className="training-certificate-body" data-testid="completion-body">
        {fillTemplate(m.body, {
          name: completion.workerName,
          organiser: completion.organiser,
          title: completion.courseTitle,
          type: courseTypeLabel(completion.courseType),
          from: completion.startsOn,
          to: completion.endsOn,
          attended: completion.attended,
          held: completion.held,
        })}
      </Text>
      <InfoRow label={m.completedAt} value={formatDate(completion.completedAt)} />
      <Text className="training-qr-label">{m.code}</Text>
      <Text className="training-certificate-code" data-testid="completion-code">
        {completion.verificationCode}
      </Text>
      <Text className="kit-note training-note">{m.codeHint}</Text>
      <View className="training-card-actions">
        <Button size="small" data-testid="completion-copy" onClick={copy}>
          {m.copy}
        </Button>
      </View>
      <Text className="training-certificate-issuer">{m.issuedBy}</Text>
    </View>
  );
}
