import { FIELD_RULES, ruleMessage } from './rules';

describe('shared field rules', () => {
  const accepts = (rule: keyof typeof FIELD_RULES, value: string) => FIELD_RULES[rule].pattern.test(value);

  it('accepts the contact numbers staff type and refuses text', () => {
    for (const phone of ['0971-8123456', '13997001234', '+86 971 8123456', '12351', '(0971)6123456'])
      expect(accepts('contactPhone', phone)).toBe(true);
    for (const phone of ['', '1234', 'call me', '0971-8123456 转 8', '1'.repeat(33)])
      expect(accepts('contactPhone', phone)).toBe(false);
  });

  it('takes dates as YYYY-MM-DD only', () => {
    expect(accepts('date', '2026-12-07')).toBe(true);
    for (const date of ['2026-1-7', '2026/12/07', '20261207', '2026-12-07T00:00:00Z'])
      expect(accepts('date', date)).toBe(false);
  });

  it('takes names in Chinese, Latin letters and the middle dot', () => {
    for (const name of ['卓玛央金', '阿依古丽·买买提', 'Tashi Dorje']) expect(accepts('personName', name)).toBe(true);
    for (const name of ['张三1', '<script>', '李四;']) expect(accepts('personName', name)).toBe(false);
  });

  it('keeps region codes, keys, user names and six-digit codes to their shapes', () => {
    expect(accepts('regionCode', '630102')).toBe(true);
    expect(accepts('regionCode', '63010')).toBe(false);
    expect(accepts('key', 'income_proof')).toBe(true);
    expect(accepts('key', 'Income-Proof')).toBe(false);
    expect(accepts('username', 'xining_reviewer')).toBe(true);
    expect(accepts('username', '1admin')).toBe(false);
    expect(accepts('sixDigits', '048213')).toBe(true);
    expect(accepts('sixDigits', '48213a')).toBe(false);
  });

  it('words a broken rule after the field name', () => {
    expect(ruleMessage(FIELD_RULES.contactPhone, '联系电话')).toBe('联系电话格式不正确');
    expect(ruleMessage(FIELD_RULES.date, '计划裁员日期')).toBe('计划裁员日期格式应为 YYYY-MM-DD');
  });
});
