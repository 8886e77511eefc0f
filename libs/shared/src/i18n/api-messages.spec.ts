import { FIELD_RULES } from '../validators/rules';
import { RESIDENT_ID_PROBLEM_MESSAGES } from '../validators/resident-id';
import { translateApiMessage } from './api-messages';
import { apiMessagesBo } from './bo';
import { apiMessagesEn } from './en';
import { zhCN } from './zh-CN';

const HAN = /[\u4e00-\u9fa5]/;

describe('API message catalogues', () => {
  it('Tibetan and English have the same keys, and cover every constraint, error code and field rule', () => {
    for (const section of ['validation', 'errors', 'rules', 'fields', 'messages', 'templates'] as const) {
      expect(Object.keys(apiMessagesBo[section]).sort()).toEqual(Object.keys(apiMessagesEn[section]).sort());
    }
    expect(Object.keys(apiMessagesBo.validation).sort()).toEqual(Object.keys(zhCN.validation).sort());
    expect(Object.keys(apiMessagesBo.errors).sort()).toEqual(Object.keys(zhCN.errors).sort());
    expect(Object.keys(apiMessagesBo.rules).sort()).toEqual(Object.keys(FIELD_RULES).sort());
  });

  it('templates name the same variable parts on both sides', () => {
    const names = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const catalogue of [apiMessagesBo, apiMessagesEn]) {
      for (const [source, target] of Object.entries(catalogue.templates)) {
        expect({ source, names: names(target) }).toEqual({ source, names: names(source) });
      }
      for (const target of [...Object.values(catalogue.validation), ...Object.values(catalogue.rules)]) {
        expect(names(target)).toEqual(['{field}']);
      }
    }
  });

  it('the English catalogue holds no Chinese except where a term is kept', () => {
    for (const text of [
      ...Object.values(apiMessagesEn.validation),
      ...Object.values(apiMessagesEn.errors),
      ...Object.values(apiMessagesEn.fields),
      ...Object.values(apiMessagesEn.messages),
    ]) {
      expect(text).not.toMatch(HAN);
    }
  });

  it('every ID-number problem has its translation', () => {
    for (const message of Object.values(RESIDENT_ID_PROBLEM_MESSAGES)) {
      expect(translateApiMessage(message, apiMessagesBo)).not.toMatch(HAN);
      expect(translateApiMessage(message, apiMessagesEn)).not.toMatch(HAN);
    }
  });

  it('translates a field and its constraint, in the order of the language', () => {
    expect(translateApiMessage('姓名不能为空', apiMessagesBo)).toBe('མིང་སྟོང་པ་ཡིན་མི་ཆོག');
    expect(translateApiMessage('姓名不能为空', apiMessagesEn)).toBe('Name must not be empty');
    expect(translateApiMessage('手机号码格式不正确', apiMessagesEn)).toBe('Mobile number is not in the right format');
    expect(translateApiMessage('所在地区应为 6 位县级行政区划代码', apiMessagesEn)).toBe(
      'Region must be a 6-digit county code',
    );
  });

  it('keeps a field the catalogue does not know in Chinese, and translates the rest', () => {
    expect(translateApiMessage('开户银行格式不正确', apiMessagesEn)).toBe('开户银行 is not in the right format');
  });

  it('fills templates: numbers kept, labels translated, lists translated one by one', () => {
    expect(translateApiMessage('验证码不正确，还可以再试 3 次', apiMessagesEn)).toBe(
      'The code is wrong; you can try 3 more times',
    );
    expect(translateApiMessage('申请已撤回，不能修改', apiMessagesEn, { 已撤回: 'Withdrawn' })).toBe(
      'The application is withdrawn: it cannot be changed',
    );
    expect(translateApiMessage('申请已撤回，不能修改', apiMessagesBo, { 已撤回: 'ཕྱིར་བསྡུས་ཟིན།' })).toBe(
      'རེ་ཞུའི་གནས་སྟངས་ “ཕྱིར་བསྡུས་ཟིན” ཡིན་པས་བཟོ་བཅོས་བྱེད་མི་ཆོག',
    );
    expect(translateApiMessage('请求参数有误：姓名不能为空；身份证号码应为18位', apiMessagesBo)).toBe(
      'རེ་ཞུའི་ཆ་འཕྲིན་ནོར་འདུག མིང་སྟོང་པ་ཡིན་མི་ཆོག ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས་ནི་ཨང་ 18 ཡིན་དགོས།',
    );
    expect(translateApiMessage('申请不存在', apiMessagesBo)).toBe('རེ་ཞུ་མི་འདུག');
  });

  it('leaves a message it does not know as it is', () => {
    expect(translateApiMessage('名额不能少于已通过复审的人数', apiMessagesBo)).toBe('名额不能少于已通过复审的人数');
  });
});
