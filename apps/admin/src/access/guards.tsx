import type { Role } from '@steadywork/shared';
import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ForbiddenPage } from '../pages/exception';
import { canAccess, useAuth } from './auth-context';

/** Sends a visitor without a session to /login, remembering where they were going. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status, signOutReason } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <Spin fullscreen />;
  if (status === 'signedOut') {
    return <Navigate to="/login" replace state={signOutReason === 'logout' ? null : { from: location }} />;
  }
  return <>{children}</>;
}

/** Renders 403 in place when none of the user's roles may open the page. */
export function RequireAccess({ access, children }: { access?: readonly Role[]; children: ReactNode }) {
  const { me } = useAuth();
  if (!me || !canAccess(access, me.roles)) return <ForbiddenPage />;
  return <>{children}</>;
}
