import { Typography } from 'antd';
import { t } from '../locales';

/** Says that a deadline was counted Monday to Friday because these years had no holiday calendar. */
export function WeekdayFallbackNote({ years }: { years: readonly number[] }) {
  if (!years.length) return null;
  return (
    <Typography.Text type="warning" data-testid="weekday-fallback">
      {t('calendar.weekdayFallback', { years: years.join('、') })}
    </Typography.Text>
  );
}
