import { Text, View } from '@tarojs/components';

export interface ChipOption<V extends string> {
  value: V;
  label: string;
}

interface OptionChipsProps<V extends string> {
  options: readonly ChipOption<V>[];
  /** The chosen option, or '' / null for none. */
  value: V | '' | null;
  /** Each chip is `data-testid="<testIdPrefix>-<value>"`. */
  testIdPrefix: string;
  onChange: (value: V) => void;
  disabled?: boolean;
}

/**
 * One choice among a few, every option a plain tappable chip: the same on WeChat and H5 (and a
 * browser test clicks the chip by its test id), unlike a wheel picker.
 */
export function OptionChips<V extends string>({
  options,
  value,
  testIdPrefix,
  onChange,
  disabled,
}: OptionChipsProps<V>) {
  return (
    <View className="centers-chips">
      {options.map((option) => {
        const active = option.value === value;
        return (
          <View
            key={option.value}
            className={`centers-chip${active ? ' centers-chip-active' : ''}`}
            data-testid={`${testIdPrefix}-${option.value}`}
            onClick={() => !disabled && onChange(option.value)}
          >
            <Text>{option.label}</Text>
          </View>
        );
      })}
    </View>
  );
}
