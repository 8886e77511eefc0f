import type { LabelTranslations } from '@steadywork/shared';

/** Shared messages the mini-program shows that are not enum labels, in Tibetan. */
export const MINI_LABELS_BO: LabelTranslations = {
  RESIDENT_ID_PROBLEM_MESSAGES: {
    length: 'ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས་ནི་གྲངས་ 18 ཡིན་དགོས།',
    format: 'ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས་ཀྱི་རྣམ་གཞག་ནོར་འདུག (སྔོན་མའི་གྲངས་ 17 གྲངས་ཀ་དང་། མཇུག་མ་གྲངས་ཀའམ་ X ཡིན་དགོས།)',
    birthDate: 'ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས་ནང་གི་སྐྱེས་ཚེས་ནོར་འདུག',
    checkDigit: 'ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས་ནོར་འདུག ཐོབ་ཐང་ལག་ཁྱེར་དང་བསྡུར་ནས་གྲངས་རེ་རེ་བཞིན་ཞིབ་བཤེར་གནང་རོགས།',
  },
};
