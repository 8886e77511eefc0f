import { GlobalOutlined } from '@ant-design/icons';
import { LANGUAGE_NAMES } from '@steadywork/shared';
import { Button, Dropdown } from 'antd';
import { chooseLanguage, CONSOLE_LANGUAGES, currentLanguage, t, type ConsoleLanguage } from '../locales';

/** The globe in the header and on the login page: each language named in itself; choosing one reloads the page in it. */
export function LanguageSwitch() {
  const language = currentLanguage();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [language],
        items: CONSOLE_LANGUAGES.map((l) => ({ key: l, label: <span lang={l}>{LANGUAGE_NAMES[l]}</span> })),
        onClick: ({ key }) => {
          if (key !== language) chooseLanguage(key as ConsoleLanguage);
        },
      }}
    >
      <Button
        type="text"
        size="small"
        icon={<GlobalOutlined />}
        // the name starts with what the button shows (WCAG 2.5.3), then says what it is for
        aria-label={`${LANGUAGE_NAMES[language]} · ${t('header.language')}`}
        data-testid="language-switch"
      >
        {LANGUAGE_NAMES[language]}
      </Button>
    </Dropdown>
  );
}
