import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';

interface FieldProps {
  /** `id` and `data-testid` of the field: browser tests fill `#<id> input` and read `#<id> .training-field-error`. */
  id: string;
  label: string;
  required?: boolean;
  error?: string;
  hint?: string;
  children: ReactNode;
}

/** A labelled form field with its own error message under it. */
export function Field({ id, label, required, error, hint, children }: FieldProps) {
  return (
    <View id={id} data-testid={id} className={`training-field${error ? ' training-field-invalid' : ''}`}>
      <View className="training-field-label">
        {required && <Text className="training-field-required">*</Text>}
        <Text>{label}</Text>
      </View>
      <View className="training-field-control">{children}</View>
      {error && <Text className="training-field-error">{error}</Text>}
      {hint && !error && <Text className="training-field-hint">{hint}</Text>}
    </View>
  );
}
