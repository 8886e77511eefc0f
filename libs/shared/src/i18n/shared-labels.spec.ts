import { AidApplicationStatus, AID_STATUS_LABELS } from '../aid';
import { WORKER_TAG_LABELS, WorkerTag } from '../workers';
import { registerLabelTranslations, setLabelLanguage } from './labels';
import { SHARED_LABELS_BO } from './labels-bo';
import { SHARED_LABELS_EN } from './labels-en';
import { DEFAULT_LANGUAGE, type Language } from './languages';
import { SHARED_LABELS } from './shared-labels';
import * as shared from '../index';

const TIBETAN = /[\u0F00-\u0FFF]/;
const HAN = /[\u4e00-\u9fa5]/;

describe('shared enum labels in the current language', () => {
  let language: Language = DEFAULT_LANGUAGE;

  beforeAll(() => {
    setLabelLanguage(() => language);
    registerLabelTranslations('bo', SHARED_LABELS_BO);
  });

  afterEach(() => {
    language = DEFAULT_LANGUAGE;
  });

  afterAll(() => {
    setLabelLanguage(() => DEFAULT_LANGUAGE);
    registerLabelTranslations('bo', {});
    registerLabelTranslations('en', {});
  });

  it('collects every exported *_LABELS map under its own name', () => {
    const exported = Object.keys(shared).filter((name) => name.endsWith('_LABELS') && name !== 'SHARED_LABELS');
    expect(Object.keys(SHARED_LABELS).sort()).toEqual(exported.sort());
    expect(exported.length).toBeGreaterThanOrEqual(54);
    expect(SHARED_LABELS.AID_STATUS_LABELS).toBe(AID_STATUS_LABELS);
    expect(Object.keys(SHARED_LABELS).every((name) => name.endsWith('_LABELS'))).toBe(true);
  });

  it('answers in Chinese while the language is Chinese', () => {
    expect(AID_STATUS_LABELS[AidApplicationStatus.SUBMITTED]).toBe('待初审');
    expect(WORKER_TAG_LABELS[WorkerTag.HARDSHIP]).toBe('困难职工');
  });

  it('answers every label of every map in Tibetan once the Tibetan catalogue is registered', () => {
    language = 'bo';
    for (const [name, map] of Object.entries(SHARED_LABELS)) {
      const translated = SHARED_LABELS_BO[name as keyof typeof SHARED_LABELS_BO] as Record<string, string>;
      expect(Object.keys(translated).sort()).toEqual(Object.keys(map).sort());
      for (const [key, label] of Object.entries(map as Record<string, string>)) {
        expect({ name, key, label }).toEqual({ name, key, label: translated[key] });
        expect(label).toMatch(TIBETAN);
      }
    }
    expect(WORKER_TAG_LABELS[WorkerTag.HARDSHIP]).toBe('དཀའ་ངལ་ཅན་གྱི་ལས་བྱེད་པ།');
  });

  it('reads through Object.entries, Object.values, Object.keys and spreading', () => {
    language = 'bo';
    const values = Object.values(AID_STATUS_LABELS);
    expect(values).toHaveLength(Object.keys(AidApplicationStatus).length);
    expect(values.some((v) => HAN.test(v.replace(/\([^)]*\)/g, '')))).toBe(false);
    expect(Object.fromEntries(Object.entries(AID_STATUS_LABELS))).toEqual({ ...AID_STATUS_LABELS });
    expect(Object.keys(AID_STATUS_LABELS)).toEqual(Object.values(AidApplicationStatus));
    expect({ ...AID_STATUS_LABELS }[AidApplicationStatus.PAID]).toBe(
      SHARED_LABELS_BO.AID_STATUS_LABELS[AidApplicationStatus.PAID],
    );
  });

  it('keeps Chinese in a language no catalogue was registered for', () => {
    language = 'en';
    expect(AID_STATUS_LABELS[AidApplicationStatus.SUBMITTED]).toBe('待初审');
    registerLabelTranslations('en', SHARED_LABELS_EN);
    expect(AID_STATUS_LABELS[AidApplicationStatus.SUBMITTED]).toBe('Awaiting first review');
    registerLabelTranslations('en', {});
    expect(AID_STATUS_LABELS[AidApplicationStatus.SUBMITTED]).toBe('待初审');
  });

  it('the English catalogue has every label, with no Chinese left', () => {
    for (const [name, map] of Object.entries(SHARED_LABELS_EN)) {
      expect(Object.keys(map).sort()).toEqual(Object.keys(SHARED_LABELS[name as keyof typeof SHARED_LABELS]).sort());
      for (const label of Object.values(map as Record<string, string>)) expect(label).not.toMatch(HAN);
    }
  });
});
