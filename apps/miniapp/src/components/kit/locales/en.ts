import type { Translation } from '@steadywork/shared';
import type { kitText } from './zh-CN';

export const kitTextEn: Translation<typeof kitText> = {
  loading: 'Loading…',
  loadFailed: 'Could not load',
  retry: 'Try again',
  loadMore: 'Load more',
  loadingMore: 'Loading…',
  notice: 'Notice',
  confirm: 'OK',
  cancel: 'Cancel',
  fixErrors: 'Please correct the marked fields and submit again',
  none: '—',
};
