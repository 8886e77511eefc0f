import { Text, View } from '@tarojs/components';

/** A label and its value on one line. */
export function InfoLine({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <View className="training-line" data-testid={testId}>
      <Text className="training-line-label">{label}</Text>
      <Text className="training-line-value">{value}</Text>
    </View>
  );
}
