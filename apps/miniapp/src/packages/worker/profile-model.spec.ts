import { EmploymentStatus, RegionLevel, WorkerTag, type RegionNode } from '@steadywork/shared';
import {
  EMPTY_FORM,
  liveIdProblem,
  mapServerErrors,
  matchesMasked,
  parseSkills,
  regionOptions,
  regionPath,
  toRequest,
  validateForm,
} from './profile-model';

describe('worker profile form model', () => {
  it('splits skills on Chinese and Latin separators, dropping blanks and repeats', () => {
    expect(parseSkills(' 电工，焊工、叉车;电工 , ；')).toEqual(['电工', '焊工', '叉车']);
    expect(parseSkills('')).toEqual([]);
  });

  it('matches a full ID number against its masked form, X in either case', () => {
    expect(matchesMasked('11010519491231002x', '110105********002X')).toBe(true);
    expect(matchesMasked('110105194912310021', '110105********002X')).toBe(false);
    expect(matchesMasked('11010519491231002', '110105********002X')).toBe(false);
  });

  it('reports the ID problem only once 18 characters are typed, or on blur', () => {
    expect(liveIdProblem('', true)).toBeUndefined();
    expect(liveIdProblem('1101051949', false)).toBeUndefined();
    expect(liveIdProblem('1101051949', true)).toBe('身份证号码应为18位');
    expect(liveIdProblem('11010519491231002Y', false)).toBe('身份证号码格式不正确（前17位为数字，末位为数字或X）');
    expect(liveIdProblem('110105194913310021', false)).toBe('身份证号码中的出生日期不正确');
    expect(liveIdProblem('11010519491231002x', false)).toBeUndefined();
  });

  it('mirrors the server rules on names, lengths and tags', () => {
    const form = {
      ...EMPTY_FORM,
      name: '张三1',
      idNumber: '11010519491231002X',
      phone: '13812345678',
      regionCode: '630102',
      employmentStatus: EmploymentStatus.EMPLOYED,
      employer: 'x'.repeat(129),
      skills: Array.from({ length: 21 }, (_, i) => `技能${i}`).join(','),
      trainingNeeds: 'x'.repeat(256),
      tags: [WorkerTag.HARDSHIP],
    };
    expect(validateForm(form)).toEqual({
      name: '姓名只能包含汉字、字母和·',
      employer: '工作单位不能超过128个字符',
      skills: '技能最多填写20项',
      trainingNeeds: '培训需求不能超过255个字符',
      tags: '该标签须由工会认定，不能自行申报',
    });
    expect(
      validateForm({ ...form, name: '阿依古丽·买买提', employer: '', skills: '', trainingNeeds: '', tags: [] }),
    ).toEqual({});
  });

  it('leaves unchosen ethnicity and education out of the body', () => {
    const body = toRequest({
      ...EMPTY_FORM,
      name: '张三',
      idNumber: '11010519491231002x',
      phone: '13812345678',
      regionCode: '630102',
      employmentStatus: EmploymentStatus.FLEXIBLE,
    });
    expect(body).not.toHaveProperty('ethnicity');
    expect(body).not.toHaveProperty('education');
    expect(body).toMatchObject({ idNumber: '11010519491231002X', consent: true, tags: [], skills: [] });
  });

  it("puts the server's details on the form's fields and keeps the rest apart", () => {
    expect(
      mapServerErrors([
        { field: 'skills[3]', message: 'a' },
        { field: 'phone', message: 'b' },
        { field: 'phone', message: 'c' },
        { field: 'consent', message: 'd' },
      ]),
    ).toEqual({ fields: { skills: 'a', phone: 'b' }, other: ['d'] });
  });

  it('offers cities with their counties only, and finds the path of a county', () => {
    const root: RegionNode = {
      code: '630000',
      name: '青海省',
      level: RegionLevel.PROVINCE,
      parentCode: null,
      children: [
        {
          code: '630100',
          name: '西宁市',
          level: RegionLevel.CITY,
          parentCode: '630000',
          children: [{ code: '630102', name: '城东区', level: RegionLevel.COUNTY, parentCode: '630100' }],
        },
        { code: '639900', name: '空市', level: RegionLevel.CITY, parentCode: '630000', children: [] },
      ],
    };
    const options = regionOptions(root);
    expect(options).toEqual([{ value: '630100', text: '西宁市', children: [{ value: '630102', text: '城东区' }] }]);
    expect(regionPath(options, '630102')).toEqual(['630100', '630102']);
    expect(regionPath(options, '630100')).toEqual([]);
    expect(regionPath(options, '')).toEqual([]);
  });
});
