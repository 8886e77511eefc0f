import { AuditOutlined, HomeOutlined, SafetyOutlined, TeamOutlined } from '@ant-design/icons';
import type { MenuDataItem } from '@ant-design/pro-components';
import { Role } from '@steadywork/shared';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { canAccess } from './access/auth-context';
import { t, type MessageKey } from './locales';

export interface AppRoute {
  path: string;
  /** Menu label and page title. */
  name: MessageKey;
  icon?: ReactNode;
  /** Roles that may open the page; undefined means any signed-in staff member. */
  access?: readonly Role[];
  component: LazyExoticComponent<ComponentType>;
  hideInMenu?: boolean;
}

/** Every console page and who may open it. The API checks the same rules again on each call. */
export const routes: AppRoute[] = [
  {
    path: '/',
    name: 'menu.home',
    icon: <HomeOutlined />,
    component: lazy(() => import('./pages/home')),
  },
  {
    path: '/system/users',
    name: 'menu.users',
    icon: <TeamOutlined />,
    // SECADMIN reads the list to unlock accounts; the page hides what only SYSADMIN may do.
    access: [Role.SYSADMIN, Role.SECADMIN],
    component: lazy(() => import('./pages/system/users')),
  },
  {
    path: '/security/policy',
    name: 'menu.securityPolicy',
    icon: <SafetyOutlined />,
    access: [Role.SECADMIN],
    component: lazy(() => import('./pages/security/policy')),
  },
  {
    path: '/audit',
    name: 'menu.audit',
    icon: <AuditOutlined />,
    access: [Role.AUDITOR],
    component: lazy(() => import('./pages/audit/logs')),
  },
];

/** The menu a user sees: only the pages their roles open. */
export function menuFor(roles: readonly Role[]): MenuDataItem[] {
  return routes
    .filter((route) => !route.hideInMenu && canAccess(route.access, roles))
    .map(({ path, name, icon }) => ({ path, name: t(name), icon }));
}

export function routeOf(pathname: string): AppRoute | undefined {
  return routes.find((route) => route.path === pathname);
}
