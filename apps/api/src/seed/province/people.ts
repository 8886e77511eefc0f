import { SeededRandom } from './random';

/** The peoples of Qinghai the demo draws, as 民族 values of the registration form. */
export type Ethnicity = '汉族' | '藏族' | '回族' | '土族' | '撒拉族' | '蒙古族';

/**
 * Who lives where, roughly: by prefecture (the first four digits of a county's code), with the
 * autonomous counties that differ from their prefecture.
 */
const BY_PREFECTURE: Record<string, [Ethnicity, number][]> = {
  '6301': [
    ['汉族', 70],
    ['回族', 16],
    ['藏族', 6],
    ['土族', 4],
    ['蒙古族', 2],
    ['撒拉族', 2],
  ],
  '6302': [
    ['汉族', 55],
    ['回族', 18],
    ['土族', 12],
    ['藏族', 8],
    ['撒拉族', 7],
  ],
  '6322': [
    ['汉族', 35],
    ['藏族', 25],
    ['回族', 25],
    ['蒙古族', 10],
    ['土族', 5],
  ],
  '6323': [
    ['藏族', 72],
    ['汉族', 10],
    ['蒙古族', 8],
    ['回族', 5],
    ['土族', 5],
  ],
  '6325': [
    ['藏族', 60],
    ['汉族', 25],
    ['回族', 10],
    ['土族', 3],
    ['蒙古族', 2],
  ],
  '6326': [
    ['藏族', 90],
    ['汉族', 8],
    ['回族', 2],
  ],
  '6327': [
    ['藏族', 95],
    ['汉族', 4],
    ['回族', 1],
  ],
  '6328': [
    ['汉族', 60],
    ['蒙古族', 15],
    ['藏族', 12],
    ['回族', 10],
    ['土族', 3],
  ],
};

const BY_COUNTY: Record<string, [Ethnicity, number][]> = {
  '630121': [
    ['汉族', 50],
    ['回族', 30],
    ['土族', 15],
    ['藏族', 5],
  ], // 大通回族土族自治县
  '630223': [
    ['汉族', 55],
    ['土族', 30],
    ['藏族', 10],
    ['回族', 5],
  ], // 互助土族自治县
  '630224': [
    ['回族', 50],
    ['汉族', 25],
    ['藏族', 20],
    ['撒拉族', 5],
  ], // 化隆回族自治县
  '630225': [
    ['撒拉族', 62],
    ['藏族', 20],
    ['回族', 10],
    ['汉族', 8],
  ], // 循化撒拉族自治县
  '632324': [
    ['蒙古族', 85],
    ['藏族', 12],
    ['汉族', 3],
  ], // 河南蒙古族自治县
};

export function ethnicityFor(rng: SeededRandom, countyCode: string): Ethnicity {
  const table = BY_COUNTY[countyCode] ?? BY_PREFECTURE[countyCode.slice(0, 4)] ?? BY_PREFECTURE['6301'];
  return rng.weighted(table);
}

const HAN_SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '马',
  '孙',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '罗',
  '祁',
  '韩',
  '魏',
  '谢',
  '徐',
  '周',
  '吴',
  '贾',
  '苏',
  '任',
  '曹',
  '白',
  '汪',
  '蒲',
  '宋',
];
const HAN_GIVEN: Record<'M' | 'F', string[]> = {
  M: [
    '建国',
    '志强',
    '永福',
    '海军',
    '国庆',
    '文斌',
    '得贵',
    '有才',
    '明',
    '军',
    '伟',
    '磊',
    '涛',
    '鹏',
    '俊杰',
    '宏伟',
    '生福',
    '成林',
    '晓东',
    '振华',
    '子涵',
    '浩然',
    '宇航',
    '德明',
    '玉林',
    '金山',
    '世龙',
    '云飞',
  ],
  F: [
    '秀英',
    '玉兰',
    '桂花',
    '海燕',
    '丽娟',
    '晓梅',
    '春燕',
    '淑芳',
    '红霞',
    '娟',
    '静',
    '敏',
    '芳',
    '婷婷',
    '雪梅',
    '小琴',
    '艳',
    '玉梅',
    '文静',
    '梓涵',
    '欣怡',
    '佳琪',
    '金花',
    '秀兰',
    '永梅',
    '彩霞',
  ],
};
const HUI_SURNAMES = ['马', '马', '马', '韩', '冶', '妥', '喇', '白', '沙', '海', '哈', '穆', '杨', '李', '铁'];
const HUI_GIVEN: Record<'M' | 'F', string[]> = {
  M: [
    '福祥',
    '忠良',
    '有福',
    '国忠',
    '生俊',
    '学武',
    '文华',
    '尔撒',
    '努海',
    '哈桑',
    '伊斯哈',
    '永录',
    '占林',
    '成虎',
    '海龙',
    '明德',
  ],
  F: ['秀兰', '玉梅', '海英', '阿依舍', '法图麦', '秀花', '麦燕', '凤英', '小兰', '桂兰', '玉花', '尕麦'],
};
const SALAR_SURNAMES = ['韩', '韩', '韩', '马', '马', '撒', '沈', '陕'];
const SALAR_GIVEN: Record<'M' | 'F', string[]> = {
  M: ['乙四夫', '阿西木', '伊卜拉', '努海', '尕布', '伊布拉欣', '穆萨', '尔撒', '阿卜都', '哈如尼', '艾力', '忠良'],
  F: ['法图麦', '阿依舍', '索菲耶', '尕麦', '海力且', '艳麦', '阿米乃', '麦日燕'],
};
const TIBETAN_PARTS: Record<'M' | 'F', string[]> = {
  M: [
    '才让',
    '扎西',
    '多杰',
    '索南',
    '旦增',
    '尼玛',
    '公保',
    '更登',
    '桑杰',
    '仁青',
    '才旦',
    '东智',
    '加措',
    '华旦',
    '久美',
    '闹吾',
    '昂秀',
    '完玛',
    '贡却',
    '拉加',
    '当周',
    '却吉',
    '南杰',
    '洛桑',
  ],
  F: [
    '卓玛',
    '拉毛',
    '措吉',
    '央金',
    '德吉',
    '周毛',
    '娘吉',
    '才措',
    '卓嘎',
    '拉姆',
    '吉毛',
    '旦措',
    '仁青措',
    '白毛',
    '卓玛吉',
    '多杰措',
  ],
};
const TU_SURNAMES = ['李', '祁', '吕', '鲁', '星', '董', '胡', '朱', '席', '秦'];
const MONGOL_NAMES: Record<'M' | 'F', string[]> = {
  M: [
    '巴特尔',
    '巴图孟和',
    '那木吉拉',
    '额尔德尼',
    '朝鲁',
    '德力格尔',
    '苏和',
    '宝音',
    '青格乐',
    '图门',
    '巴雅尔',
    '孟克',
    '道吉',
    '才仁',
  ],
  F: ['其其格', '乌兰其其格', '娜仁花', '斯琴高娃', '萨仁', '其木格', '托雅', '高娃', '乌云', '格日勒', '才吉', '索拉'],
};

/** A name as people of that nation in Qinghai bear it. */
export function personName(rng: SeededRandom, ethnicity: Ethnicity, sex: 'M' | 'F'): string {
  switch (ethnicity) {
    case '藏族':
      // Tibetan names have no surname: usually two names of two characters
      return rng.chance(0.2) ? `${rng.pick(TIBETAN_PARTS.M)}${rng.pick(TIBETAN_PARTS[sex])}` : twoPart(rng, sex);
    case '回族':
      return `${rng.pick(HUI_SURNAMES)}${rng.pick(HUI_GIVEN[sex])}`;
    case '撒拉族':
      return `${rng.pick(SALAR_SURNAMES)}${rng.pick(SALAR_GIVEN[sex])}`;
    case '土族':
      // a Chinese surname with a Chinese or a Tibetan given name
      return `${rng.pick(TU_SURNAMES)}${rng.chance(0.5) ? rng.pick(HAN_GIVEN[sex]) : rng.pick(TIBETAN_PARTS[sex])}`;
    case '蒙古族':
      // in Qinghai many Mongols bear Tibetan names
      return rng.chance(0.65) ? rng.pick(MONGOL_NAMES[sex]) : twoPart(rng, sex);
    case '汉族':
      return `${rng.pick(HAN_SURNAMES)}${rng.pick(HAN_GIVEN[sex])}`;
  }
}

function twoPart(rng: SeededRandom, sex: 'M' | 'F'): string {
  const first = rng.pick(TIBETAN_PARTS[sex === 'F' && rng.chance(0.5) ? 'F' : 'M']);
  let second = rng.pick(TIBETAN_PARTS[sex]);
  while (second === first) second = rng.pick(TIBETAN_PARTS[sex]);
  return first.length + second.length > 5 ? second : `${first}${second}`;
}

const MOBILE_PREFIXES = [
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '157',
  '158',
  '159',
  '177',
  '180',
  '181',
  '182',
  '183',
  '187',
  '188',
  '189',
  '191',
  '199',
];

/** An 11-digit mainland mobile number (1[3-9]…). */
export function mobileNumber(rng: SeededRandom): string {
  return `${rng.pick(MOBILE_PREFIXES)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
}
