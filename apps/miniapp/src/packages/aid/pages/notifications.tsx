import { Text, View } from '@tarojs/components';
import { formatDateTime } from '../aid-model';
import { Empty, LoadFailed, Loading } from '../components/page-state';
import { fetchNotifications } from '../api';
import { useRemote } from '../hooks/use-remote';
import { aidText } from '../locales/zh-CN';
import '../aid.css';

/** 消息: what the union sent the worker about their applications, newest first. */
export default function AidNotificationsPage() {
  const { status, data, reload } = useRemote(fetchNotifications);
  const notifications = [...(data ?? [])].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));

  return (
    <View className="aid-page aid-notifications-page">
      {status === 'loading' && <Loading />}
      {status === 'failed' && <LoadFailed onRetry={() => void reload()} />}
      {status === 'ready' && notifications.length === 0 && (
        <Empty text={aidText.notifications.empty} testId="aid-notifications-empty" />
      )}
      {status === 'ready' &&
        notifications.map((n) => (
          <View key={n.id} className="aid-card aid-notification" data-testid="aid-notification">
            <View className="aid-card-head">
              <Text className="aid-card-title">{n.title}</Text>
            </View>
            <Text className="aid-notification-time">{formatDateTime(n.createdAt)}</Text>
            <Text className="aid-notification-body">{n.body}</Text>
          </View>
        ))}
    </View>
  );
}
