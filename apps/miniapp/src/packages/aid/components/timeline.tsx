import { Text, View } from '@tarojs/components';
import type { AidApplicationResponse } from '@steadywork/shared';
import { timeline } from '../aid-model';

/** Every step of the application, newest first: what happened, when, who, and the comment. */
export function Timeline({ application }: { application: Pick<AidApplicationResponse, 'events'> }) {
  const entries = timeline(application);
  return (
    <View className="aid-timeline" data-testid="aid-timeline">
      {entries.map((entry, index) => (
        <View
          key={entry.id}
          className={`aid-timeline-item${index === 0 ? ' aid-timeline-item-latest' : ''}`}
          data-testid="aid-timeline-item"
        >
          <View className="aid-timeline-dot" />
          <View className="aid-timeline-body">
            <View className="aid-timeline-head">
              <Text className="aid-timeline-title">{entry.title}</Text>
              <Text className="aid-timeline-time">{entry.time}</Text>
            </View>
            <Text className="aid-timeline-actor">{entry.actor}</Text>
            {entry.comment && <Text className="aid-timeline-comment">{entry.comment}</Text>}
          </View>
        </View>
      ))}
    </View>
  );
}
