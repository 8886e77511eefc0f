import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsNumber, IsString, Max, MaxLength, Min } from 'class-validator';
import { Label, Optional, QueryBoolean } from './validation';

/*
 * Optional fields, one decorator a field: a DTO (above all a list query) says which fields it has,
 * with their labels, and nothing else. Absent is allowed, `null` and bad values are answered with
 * 400 naming the field by its label (query strings never carry null).
 */

type Doc = Pick<ApiPropertyOptions, 'description'>;

/** One value of an enum (`?status=APPROVED`). */
export function OptionalEnum(enumType: object, label: string, doc: Doc = {}): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ enum: enumType, ...doc }),
    Label(label),
    Optional(),
    IsEnum(enumType, { message: `${label}取值不正确` }),
  );
}

/** Free text up to `maxLength` characters. */
export function OptionalText(label: string, maxLength: number, doc: Doc = {}): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional(doc), Label(label), Optional(), IsString(), MaxLength(maxLength));
}

/** `?keyword=…`, the lists' search box: 64 characters unless the list says otherwise. */
export function QueryKeyword(maxLength = 64): PropertyDecorator {
  return OptionalText('关键词', maxLength);
}

/** `?regionCode=6301`: a region and everything below it (the code's prefix), within the caller's scope. */
export function QueryRegion(doc: Doc = {}): PropertyDecorator {
  return OptionalText('地区', 12, doc);
}

/** A whole number (`?courseId=3`), bounded where the field has bounds. */
export function OptionalInt(
  label: string,
  bounds: { min?: number; max?: number } = {},
  doc: Doc = {},
): PropertyDecorator {
  const decorators = [ApiPropertyOptional(doc), Label(label), Optional(), Type(() => Number), IsInt()];
  if (bounds.min !== undefined) decorators.push(Min(bounds.min));
  if (bounds.max !== undefined) decorators.push(Max(bounds.max));
  return applyDecorators(...decorators);
}

/** A year (`?year=2026`). */
export function OptionalYear(label = '年度', min = 2000): PropertyDecorator {
  return OptionalInt(label, { min, max: 2100 });
}

/** `?flagged=true`: only `true` or `false`; anything else is refused rather than read as "no". */
export function QueryFlag(label: string, doc: Doc = {}): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional(doc), Label(label), Optional(), QueryBoolean(), IsBoolean());
}

const toNumber = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/** `?lat=36.6&lng=101.8`: where the caller is, to sort by distance. */
export function QueryCoordinate(axis: 'lat' | 'lng'): PropertyDecorator {
  const limit = axis === 'lat' ? 90 : 180;
  return applyDecorators(
    ApiPropertyOptional(),
    Label(axis === 'lat' ? '纬度' : '经度'),
    Optional(),
    Transform(toNumber),
    IsNumber(),
    Min(-limit),
    Max(limit),
  );
}
