import { useEffect, useState } from 'react';
import { ScrollView, Text, View } from '@tarojs/components';
import { Button } from '@/ui/nutui';
import { Check, Popup } from '../nutui';
import type { Option } from '../profile-model';
import { workerText } from '../locales';

interface OptionSheetProps<V extends string> {
  visible: boolean;
  title: string;
  options: readonly Option<V>[];
  value: V | '';
  /** Names the sheet for tests: `.<className> .option-sheet-confirm`. */
  className: string;
  onConfirm: (value: V) => void;
  onClose: () => void;
}

/**
 * A bottom sheet to pick one option: tap an option, then OK. Unlike a wheel picker, every
 * option is a plain tappable row, the same on WeChat and H5.
 */
export function OptionSheet<V extends string>({
  visible,
  title,
  options,
  value,
  className,
  onConfirm,
  onClose,
}: OptionSheetProps<V>) {
  const [pending, setPending] = useState<V | ''>(value);

  useEffect(() => {
    if (visible) setPending(value);
  }, [visible, value]);

  const confirm = () => {
    if (!pending) return;
    onConfirm(pending);
    onClose();
  };

  return (
    <Popup
      visible={visible}
      position="bottom"
      round
      title={title}
      className={`option-sheet ${className}`}
      onClose={onClose}
    >
      <ScrollView scrollY className="option-sheet-list">
        {options.map((option) => {
          const active = option.value === pending;
          return (
            <View
              key={option.value}
              className={`option-sheet-item${active ? ' option-sheet-item-active' : ''}`}
              onClick={() => setPending(option.value)}
            >
              <Text className="option-sheet-label">{option.label}</Text>
              {active && <Check size={16} color="#c8161d" />}
            </View>
          );
        })}
      </ScrollView>
      <View className="option-sheet-actions">
        <Button className="option-sheet-cancel" onClick={onClose}>
          {workerText.sheetCancel}
        </Button>
        <Button type="primary" className="option-sheet-confirm" disabled={!pending} onClick={confirm}>
          {workerText.sheetConfirm}
        </Button>
      </View>
    </Popup>
  );
}
