import { discriminatoryTermIn } from './jobs';

describe('discriminatory terms in a posting (就业促进法 art. 3, 26–31)', () => {
  it.each([
    ['电焊工（限男性）', '限男性'],
    ['仅限女性，形象好', '仅限女性'],
    ['只招男生', '只招男生'],
    ['男性优先', '男性优先'],
    ['仅限汉族', '仅限汉族'],
    ['藏族除外', '藏族除外'],
    ['限本地户籍', '限本地户籍'],
    ['高薪诚聘焊工', '高薪'],
    ['培训后保录', '保录'],
  ])('finds a term in “%s”', (text, term) => {
    expect(discriminatoryTermIn(text)).toBe(term);
  });

  it.each(['电焊工', '持焊工证，能适应倒班', '男女不限', '民族团结进步示范企业', '月薪 4500-6500 元，缴纳五险'])(
    'passes “%s”',
    (text) => {
      expect(discriminatoryTermIn(text)).toBeNull();
    },
  );
});
