import { GlobalOutlined } from '@ant-design/icons';
import { LANGUAGE_NAMES } from '@steadywork/shared';
import { chooseLanguage, CONSOLE_LANGUAGES, currentLanguage, t } from '../locales';

/**
 * The login page's language choice: the other languages as plain buttons, each named in itself.
 * Plain elements keep the login page's first load small (the header has the full dropdown).
 */
export function LanguageLinks() {
  const language = currentLanguage();
  return (
    <nav aria-label={t('header.language')} data-testid="language-links" style={{ display: 'flex', gap: 12 }}>
      <GlobalOutlined aria-hidden style={{ color: '#595959', alignSelf: 'center' }} />
      {CONSOLE_LANGUAGES.filter((l) => l !== language).map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          onClick={() => chooseLanguage(l)}
          style={{ border: 0, background: 'none', padding: 0, color: '#c8161d', cursor: 'pointer', fontSize: 14 }}
        >
          {LANGUAGE_NAMES[l]}
        </button>
      ))}
    </nav>
  );
}
