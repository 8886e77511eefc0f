import { Text, View } from '@tarojs/components';

export interface ChipOption<V extends string> {
  value: V;
  label: string;
}

interface OptionChipsProps<V extends string> {
  options: readonly ChipOption<V>[];
  /** The chosen option(s). */
  value: V | readonly V[] | '' | null;
  /** Each chip is `data-testid="<testIdPrefix>-<value>"`. */
  testIdPrefix: string;
  onChange: (value: V) => void;
  disabled?: boolean;
}

/**
 * Plain tappable chips: the same on WeChat and H5 (and a browser test clicks the chip by its test
 * id), unlike a wheel picker.
 */
export function OptionChips<V extends string>({
  options,
  value,
  testIdPrefix,
  onChange,
  disabled,
}: OptionChipsProps<V>) {
  const chosen = (v: V) => (Array.isArray(value) ? value.includes(v) : value === v);
  return (
    <View className="training-chips">
      {options.map((option) => (
        <View
          key={option.value}
          className={`training-chip${chosen(option.value) ? ' training-chip-active' : ''}`}
          data-testid={`${testIdPrefix}-${option.value}`}
          onClick={() => !disabled && onChange(option.value)}
        >
          <Text>{option.label}</Text>
        </View>
      ))}
    </View>
  );
}
