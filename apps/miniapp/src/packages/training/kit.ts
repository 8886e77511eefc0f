import { createKit } from '@/components/kit';

/** The page kit with the training module's prefix (`training-field`, `training-loading`…). */
export const { Page, Header, Remote, Loading, LoadFailed, Empty, LoadMore, Field, OptionChips, InfoRow, NavLinks } =
  createKit({
    ns: 'training',
  });
