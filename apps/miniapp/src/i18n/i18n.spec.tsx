import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AID_STATUS_LABELS, AidApplicationStatus, PrincipalType } from '@steadywork/shared';
import { fakeApi } from '../../test/fake-api';
import {
  getSystemInfoSync,
  resetTaro,
  setNavigationBarTitle,
  setStorageSync,
  setTabBarItem,
  storage,
} from '../../test/mocks/taro';
import { t } from '@/locales';
import { aidText } from '@/packages/aid/locales';
import { kitText } from '@/components/kit';
import { formatDateTime, formatPeriod } from '@/packages/aid/aid-model';
import { request } from '@/services/request';
import { tokenStorage } from '@/services/token-storage';
import HomePage from '@/pages/index/index';
import MePage from '@/pages/me/index';
import { forgetLanguage, getLanguage, setLanguage } from './index';
import { forgetElderMode, isElderMode } from './elder';
import { formatCalendarDate, formatDate, formatNumber } from './format';
import { setUpLanguage } from './setup';

const WORKER = {
  type: PrincipalType.WORKER,
  id: 1,
  openidMasked: 'bro***ker',
  nameMasked: '卓**金',
  createdAt: '2026-11-23T08:00:00.000Z',
};

/** Han characters: none may be left on a page in Tibetan or English but names and kept terms. */
const HAN = /[\u3400-\u9fff]/;
/** A kept term: the Chinese in brackets beside a Tibetan one without a settled rendering, "(适老化)". */
const KEPT_TERM = /\([\u3400-\u9fff]+\)/g;

beforeAll(() => setUpLanguage());

beforeEach(() => {
  resetTaro();
  forgetLanguage();
  forgetElderMode();
  tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
});

afterEach(() => {
  storage.clear();
  forgetLanguage();
  forgetElderMode();
});

describe('the language', () => {
  it('follows the phone’s language on the first visit: Tibetan, English, else Chinese', () => {
    getSystemInfoSync.mockReturnValue({ language: 'bo', platform: 'devtools' });
    expect(getLanguage()).toBe('bo');
    forgetLanguage();
    getSystemInfoSync.mockReturnValue({ language: 'en_US', platform: 'devtools' });
    expect(getLanguage()).toBe('en');
    forgetLanguage();
    getSystemInfoSync.mockReturnValue({ language: 'zh_CN', platform: 'devtools' });
    expect(getLanguage()).toBe('zh-CN');
    forgetLanguage();
    getSystemInfoSync.mockReturnValue({ language: 'fr', platform: 'devtools' });
    expect(getLanguage()).toBe('zh-CN');
    forgetLanguage();
    getSystemInfoSync.mockImplementation(() => {
      throw new Error('getSystemInfoSync:fail');
    });
    expect(getLanguage()).toBe('zh-CN');
  });

  it('remembers the worker’s choice over the phone’s language on the next visit', () => {
    getSystemInfoSync.mockReturnValue({ language: 'en', platform: 'devtools' });
    setLanguage('bo');
    expect(storage.get('steadywork.language')).toBe('bo');
    forgetLanguage(); // the next visit
    expect(getLanguage()).toBe('bo');
    expect(t.tabs.me).toBe('ང་རང་།');
  });

  it('reads every catalogue in the current language at the moment it is read', () => {
    const m = aidText.form; // an alias taken before the switch follows it too
    expect(m.submit).toBe('提交申请');
    setLanguage('bo');
    expect(m.submit).toBe('རེ་ཞུ་འབུལ་བ།');
    expect(kitText.retry).toBe('ཡང་བསྐྱར་ནང་འཇུག');
    expect(t.modules.aid.title).toBe('དཀའ་ངལ་རོགས་སྐྱོར།');
    setLanguage('en');
    expect(m.submit).toBe('Submit application');
    expect(t.errors.network).toBe('No connection; check your network and try again');
  });

  it('reads the shared enum labels in the language (the 221 statuses)', () => {
    expect(AID_STATUS_LABELS[AidApplicationStatus.SUBMITTED]).toMatch(/[\u4e00-\u9fff]/);
    setLanguage('bo');
    expect(AID_STATUS_LABELS[AidApplicationStatus.SUBMITTED]).toMatch(/[\u0f00-\u0fff]/);
    setLanguage('en');
    expect(AID_STATUS_LABELS[AidApplicationStatus.SUBMITTED]).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe('Accept-Language', () => {
  it('sends the current language with every API request', async () => {
    const sent = fakeApi(() => ({ statusCode: 200, data: {} }));
    await request('/auth/me');
    setLanguage('bo');
    await request('/aid/programs/mine');
    setLanguage('en');
    await request('/aid/applications', { method: 'POST', data: {}, header: { 'Idempotency-Key': 'k' } });
    expect(sent.map((req) => (req.header as Record<string, string>)['Accept-Language'])).toEqual(['zh-CN', 'bo', 'en']);
    expect(sent[2].header).toMatchObject({ 'Idempotency-Key': 'k', Authorization: 'Bearer access-1' });
  });
});

describe('dates and numbers', () => {
  it('writes a date in each language’s way, digits Arabic', () => {
    expect(formatCalendarDate('2026-11-23', 'zh-CN')).toBe('2026-11-23');
    expect(formatCalendarDate('2026-11-23', 'bo')).toBe('2026 ལོའི་ཟླ་ 11 ཚེས་ 23');
    expect(formatCalendarDate('2026-03-01', 'en')).toBe('1 Mar 2026');
    // an instant is the date in Asia/Shanghai
    expect(formatDate('2026-11-23T17:00:00Z', 'bo')).toBe('2026 ལོའི་ཟླ་ 11 ཚེས་ 24');
    expect(formatNumber(1234567.5, 2)).toBe('1,234,567.50');
  });

  it('writes the 221 pages’ times and periods in the current language', () => {
    expect(formatDateTime('2026-11-23T08:05:00Z')).toBe('2026-11-23 16:05');
    expect(formatPeriod('2026-03-01T00:00:00+08:00', '2026-06-01T00:00:00+08:00')).toBe('2026-03-01 至 2026-05-31');
    setLanguage('bo');
    expect(formatDateTime('2026-11-23T08:05:00Z')).toBe('2026 ལོའི་ཟླ་ 11 ཚེས་ 23 16:05');
    expect(formatPeriod('2026-03-01T00:00:00+08:00', '2026-06-01T00:00:00+08:00')).toBe(
      '2026 ལོའི་ཟླ་ 3 ཚེས་ 1 ནས་ 2026 ལོའི་ཟླ་ 5 ཚེས་ 31 བར།',
    );
    setLanguage('en');
    expect(formatPeriod('2026-03-01T00:00:00+08:00', '2026-06-01T00:00:00+08:00')).toBe('1 Mar 2026 to 31 May 2026');
  });
});

describe('我的 › 语言与显示', () => {
  it('switches the page, its title and the tab bar to Tibetan and back, and remembers it', async () => {
    fakeApi(() => ({ statusCode: 200, data: WORKER }));
    render(<MePage />);
    await waitFor(() => expect(document.querySelector('.me-name')?.textContent).toBe('卓**金'));
    expect(screen.getByText('我的帮扶申请')).toBeTruthy();
    expect(setNavigationBarTitle).toHaveBeenLastCalledWith({ title: '我的' });
    expect(document.querySelector('.me')?.className).toContain('lang-zh-CN');

    fireEvent.click(screen.getByTestId('me-language-bo'));

    await waitFor(() => expect(screen.getByText('ངའི་རོགས་སྐྱོར་རེ་ཞུ།')).toBeTruthy());
    expect(document.querySelector('.me')?.className).toContain('lang-bo');
    expect(screen.getByText('2026 ལོའི་ཟླ་ 11 ཚེས་ 23')).toBeTruthy();
    expect(setNavigationBarTitle).toHaveBeenLastCalledWith({ title: 'ང་རང་།' });
    expect(setTabBarItem).toHaveBeenCalledWith({ index: 0, text: 'མདུན་ངོས།' });
    expect(setTabBarItem).toHaveBeenCalledWith({ index: 1, text: 'ང་རང་།' });
    expect(storage.get('steadywork.language')).toBe('bo');
    expect(screen.getByTestId('me-language-bo').getAttribute('aria-checked')).toBe('true');
    // nothing Chinese is left but the worker's name and the language switch's own 中文
    const text = (document.querySelector('.me')?.textContent ?? '')
      .replace('卓**金', '')
      .replace('中文', '')
      .replace(KEPT_TERM, '');
    expect(text).not.toMatch(HAN);

    fireEvent.click(screen.getByTestId('me-language-en'));
    await waitFor(() => expect(screen.getByText('My aid applications')).toBeTruthy());
    fireEvent.click(screen.getByTestId('me-language-zh-CN'));
    await waitFor(() => expect(screen.getByText('我的帮扶申请')).toBeTruthy());
    expect(storage.get('steadywork.language')).toBe('zh-CN');
  });

  it('turns elder-friendly mode on and off, remembered; the home then shows the four main tasks', async () => {
    fakeApi(() => ({ statusCode: 200, data: WORKER }));
    const me = render(<MePage />);
    await waitFor(() => expect(document.querySelector('.me-name')?.textContent).toBe('卓**金'));
    expect(screen.getByTestId('me-elder').getAttribute('aria-checked')).toBe('false');

    fireEvent.click(screen.getByTestId('me-elder'));

    expect(screen.getByTestId('me-elder').getAttribute('aria-checked')).toBe('true');
    expect(document.querySelector('.me')?.className).toContain('elder');
    expect(storage.get('steadywork.elderMode')).toBe(true);
    forgetElderMode(); // the next visit
    expect(isElderMode()).toBe(true);
    me.unmount();

    render(<HomePage />);
    await waitFor(() => expect(document.querySelector('.home-greeting')?.textContent).toBe('您好，卓**金'));
    expect(document.querySelector('.home')?.className).toContain('elder');
    expect(Array.from(document.querySelectorAll('.home-task-title')).map((e) => e.textContent)).toEqual([
      '找工作',
      '困难帮扶',
      '帮扶中心',
      '技能培训',
    ]);
    expect(document.querySelector('.home-grid')).toBeNull();
  });

  it('shows a first-time Tibetan phone the home in Tibetan', async () => {
    setStorageSync('steadywork.language', '');
    getSystemInfoSync.mockReturnValue({ language: 'bo_CN', platform: 'devtools' });
    fakeApi(() => ({ statusCode: 200, data: WORKER }));
    render(<HomePage />);
    await waitFor(() =>
      expect(document.querySelector('.home-greeting')?.textContent).toBe('卓**金 ལགས། བཀྲ་ཤིས་བདེ་ལེགས།'),
    );
    expect(document.querySelector('.home-entry-aid')?.textContent).toContain('དཀའ་ངལ་རོགས་སྐྱོར།');
    const text = (document.querySelector('.home')?.textContent ?? '').replace('卓**金', '');
    expect(text).not.toMatch(HAN);
  });
});
