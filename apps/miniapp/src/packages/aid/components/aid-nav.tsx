import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { routes, type Route } from '@/services/routes';
import { aidText } from '../locales/zh-CN';

const LINKS: ReadonlyArray<{ key: string; text: string; url: Route }> = [
  { key: 'applications', text: aidText.nav.applications, url: routes.aidApplications },
  { key: 'publicity', text: aidText.nav.publicity, url: routes.aidPublicity },
  { key: 'notifications', text: aidText.nav.notifications, url: routes.aidNotifications },
];

/** The programme list's links to the worker's applications, the publicity list and messages. */
export function AidNav() {
  return (
    <View className="aid-nav">
      {LINKS.map(({ key, text, url }) => (
        <View
          key={key}
          className={`aid-nav-link aid-nav-${key}`}
          data-testid={`aid-nav-${key}`}
          onClick={() => void Taro.navigateTo({ url })}
        >
          <Text>{text}</Text>
        </View>
      ))}
    </View>
  );
}
