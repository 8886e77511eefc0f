import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  CALENDAR_WARN_FROM,
  type FieldError,
  type HolidayCalendarResponse,
  type HolidayCalendarStatus,
} from '@steadywork/shared';
import dayjs from 'dayjs';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { StaffPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { isRealDate, shanghaiDate } from '../common/dates';
import { DomainException } from '../common/domain.exception';
import { isUniqueViolation } from '../common/sql';
import { WorkingDays } from '../common/working-days';
import { HolidayCalendarDto } from './calendar.dto';
import { HolidayCalendar } from './holiday-calendar.entity';

/** The legal calendar's years: read, entered and corrected by the programme admin. */
@Injectable()
export class HolidayCalendarService {
  constructor(
    @InjectRepository(HolidayCalendar) private readonly years: Repository<HolidayCalendar>,
    private readonly workingDays: WorkingDays,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<HolidayCalendarResponse[]> {
    return (await this.years.find({ order: { year: 'DESC' } })).map(toResponse);
  }

  async get(year: number): Promise<HolidayCalendarResponse> {
    const row = await this.years.findOneBy({ year });
    if (!row) throw DomainException.notFound(`${year}年节假日安排`);
    return toResponse(row);
  }

  async status(): Promise<HolidayCalendarStatus> {
    const today = shanghaiDate(this.clock.now());
    const [y, m, d] = today.split('-').map(Number);
    const years = (await this.years.find({ select: { year: true }, order: { year: 'ASC' } })).map((r) => r.year);
    const warnSeason = m > CALENDAR_WARN_FROM.month || (m === CALENDAR_WARN_FROM.month && d >= CALENDAR_WARN_FROM.day);
    return {
      today,
      years,
      nextYear: y + 1,
      nextYearMissing: warnSeason && !years.includes(y + 1),
    };
  }

  /** Enters a year, or replaces it as a whole (a corrected notice). */
  async put(year: number, dto: HolidayCalendarDto, staff: StaffPrincipal): Promise<HolidayCalendarResponse> {
    const errors = validateYear(year, dto);
    if (errors.length) throw DomainException.validation(errors);
    const holidays = [...dto.holidays]
      .map((h) => ({ name: h.name.trim(), from: h.from, to: h.to }))
      .sort((a, b) => a.from.localeCompare(b.from));
    const workdays = [...dto.workdays].sort();
    const notice = dto.notice?.trim() ?? '';
    const now = this.clock.now();
    try {
      await this.years.manager.transaction(async (m) => {
        const repo = m.getRepository(HolidayCalendar);
        const existing = await repo.findOneBy({ year });
        const change = {
          notice,
          holidays,
          workdays,
          updatedAt: now,
          updatedBy: staff.id,
          updatedByName: staff.displayName,
        };
        if (existing) await repo.update({ year }, change);
        else await repo.insert({ year, ...change, createdAt: now });
        await this.audit.record(
          {
            action: existing ? 'holiday_calendar.update' : 'holiday_calendar.create',
            targetType: 'holiday_calendar',
            targetId: year,
            summary: { notice, holidays: holidays.length, workdays },
          },
          m,
        );
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw DomainException.conflict(`${year}年节假日安排刚由他人录入，请刷新后再修改`);
      throw err;
    }
    this.workingDays.invalidate();
    return this.get(year);
  }
}

function toResponse(row: HolidayCalendar): HolidayCalendarResponse {
  return {
    year: row.year,
    notice: row.notice,
    holidays: row.holidays,
    workdays: row.workdays,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedByName,
  };
}

const isWeekend = (date: string) => [0, 6].includes(dayjs(date).day());

/** Every problem of a year's calendar, one per field: dates in the year, no overlaps, no duplicates. */
export function validateYear(year: number, dto: HolidayCalendarDto): FieldError[] {
  const errors: FieldError[] = [];
  if (year < 2000 || year > 2100) return [{ field: 'year', message: '年度应在 2000–2100 之间' }];
  const inYear = (date: string) => date.startsWith(`${year}-`);
  const outside = `日期应在 ${year} 年内（跨年的假日按所在年份分别录入）`;
  const ranges: { index: number; name: string; from: string; to: string }[] = [];
  dto.holidays.forEach((h, index) => {
    const at = `holidays[${index}]`;
    let ok = true;
    for (const end of ['from', 'to'] as const) {
      if (!isRealDate(h[end])) {
        errors.push({ field: `${at}.${end}`, message: '不是有效的日期' });
        ok = false;
      } else if (!inYear(h[end])) {
        errors.push({ field: `${at}.${end}`, message: outside });
        ok = false;
      }
    }
    if (ok && h.to < h.from) {
      errors.push({ field: `${at}.to`, message: '放假结束日期不能早于开始日期' });
      ok = false;
    }
    if (ok) ranges.push({ index, name: h.name.trim(), from: h.from, to: h.to });
  });
  const names = new Map<string, number>();
  dto.holidays.forEach((h, index) => {
    const name = h.name.trim();
    if (names.has(name)) errors.push({ field: `holidays[${index}].name`, message: `“${name}”已录入` });
    else names.set(name, index);
  });
  const sorted = [...ranges].sort((a, b) => a.from.localeCompare(b.from));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    if (sorted[i].from <= prev.to) {
      errors.push({
        field: `holidays[${sorted[i].index}].from`,
        message: `与“${prev.name}”的放假日期（${prev.from} 至 ${prev.to}）重叠`,
      });
    }
  }
  const seen = new Set<string>();
  dto.workdays.forEach((date, index) => {
    const at = `workdays[${index}]`;
    if (!isRealDate(date)) errors.push({ field: at, message: '不是有效的日期' });
    else if (!inYear(date)) errors.push({ field: at, message: outside });
    else if (seen.has(date)) errors.push({ field: at, message: `${date} 重复录入` });
    else if (!isWeekend(date)) errors.push({ field: at, message: `${date} 不是周六或周日，本来就要上班` });
    else {
      const holiday = ranges.find((r) => r.from <= date && date <= r.to);
      if (holiday) errors.push({ field: at, message: `${date} 在“${holiday.name}”放假期间内` });
    }
    seen.add(date);
  });
  return errors;
}
