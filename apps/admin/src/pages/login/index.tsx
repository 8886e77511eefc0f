import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { LoginForm, ProFormText } from '@ant-design/pro-components';
import { ErrorCode, type Role } from '@steadywork/shared';
import { Alert, Form, Spin } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, type Location } from 'react-router-dom';
import { canAccess, useAuth } from '../../access/auth-context';
import { LanguageLinks } from '../../components/LanguageLinks';
import { Logo } from '../../components/Logo';
import { t } from '../../locales';
import { routeOf } from '../../routes';
import { ApiError } from '../../services/request';

interface Values {
  username: string;
  password: string;
}

/**
 * Where to go after signing in: the page that sent the user here when their roles open it
 * (another user may sign in on this browser), else the home page.
 */
function targetOf(location: Location, roles: readonly Role[]): string {
  const from = (location.state as { from?: Partial<Location> } | null)?.from;
  const route = from?.pathname ? routeOf(from.pathname) : undefined;
  return route && canAccess(route.access, roles) ? `${route.path}${from?.search ?? ''}` : '/';
}

export default function LoginPage() {
  const { status, me, login } = useAuth();
  const location = useLocation();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<ApiError | null>(null);

  if (status === 'loading') return <Spin fullscreen />;
  if (status === 'signedIn' && me) return <Navigate to={targetOf(location, me.roles)} replace />;

  const locked = error?.error === ErrorCode.ACCOUNT_LOCKED;
  return (
    <div style={{ minHeight: '100vh', background: '#f5f5f5', paddingTop: '12vh', position: 'relative' }}>
      <div style={{ position: 'absolute', top: 16, right: 24 }}>
        <LanguageLinks />
      </div>
      <LoginForm<Values>
        form={form}
        logo={<Logo size={44} />}
        title={t('app.shortTitle')}
        subTitle={t('app.subTitle')}
        submitter={{ searchConfig: { submitText: t('login.submit') } }}
        message={
          error && !error.details?.length ? (
            <Alert
              data-testid="login-error"
              type={locked ? 'warning' : 'error'}
              showIcon
              message={locked ? t('login.locked') : t('login.failed')}
              description={error.message}
              style={{ marginBottom: 24 }}
            />
          ) : null
        }
        onFinish={async (values) => {
          setError(null);
          try {
            // On success the session turns signedIn and this page redirects itself.
            await login(values.username.trim(), values.password, form);
          } catch (e) {
            if (e instanceof ApiError) setError(e);
            else throw e;
          }
        }}
      >
        <ProFormText
          name="username"
          placeholder={t('login.usernamePlaceholder')}
          fieldProps={{ size: 'large', prefix: <UserOutlined />, autoComplete: 'username' }}
          rules={[{ required: true, message: t('common.required', { field: t('login.username') }) }]}
        />
        <ProFormText.Password
          name="password"
          placeholder={t('login.passwordPlaceholder')}
          fieldProps={{ size: 'large', prefix: <LockOutlined />, autoComplete: 'current-password' }}
          rules={[{ required: true, message: t('common.required', { field: t('login.password') }) }]}
        />
      </LoginForm>
    </div>
  );
}
