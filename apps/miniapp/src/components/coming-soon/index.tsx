import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { t } from '@/locales';
import { routes } from '@/services/routes';
import { Button, Tag } from '@/ui/nutui';
import './index.css';

interface ComingSoonProps {
  title: string;
  description: string;
}

/** Placeholder of a module's sub-package until the module itself lands. */
export function ComingSoon({ title, description }: ComingSoonProps) {
  return (
    <View className="coming-soon">
      <View className="coming-soon-card">
        <Text className="coming-soon-title">{title}</Text>
        <Tag type="primary" className="coming-soon-badge">
          {t.comingSoon.badge}
        </Tag>
        <Text className="coming-soon-description">{description}</Text>
        <Text className="coming-soon-message">{t.comingSoon.message}</Text>
        <Button className="coming-soon-back" onClick={() => void Taro.switchTab({ url: routes.home })}>
          {t.comingSoon.back}
        </Button>
      </View>
    </View>
  );
}
