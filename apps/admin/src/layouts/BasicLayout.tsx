import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { ProLayout } from '@ant-design/pro-components';
import { Dropdown, Spin, Typography } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useAuth } from '../access/auth-context';
import { ChangePasswordModal } from '../components/ChangePasswordModal';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { Logo } from '../components/Logo';
import { currentLanguage, t } from '../locales';
import { menuFor, menuKeyOf, routeOf } from '../routes';

/** The signed-in frame: a menu that follows the user's roles, the user, their organisation. */
export default function BasicLayout() {
  const { me, logout } = useAuth();
  const location = useLocation();
  const [passwordOpen, setPasswordOpen] = useState(false);

  const route = routeOf(location.pathname);
  useEffect(() => {
    document.title = route ? `${t(route.name)} - ${t('app.title')}` : t('app.title');
  }, [route]);

  if (!me) return null;
  return (
    <ProLayout
      title={t('app.shortTitle')}
      logo={<Logo />}
      layout="mix"
      fixSiderbar
      fixedHeader
      // English menu names are longer than Chinese ones
      siderWidth={currentLanguage() === 'en' ? 248 : 208}
      location={{ pathname: location.pathname }}
      selectedKeys={[menuKeyOf(location.pathname) ?? location.pathname]}
      route={{ path: '/', routes: menuFor(me.roles) }}
      menu={{ locale: false }}
      menuItemRender={(item, dom) => (item.path ? <Link to={item.path}>{dom}</Link> : dom)}
      onMenuHeaderClick={() => undefined}
      actionsRender={() => [
        <Typography.Text key="org" type="secondary" data-testid="current-org">
          {me.organization.name}
        </Typography.Text>,
        <LanguageSwitch key="language" />,
      ]}
      avatarProps={{
        icon: <UserOutlined />,
        size: 'small',
        title: <span data-testid="current-user">{me.displayName}</span>,
        render: (_, dom) => (
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'password', icon: <KeyOutlined />, label: t('header.changePassword') },
                { type: 'divider' },
                { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout') },
              ],
              onClick: ({ key }) => {
                if (key === 'password') setPasswordOpen(true);
                if (key === 'logout') void logout();
              },
            }}
          >
            <span style={{ cursor: 'pointer' }}>{dom}</span>
          </Dropdown>
        ),
      }}
    >
      <Suspense fallback={<Spin style={{ display: 'block', margin: '96px auto' }} />}>
        <Outlet />
      </Suspense>
      <ChangePasswordModal
        open={passwordOpen || me.mustChangePassword}
        forced={me.mustChangePassword}
        onClose={() => setPasswordOpen(false)}
      />
    </ProLayout>
  );
}
