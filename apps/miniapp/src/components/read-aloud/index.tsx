import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useUnload } from '@tarojs/taro';
import { t } from '@/locales';
import { canReadAloud, readAloud, stopReading } from '@/i18n/speech';
import { useElderMode } from '@/i18n/use-nav-title';
import './index.css';

/**
 * 朗读本页: in elder-friendly mode, a large button that reads the page's key text aloud where the
 * platform can (H5); nothing elsewhere.
 */
export function ReadAloud({ text }: { text: () => string }) {
  const elder = useElderMode();
  const [reading, setReading] = useState(false);
  useUnload(() => stopReading());
  if (!elder || !canReadAloud()) return null;
  const onTap = () => {
    if (reading) {
      stopReading();
      setReading(false);
    } else {
      setReading(readAloud(text(), undefined, () => setReading(false)));
    }
  };
  return (
    <View className="read-aloud" data-testid="read-aloud" onClick={onTap}>
      <Text className="read-aloud-icon">{reading ? '■' : '▶'}</Text>
      <Text className="read-aloud-text">{reading ? t.speech.stop : t.speech.read}</Text>
    </View>
  );
}
