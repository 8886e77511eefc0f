import { useRef, useState, type Dispatch, type SetStateAction } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { showError } from '@/services/feedback';
import { goToLogin } from '@/services/routes';
import { tokenStorage } from '@/services/token-storage';

export type RemoteStatus = 'loading' | 'failed' | 'ready';

/**
 * Data a page shows, loaded each time the page shows (so it is fresh after the form) and on
 * pull-down; a visitor without a session goes to login. A reload keeps what is on screen.
 */
export function useRemote<T>(fetch: () => Promise<T>): {
  status: RemoteStatus;
  data: T | null;
  reload: () => Promise<void>;
  setData: Dispatch<SetStateAction<T | null>>;
} {
  const [status, setStatus] = useState<RemoteStatus>('loading');
  const [data, setData] = useState<T | null>(null);
  const loaded = useRef(false);

  const reload = async () => {
    if (!tokenStorage.hasSession()) {
      goToLogin();
      return;
    }
    if (!loaded.current) setStatus('loading');
    try {
      setData(await fetch());
      loaded.current = true;
      setStatus('ready');
    } catch (err) {
      showError(err);
      if (!loaded.current) setStatus('failed');
    }
  };

  useDidShow(() => {
    void reload();
  });

  usePullDownRefresh(() => {
    void reload().finally(() => void Taro.stopPullDownRefresh());
  });

  return { status, data, reload, setData };
}
