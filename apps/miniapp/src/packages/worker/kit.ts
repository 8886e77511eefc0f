import { createKit } from '@/components/kit';

/** The page kit with the registration's prefix (`reg-field`, `reg-loading`…). */
export const { Loading, LoadFailed, Field } = createKit({ ns: 'reg' });
