import { Role } from '@steadywork/shared';
import { screen, waitFor } from '@testing-library/react';
import { route } from '../../test/fake-api';
import { LANGUAGE_STORAGE_KEY } from './language';
import { currentLanguage, loadLanguage, preferredLanguage, t } from './index';

type AppHelpers = typeof import('../../test/app');

/** Chinese characters in what the page shows, the fixture's data values (names, places) taken out. */
function chineseShown(dataValues: (string | null)[]): string[] {
  let text = document.body.textContent ?? '';
  for (const v of dataValues) if (v) text = text.split(v).join(' ');
  return text.match(/[\u4e00-\u9fff]+/g) ?? [];
}

function browserAsks(language: string) {
  Object.defineProperty(window.navigator, 'language', { value: language, configurable: true });
  Object.defineProperty(window.navigator, 'languages', { value: [language], configurable: true });
}

describe('the console’s language on first visit and after a choice', () => {
  beforeEach(() => localStorage.clear());

  it('follows the browser on a first visit: English for English, Chinese for anything else', () => {
    browserAsks('en-GB');
    expect(preferredLanguage()).toBe('en');
    browserAsks('zh-CN');
    expect(preferredLanguage()).toBe('zh-CN');
    browserAsks('bo-CN'); // Tibetan is the mini-program's; the console shows Chinese
    expect(preferredLanguage()).toBe('zh-CN');
    browserAsks('fr-FR');
    expect(preferredLanguage()).toBe('zh-CN');
  });

  it('keeps the language chosen on this browser, whatever the browser asks', () => {
    browserAsks('en-US');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'zh-CN');
    expect(preferredLanguage()).toBe('zh-CN');
    browserAsks('zh-CN');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(preferredLanguage()).toBe('en');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'xx');
    expect(preferredLanguage()).toBe('zh-CN');
  });
});

describe('the console in English', () => {
  let app: AppHelpers;
  beforeAll(async () => {
    await loadLanguage('en');
    // Loaded after the switch, as the built console loads its pages after the language.
    app = await import('../../test/app');
  });
  afterAll(() => loadLanguage('zh-CN'));
  beforeEach(() => localStorage.clear());

  it('switches the catalogue, the shared labels and the document language', () => {
    expect(currentLanguage()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(t('menu.workerList')).toBe('Worker list');
    expect(t('common.required', { field: 'Name' })).toBe('Please enter Name');
  });

  it('shows the layout, its menu and the worker list in English, with no Chinese but the data', async () => {
    const worker = app.aWorker();
    app.signedInAs([Role.REVIEWER], [route('GET', /^\/workers\?/, () => app.pageOf([worker]))]);
    app.renderAt('/workers');

    expect(await screen.findByText('630102********1234', undefined, { timeout: 45_000 })).toBeTruthy();
    expect(screen.getAllByText('Worker list').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Hardship workers').length).toBeGreaterThan(0); // the menu group
    expect(screen.getByText('Register worker')).toBeTruthy();
    expect(screen.getByTestId('language-switch').textContent).toContain('English');
    // ProComponents' own words follow antd's English locale
    expect(screen.getByText(/^\s*Query\s*$/)).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Worker list - SteadyWork · Union Employment Services'));

    const data = [
      worker.name,
      worker.regionName,
      worker.ethnicity,
      ...worker.skills,
      app.chengdongOrg.name,
      '张三', // the signed-in user's name
    ];
    expect(chineseShown(data)).toEqual([]);
  });
});
