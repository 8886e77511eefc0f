import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@/ui/nutui';
import { trainingText } from '../locales/zh-CN';

const c = trainingText.common;

export function Loading({ text = c.loading }: { text?: string }) {
  return (
    <View className="training-state training-loading" data-testid="training-loading">
      <Text>{text}</Text>
    </View>
  );
}

export function LoadFailed({ onRetry }: { onRetry: () => void }) {
  return (
    <View className="training-state training-failed" data-testid="training-failed">
      <Text className="training-state-text">{c.loadFailed}</Text>
      <Button type="primary" className="training-retry" data-testid="training-retry" onClick={onRetry}>
        {c.retry}
      </Button>
    </View>
  );
}

export function Empty({ text, testId, children }: { text: string; testId: string; children?: ReactNode }) {
  return (
    <View className="training-state training-empty" data-testid={testId}>
      <Text className="training-state-text">{text}</Text>
      {children}
    </View>
  );
}
