import { checkPassword } from '@steadywork/shared';
import { t } from '../locales';

/** The shared password rule, the one the API applies (with its default policy). */
export async function passwordRule(_: unknown, value: unknown): Promise<void> {
  if (typeof value !== 'string' || !value) return;
  const problem = checkPassword(value);
  if (problem) throw new Error(problem);
}

/** A confirmation field that must repeat `field`. */
export function sameAs(field: string) {
  return ({ getFieldValue }: { getFieldValue(name: string): unknown }) => ({
    async validator(_: unknown, value: unknown) {
      if (value && value !== getFieldValue(field)) throw new Error(t('password.mismatch'));
    },
  });
}
