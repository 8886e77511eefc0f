import { createKit } from '@/components/kit';

/** The page kit with the centers module's prefix (`centers-field`, `centers-loading`…). */
export const { Page, Header, Remote, Loading, LoadFailed, Empty, LoadMore, Field, OptionChips, InfoRow, NavLinks } =
  createKit({
    ns: 'centers',
  });
