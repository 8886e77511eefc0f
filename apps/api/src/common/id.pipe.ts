import { ParseIntPipe } from '@nestjs/common';
import { DomainException } from './domain.exception';

/** `:id` path parameters: a positive integer, or 400 in the one error shape. */
export const IdPipe = new ParseIntPipe({
  exceptionFactory: () => DomainException.validation([{ field: 'id', message: '编号必须是整数' }]),
});
