import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';

interface FieldProps {
  /** `id` and `data-testid` of the field: browser tests fill `#<id> input` and read `#<id> .aid-field-error`. */
  id: string;
  label: string;
  required?: boolean;
  error?: string;
  hint?: string;
  className?: string;
  children: ReactNode;
}

/** A labelled form field with its own error message under it. */
export function Field({ id, label, required, error, hint, className, children }: FieldProps) {
  return (
    <View
      id={id}
      data-testid={id}
      className={['aid-field', error ? 'aid-field-invalid' : '', className ?? ''].filter(Boolean).join(' ')}
    >
      <View className="aid-field-label">
        {required && <Text className="aid-field-required">*</Text>}
        <Text>{label}</Text>
      </View>
      <View className="aid-field-control">{children}</View>
      {error && <Text className="aid-field-error">{error}</Text>}
      {hint && !error && <Text className="aid-field-hint">{hint}</Text>}
    </View>
  );
}
