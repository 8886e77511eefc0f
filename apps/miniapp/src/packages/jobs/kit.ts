import { createKit } from '@/components/kit';

/** The page kit with the jobs module's prefix (`jobs-field`, `jobs-loading`…). */
export const { Page, Remote, Loading, LoadFailed, Empty, LoadMore, InfoRow, NavLinks } = createKit({ ns: 'jobs' });
