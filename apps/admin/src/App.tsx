import { App as AntApp, ConfigProvider, Spin, type ThemeConfig } from 'antd';
// The ES build: `antd/locale/zh_CN` is CommonJS, and its default export arrives wrapped in the bundle.
import zhCN from 'antd/es/locale/zh_CN';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { AuthProvider } from './access/auth-context';
import { RequireAccess, RequireAuth } from './access/guards';
import { BASENAME, ROUTER_FUTURE } from './config';
import { ForbiddenPage, NotFoundPage } from './pages/exception';
import { routes } from './routes';
import { setErrorNotifier } from './services/request';
import './services/time';

// Split by route like the pages (routes.tsx): the first load holds the shell, and the login form or
// the layout with its page arrives when it is shown (`node scripts/admin-size.mjs` prints the sizes).
const LoginPage = lazy(() => import('./pages/login'));
const BasicLayout = lazy(() => import('./layouts/BasicLayout'));

/** Hands antd's contextual `message` to the request layer, which shows every error once. */
function ErrorNotifier() {
  const { message } = AntApp.useApp();
  useEffect(() => {
    // The text as key: the same error from several requests at once shows one toast.
    setErrorNotifier((text) => void message.error({ content: text, key: text }));
  }, [message]);
  return null;
}

/**
 * The console's theme: the union's red, and every text colour at WCAG AA contrast (4.5:1) on the
 * backgrounds it is shown on (white, the layout's and the table header's greys, a tag's tint).
 * antd's defaults fall short for secondary text (45% black, 3.4:1), links (#1677ff, 4.1:1) and the
 * tags' text (green, orange, gold, cyan: about 3:1). docs/accessibility.md
 */
export const ACCESSIBLE_THEME: ThemeConfig = {
  token: {
    colorPrimary: '#c8161d',
    // descriptions, form hints, statistic titles, empty lists, icons: 60% black (5.7:1 on white)
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    // links: antd's blue one step darker (6.2:1)
    colorLink: '#0958d9',
    // error text and danger buttons: antd's red one step darker (5.6:1)
    colorError: '#cf1322',
    // placeholders (the multiple select's is text on the page): 55% black (4.7:1)
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  },
  components: {
    // an empty table's text ("暂无…") is drawn in the disabled colour (25% black, 1.8:1)
    Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
    // a tag's text on its own tint: each colour one step darker than antd's (5:1 and more)
    Tag: {
      colorSuccess: '#237804',
      colorWarning: '#ad4e00',
      colorError: '#cf1322',
      colorInfo: '#0958d9',
      green7: '#237804',
      gold7: '#874d00',
      orange7: '#ad4e00',
      cyan7: '#006d75',
      lime7: '#3f6600',
      volcano7: '#ad2102',
      yellow7: '#876800',
    },
  },
};

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider
      locale={zhCN}
      theme={ACCESSIBLE_THEME}
      // "登录", not "登 录": button labels stay exactly as written (and as tests look for them).
      button={{ autoInsertSpace: false }}
    >
      <AntApp message={{ maxCount: 3 }}>
        <ErrorNotifier />
        {children}
      </AntApp>
    </ConfigProvider>
  );
}

/** Everything inside the router: the session, the login page and the guarded pages. */
export function AppRoutes() {
  return (
    <AuthProvider>
      <Suspense fallback={<Spin style={{ display: 'block', margin: '96px auto' }} />}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route
            element={
              <RequireAuth>
                <BasicLayout />
              </RequireAuth>
            }
          >
            {routes.map(({ path, access, component: Page }) => (
              <Route
                key={path}
                path={path}
                element={
                  <RequireAccess access={access}>
                    <Page />
                  </RequireAccess>
                }
              />
            ))}
            <Route path="/403" element={<ForbiddenPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </Suspense>
    </AuthProvider>
  );
}

export default function App() {
  return (
    <AppProviders>
      <BrowserRouter basename={BASENAME} future={ROUTER_FUTURE}>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  );
}
