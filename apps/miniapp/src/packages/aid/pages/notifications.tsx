import { Text, View } from '@tarojs/components';
import type { NotificationResponse } from '@steadywork/shared';
import { useRemote } from '@/components/kit';
import { formatDateTime } from '../aid-model';
import { fetchNotifications } from '../api';
import { Page, Remote } from '../kit';
import { useNavTitle } from '@/i18n/use-nav-title';
import { aidText } from '../locales';
import '../aid.css';

const newestFirst = async (): Promise<NotificationResponse[]> =>
  (await fetchNotifications()).sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));

/** 消息: what the union sent the worker about their applications, newest first. */
export default function AidNotificationsPage() {
  useNavTitle(aidText.pageTitles.notifications);
  const notifications = useRemote(newestFirst);
  return (
    <Page className="aid-notifications-page">
      <Remote remote={notifications} empty={{ text: aidText.notifications.empty, testId: 'aid-notifications-empty' }}>
        {(list) =>
          list.map((n) => (
            <View key={n.id} className="kit-card aid-card aid-notification" data-testid="aid-notification">
              <View className="kit-card-head aid-card-head">
                <Text className="kit-card-title aid-card-title">{n.title}</Text>
              </View>
              <Text className="aid-notification-time">{formatDateTime(n.createdAt)}</Text>
              <Text className="aid-notification-body">{n.body}</Text>
            </View>
          ))
        }
      </Remote>
    </Page>
  );
}
