import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@/ui/nutui';
import { centersText } from '../locales/zh-CN';

const c = centersText.common;

export function Loading({ text = c.loading }: { text?: string }) {
  return (
    <View className="centers-state centers-loading" data-testid="centers-loading">
      <Text>{text}</Text>
    </View>
  );
}

export function LoadFailed({ onRetry }: { onRetry: () => void }) {
  return (
    <View className="centers-state centers-failed" data-testid="centers-failed">
      <Text className="centers-state-text">{c.loadFailed}</Text>
      <Button type="primary" className="centers-retry" data-testid="centers-retry" onClick={onRetry}>
        {c.retry}
      </Button>
    </View>
  );
}

export function Empty({ text, testId, children }: { text: string; testId: string; children?: ReactNode }) {
  return (
    <View className="centers-state centers-empty" data-testid={testId}>
      <Text className="centers-state-text">{text}</Text>
      {children}
    </View>
  );
}
