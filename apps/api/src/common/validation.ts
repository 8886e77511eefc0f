import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, FieldRule, ruleMessage, zhCN } from '@steadywork/shared';
import { Transform } from 'class-transformer';
import { Matches, MaxLength, registerDecorator, ValidateIf, ValidationArguments } from 'class-validator';
import 'reflect-metadata';
import { DomainException } from './domain.exception';

const LABEL_KEY = Symbol('field-label');

/** The Chinese name of a DTO field, used in validation messages. */
export function Label(label: string): PropertyDecorator {
  return (target, key) => {
    Reflect.defineMetadata(LABEL_KEY, label, target, key);
    if (typeof key === 'string') labelled.set(target, { ...labelled.get(target), [key]: label });
  };
}

/** The labels each DTO prototype declares itself, by property. */
const labelled = new WeakMap<object, Record<string, string>>();

/**
 * A DTO made by a mapped type (`OmitType(WorkerProfileDto, …)`) does not inherit its parent's labels:
 * class-validator's rules are copied, `@Label` metadata is not. This copies the labels of `parent`'s
 * properties that `child` does not label itself, so its messages name the field 「姓名不能为空」, not 「name不能为空」.
 */
export function inheritLabels(
  child: abstract new (...args: never[]) => unknown,
  parent: abstract new (...args: never[]) => unknown,
): void {
  const to = child.prototype as object;
  const own = labelled.get(to) ?? {};
  for (const [key, label] of Object.entries(labelled.get(parent.prototype as object) ?? {})) {
    if (!own[key]) Reflect.defineMetadata(LABEL_KEY, label, to, key);
  }
}

function labelOf(target: object | undefined, property: string): string {
  if (!target) return property;
  return (Reflect.getMetadata(LABEL_KEY, target, property) as string | undefined) ?? property;
}

/**
 * The one rule for fields a request may leave out (docs/decisions.md 21). `@Optional()`: absent is allowed,
 * `null` is refused with the field's message (「…不能为空」) and never reaches a service or the
 * database. Query strings never carry null, so every query field is `@Optional()` too.
 */
export function Optional(): PropertyDecorator {
  const skipWhenAbsent = ValidateIf((_, value) => value !== undefined);
  return (target, key) => {
    skipWhenAbsent(target, key);
    registerDecorator({
      name: 'isNotNull',
      target: target.constructor,
      propertyName: key as string,
      validator: { validate: (value: unknown) => value !== null },
    });
  };
}

/**
 * `@Nullable()`: absent or `null` is allowed (null means "clear this"). Only for a field whose
 * column is nullable and whose service turns null into NULL; the field's type says `| null`.
 */
export function Nullable(): PropertyDecorator {
  return ValidateIf((_, value) => value !== undefined && value !== null);
}

/**
 * A field checked by one of the shared rules (libs/shared validators/rules.ts): its pattern and,
 * where the rule has one, its length. The message names the field by its `@Label`, unless the
 * DTO gives its own (「所在地区应为 6 位县级行政区划代码」).
 */
export function Rule(rule: FieldRule, message?: string): PropertyDecorator {
  const text = (args: ValidationArguments) => message ?? ruleMessage(rule, labelOf(args.object, args.property));
  const decorators = [Matches(rule.pattern, { message: text })];
  if (rule.maxLength) decorators.push(MaxLength(rule.maxLength));
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

/**
 * A yes/no query parameter: `true`/`false` become booleans, an empty value counts as absent, and
 * anything else (`?late=abc`, a repeated or nested parameter) is left as it came, so `@IsBoolean()`
 * refuses it with 400 naming the field instead of reading it as "false".
 */
export function QueryBoolean(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    value === ''
      ? undefined
      : value === 'true' || value === true
        ? true
        : value === 'false' || value === false
          ? false
          : value,
  );
}

/** Messages already written in Chinese by a DTO are kept; class-validator's English defaults are replaced. */
function messageFor(error: ValidationError, constraint: string, raw: string): string {
  if (/[\u4e00-\u9fa5]/.test(raw)) return raw;
  const label = labelOf(error.target, error.property);
  const text = zhCN.validation[constraint] ?? zhCN.validation.default;
  return `${label}${text}`;
}

const PRIORITY = [
  'whitelistValidation',
  'isNotNull',
  'isDefined',
  'isNotEmpty',
  'arrayNotEmpty',
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isArray',
  'isEnum',
  'isIn',
];

function rank(constraint: string): number {
  const i = PRIORITY.indexOf(constraint);
  return i === -1 ? PRIORITY.length : i;
}

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = prefix
      ? /^\d+$/.test(error.property)
        ? `${prefix}[${error.property}]`
        : `${prefix}.${error.property}`
      : error.property;
    // One message per field: the most basic problem first (missing before too long).
    const constraints = Object.entries(error.constraints ?? {}).sort(([a], [b]) => rank(a) - rank(b));
    if (constraints.length) {
      const [constraint, raw] = constraints[0];
      out.push({
        field,
        message:
          constraint === 'whitelistValidation' ? `不允许的字段 ${error.property}` : messageFor(error, constraint, raw),
      });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => DomainException.validation(flattenValidationErrors(errors)),
  });
}
