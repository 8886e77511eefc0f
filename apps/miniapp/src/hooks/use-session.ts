import { useCallback, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { MeResponse } from '@steadywork/shared';
import { fetchMe } from '@/services/auth';
import { showError } from '@/services/feedback';
import { goToLogin } from '@/services/routes';
import { tokenStorage } from '@/services/token-storage';

/** For pages behind login: sends a visitor without a session to login, else loads /auth/me. */
export function useSession(): { me: MeResponse | null; loading: boolean } {
  const [me, setMe] = useState<MeResponse | null>(null);
  const [loading, setLoading] = useState(true);

  const load = useCallback(async () => {
    if (!tokenStorage.hasSession()) {
      goToLogin();
      return;
    }
    setLoading(true);
    try {
      setMe(await fetchMe());
    } catch (err) {
      showError(err);
    } finally {
      setLoading(false);
    }
  }, []);

  useDidShow(() => {
    void load();
  });

  return { me, loading };
}
