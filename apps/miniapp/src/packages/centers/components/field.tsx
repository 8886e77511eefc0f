import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';

interface FieldProps {
  /** `id` and `data-testid` of the field: browser tests fill `#<id> textarea` and read `#<id> .centers-field-error`. */
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
    <View id={id} data-testid={id} className={`centers-field${error ? ' centers-field-invalid' : ''}`}>
      <View className="centers-field-label">
        {required && <Text className="centers-field-required">*</Text>}
        <Text>{label}</Text>
      </View>
      <View className="centers-field-control">{children}</View>
      {error && <Text className="centers-field-error">{error}</Text>}
      {hint && !error && <Text className="centers-field-hint">{hint}</Text>}
    </View>
  );
}
