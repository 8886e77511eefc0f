import type { HolidayCalendarStatus } from '@steadywork/shared';
import { Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { t } from '../../locales';
import { calendarStatus } from '../aid/calendar/service';

/** From 1 December: next year's holiday calendar is not entered yet (the programme admin's home). */
export function CalendarNotice() {
  const [status, setStatus] = useState<HolidayCalendarStatus | null>(null);
  useEffect(() => {
    let live = true;
    calendarStatus().then(
      (s) => live && setStatus(s),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  if (!status?.nextYearMissing) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="calendar-notice"
      message={t('calendar.nextYearMissing', { year: status.nextYear })}
      description={t('calendar.nextYearMissingDesc', { year: status.nextYear })}
      action={
        <Link to="/aid/calendar">
          <Button size="small" type="primary">
            {t('calendar.enterNow')}
          </Button>
        </Link>
      }
    />
  );
}
