import { DomainException } from './domain.exception';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,64}$/;

/** An `Idempotency-Key` header, when sent, is 8–64 letters, digits, `_` or `-` (a UUID fits). */
export function checkIdempotencyKey(key: string | undefined): void {
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
    throw DomainException.validation([
      { field: 'Idempotency-Key', message: 'Idempotency-Key 应为 8 至 64 位字母、数字、_ 或 -' },
    ]);
  }
}
