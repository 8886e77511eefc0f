import { ProFormDatePicker, ProFormDigit, ProFormGroup, ProFormList, ProFormText } from '@ant-design/pro-components';
import type { HolidayCalendarRequest, HolidayCalendarResponse } from '@steadywork/shared';
import { Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormModal } from '../../../../components/kit';
import { t } from '../../../../locales';
import { saveCalendar } from '../service';

interface HolidayValues {
  name: string;
  from?: string | Dayjs;
  to?: string | Dayjs;
}

interface Values {
  year: number;
  notice?: string;
  holidays: HolidayValues[];
  workdays: { date?: string | Dayjs }[];
}

interface Props {
  /** null: a new year. */
  calendar: HolidayCalendarResponse | null;
  /** Years already entered (a new year may not be one of them). */
  years: readonly number[];
  /** The year a new calendar starts with. */
  suggestedYear: number;
  onClose(): void;
  onSaved(calendar: HolidayCalendarResponse): void;
}

/** The holidays every notice names, in its order; the admin removes or renames what a year merges. */
const USUAL_HOLIDAYS = (
  ['newYear', 'springFestival', 'qingming', 'labourDay', 'dragonBoat', 'midAutumn', 'nationalDay'] as const
).map((k) => t(`calendar.usualHolidays.${k}`));

const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
const selectRequired = (field: string) => ({ required: true, message: t('common.selectRequired', { field }) });

const dayOf = (value: unknown): string =>
  typeof value === 'string' ? value : ((value as Dayjs | undefined)?.format?.('YYYY-MM-DD') ?? '');

/** 录入 / 修改 a year of the legal calendar, as the State Council's notice gives it. */
export function CalendarFormModal({ calendar, years, suggestedYear, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const year = Form.useWatch('year', form);

  const initialValues: Partial<Values> = calendar
    ? {
        year: calendar.year,
        notice: calendar.notice,
        holidays: calendar.holidays.map((h) => ({ ...h })),
        workdays: calendar.workdays.map((date) => ({ date })),
      }
    : { year: suggestedYear, holidays: USUAL_HOLIDAYS.map((name) => ({ name })), workdays: [] };

  const toRequest = (values: Values): HolidayCalendarRequest => ({
    notice: values.notice?.trim() ?? '',
    holidays: (values.holidays ?? []).map((h) => ({ name: h.name.trim(), from: dayOf(h.from), to: dayOf(h.to) })),
    workdays: (values.workdays ?? []).map((w) => dayOf(w.date)),
  });

  /** The pickers open on the year being entered. */
  const pickerValue = { defaultPickerValue: year ? dayjs(`${year}-01-01`) : undefined };

  return (
    <FormModal
      form={form}
      title={calendar ? t('calendar.editTitle', { year: calendar.year }) : t('calendar.createTitle')}
      name="calendar"
      width={760}
      initialValues={initialValues}
      // The API names a 调休 day `workdays[2]`; the form's field is `workdays[2].date`.
      routeErrors={(path) => (path[0] === 'workdays' && path.length === 2 ? [...path, 'date'] : path)}
      submit={(values: Values, errors) => saveCalendar(values.year, toRequest(values), errors)}
      success={t('calendar.saved')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <ProFormGroup>
        <ProFormDigit
          name="year"
          label={t('calendar.year')}
          width="xs"
          min={2000}
          max={2100}
          disabled={!!calendar}
          fieldProps={{ precision: 0 }}
          rules={[
            required(t('calendar.year')),
            {
              validator: async (_: unknown, value: unknown) => {
                if (!calendar && typeof value === 'number' && years.includes(value)) {
                  throw new Error(t('calendar.exists', { year: value }));
                }
              },
            },
          ]}
        />
        <ProFormText
          name="notice"
          label={t('calendar.notice')}
          width="lg"
          placeholder={t('calendar.noticePlaceholder')}
          fieldProps={{ maxLength: 128 }}
        />
      </ProFormGroup>
      <ProFormList<HolidayValues>
        name="holidays"
        label={t('calendar.holidays')}
        min={1}
        max={20}
        copyIconProps={false}
        creatorButtonProps={{ creatorButtonText: t('calendar.holidayAdd') }}
        creatorRecord={{ name: '' }}
      >
        <ProFormGroup>
          <ProFormText
            name="name"
            label={t('calendar.holidayName')}
            width="sm"
            fieldProps={{ maxLength: 32 }}
            rules={[{ ...required(t('calendar.holidayName')), whitespace: true }]}
          />
          <ProFormDatePicker
            name="from"
            label={t('calendar.holidayFrom')}
            width="sm"
            fieldProps={pickerValue}
            rules={[selectRequired(t('calendar.holidayFrom'))]}
          />
          <ProFormDatePicker
            name="to"
            label={t('calendar.holidayTo')}
            width="sm"
            fieldProps={pickerValue}
            rules={[selectRequired(t('calendar.holidayTo'))]}
          />
        </ProFormGroup>
      </ProFormList>
      <ProFormList<{ date?: string }>
        name="workdays"
        label={t('calendar.workdays')}
        tooltip={t('calendar.workdaysHelp')}
        max={20}
        copyIconProps={false}
        creatorButtonProps={{ creatorButtonText: t('calendar.workdayAdd') }}
        creatorRecord={{}}
      >
        <ProFormDatePicker
          name="date"
          label={t('calendar.workday')}
          width="sm"
          fieldProps={pickerValue}
          rules={[selectRequired(t('calendar.workday'))]}
        />
      </ProFormList>
    </FormModal>
  );
}
