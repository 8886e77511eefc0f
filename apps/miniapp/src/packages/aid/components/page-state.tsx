import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@/ui/nutui';
import { aidText } from '../locales/zh-CN';

const c = aidText.common;

export function Loading() {
  return (
    <View className="aid-state aid-loading" data-testid="aid-loading">
      <Text>{c.loading}</Text>
    </View>
  );
}

export function LoadFailed({ onRetry }: { onRetry: () => void }) {
  return (
    <View className="aid-state aid-failed" data-testid="aid-failed">
      <Text className="aid-state-text">{c.loadFailed}</Text>
      <Button type="primary" className="aid-retry" onClick={onRetry}>
        {c.retry}
      </Button>
    </View>
  );
}

export function Empty({ text, testId, children }: { text: string; testId: string; children?: ReactNode }) {
  return (
    <View className="aid-state aid-empty" data-testid={testId}>
      <Text className="aid-state-text">{text}</Text>
      {children}
    </View>
  );
}
