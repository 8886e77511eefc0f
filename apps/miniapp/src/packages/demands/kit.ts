import { createKit } from '@/components/kit';

/** The page kit with the demands module's prefix (`demands-field`, `demands-loading`…). */
export const { Page, Remote, Empty, Field, OptionChips, InfoRow, Timeline } = createKit({ ns: 'demands' });
