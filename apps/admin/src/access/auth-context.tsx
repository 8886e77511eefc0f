import { ErrorCode, PrincipalType, type Role, type StaffMeResponse } from '@steadywork/shared';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { t } from '../locales';
import * as auth from '../services/auth';
import {
  ApiError,
  setPasswordChangeRequiredHandler,
  setSessionExpiredHandler,
  tokenStore,
  type FieldErrorTarget,
} from '../services/request';

export type AuthStatus = 'loading' | 'signedIn' | 'signedOut';

/** Why the session ended: only an expired one sends the user back where they were. */
export type SignOutReason = 'logout' | 'expired';

export interface AuthValue {
  status: AuthStatus;
  me: StaffMeResponse | null;
  signOutReason: SignOutReason | null;
  login(username: string, password: string, form?: FieldErrorTarget): Promise<StaffMeResponse>;
  /** Revokes the session on the server and goes to the login page. */
  logout(): Promise<void>;
  /** Forgets the session without calling the server (its tokens are already revoked). */
  endSession(): void;
}

const AuthContext = createContext<AuthValue | null>(null);

function notStaffError(): ApiError {
  return new ApiError({ statusCode: 403, error: ErrorCode.FORBIDDEN, message: t('errors.notStaff') });
}

/** Holds the signed-in staff member (GET /auth/me); must sit inside the router. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const hasSession = !!(tokenStore.accessToken || tokenStore.refreshToken);
  const [status, setStatus] = useState<AuthStatus>(hasSession ? 'loading' : 'signedOut');
  const [me, setMe] = useState<StaffMeResponse | null>(null);
  const [signOutReason, setSignOutReason] = useState<SignOutReason | null>(null);
  const navigate = useNavigate();
  const location = useLocation();
  const locationRef = useRef(location);
  locationRef.current = location;

  const signOut = useCallback((reason: SignOutReason) => {
    setMe(null);
    setStatus('signedOut');
    setSignOutReason(reason);
  }, []);

  useEffect(() => {
    setSessionExpiredHandler(() => {
      signOut('expired');
      const from = locationRef.current;
      if (from.pathname !== '/login') navigate('/login', { replace: true, state: { from } });
    });
  }, [navigate, signOut]);

  useEffect(() => {
    // The layout then holds the user on the forced change-password form.
    setPasswordChangeRequiredHandler(() =>
      setMe((current) => (current && !current.mustChangePassword ? { ...current, mustChangePassword: true } : current)),
    );
  }, []);

  useEffect(() => {
    if (!hasSession) return;
    let live = true;
    auth.fetchMe().then(
      (who) => {
        if (!live) return;
        if (who.type === PrincipalType.STAFF) {
          setMe(who);
          setStatus('signedIn');
        } else {
          tokenStore.clear();
          signOut('logout');
        }
      },
      () => live && signOut('expired'),
    );
    return () => {
      live = false;
    };
    // Only once, for the tokens found at start-up.
  }, []);

  const value = useMemo<AuthValue>(
    () => ({
      status,
      me,
      signOutReason,
      async login(username, password, form) {
        await auth.login({ username, password }, form);
        const who = await auth.fetchMe();
        if (who.type !== PrincipalType.STAFF) {
          tokenStore.clear();
          throw notStaffError();
        }
        setMe(who);
        setStatus('signedIn');
        setSignOutReason(null);
        return who;
      },
      async logout() {
        await auth.logout();
        signOut('logout');
        navigate('/login', { replace: true });
      },
      endSession() {
        tokenStore.clear();
        signOut('logout');
        navigate('/login', { replace: true });
      },
    }),
    [status, me, signOutReason, navigate, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth() outside <AuthProvider>');
  return ctx;
}

/** `access` undefined or empty: any signed-in staff member. */
export function canAccess(access: readonly Role[] | undefined, roles: readonly Role[]): boolean {
  return !access?.length || access.some((role) => roles.includes(role));
}

export function useHasRole(...wanted: Role[]): boolean {
  const { me } = useAuth();
  return !!me && wanted.some((role) => me.roles.includes(role));
}
