import { createKit } from '@/components/kit';

/** The page kit with the aid module's prefix (`aid-field`, `aid-loading`, `aid-timeline-item`…). */
export const { Page, Header, Remote, Loading, LoadFailed, Empty, Field, InfoRow, NavLinks, Timeline } = createKit({
  ns: 'aid',
  line: 'row',
});
