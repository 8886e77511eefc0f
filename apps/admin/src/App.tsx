import { App as AntApp, ConfigProvider, Spin } from 'antd';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { AuthProvider } from './access/auth-context';
import { RequireAccess, RequireAuth } from './access/guards';
import { BASENAME, ROUTER_FUTURE } from './config';
import { currentAntdLocale } from './locales';
import { ForbiddenPage, NotFoundPage } from './pages/exception';
import { routes } from './routes';
import { setErrorNotifier } from './services/request';
import './services/time';
import { ACCESSIBLE_THEME } from './theme';

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

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider
      locale={currentAntdLocale()}
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
