import type { Translation } from '@steadywork/shared';
import type { kitText } from './zh-CN';

export const kitTextBo: Translation<typeof kitText> = {
  loading: 'ནང་འཇུག་བྱེད་བཞིན་པ།…',
  loadFailed: 'ནང་འཇུག་མ་ཐུབ།',
  retry: 'ཡང་བསྐྱར་ནང་འཇུག',
  loadMore: 'དེ་ལས་མང་བ་ནང་འཇུག',
  loadingMore: 'ནང་འཇུག་བྱེད་བཞིན་པ།…',
  notice: 'དྲན་སྐུལ།',
  confirm: 'གཏན་འཁེལ།',
  cancel: 'འདོར་བ།',
  fixErrors: 'མཆན་ལྟར་བཅོས་སྒྲིག་བྱས་རྗེས་ཡང་བསྐྱར་འབུལ་རོགས།',
  none: '—',
};
