import { isValidCreditCode, isValidMobile, parseResidentId, RESIDENT_ID_PROBLEM_MESSAGES } from '@steadywork/shared';
import { registerDecorator, ValidationArguments } from 'class-validator';

/** class-validator decorators over the shared validators, so the API and the forms agree. */
function shared(
  name: string,
  validate: (v: unknown) => boolean,
  message: (args: ValidationArguments) => string,
): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message },
      validator: { validate },
    });
}

export const IsMobile = () =>
  shared(
    'isMobile',
    (v) => typeof v === 'string' && isValidMobile(v),
    () => '手机号码应为 11 位大陆手机号',
  );

export const IsResidentId = () =>
  shared(
    'isResidentId',
    (v) => typeof v === 'string' && parseResidentId(v).valid,
    (args) => {
      const problem = typeof args.value === 'string' ? parseResidentId(args.value).problem : 'format';
      return RESIDENT_ID_PROBLEM_MESSAGES[problem ?? 'format'];
    },
  );

export const IsCreditCode = () =>
  shared(
    'isCreditCode',
    (v) => typeof v === 'string' && isValidCreditCode(v),
    () => '统一社会信用代码不正确，请核对',
  );
