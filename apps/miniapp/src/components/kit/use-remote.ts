import { useRef, useState, type Dispatch, type SetStateAction } from 'react';
import Taro, { useDidShow, useLoad, usePullDownRefresh } from '@tarojs/taro';
import { isApiError } from '@/services/api-error';
import { showError } from '@/services/feedback';
import { goToLogin } from '@/services/routes';
import { tokenStorage } from '@/services/token-storage';

export type RemoteStatus = 'loading' | 'failed' | 'ready';

export interface Remote<T> {
  status: RemoteStatus;
  /** null before the first answer, and when the record is not there (`notFound`). */
  data: T | null;
  reload: () => Promise<void>;
  setData: Dispatch<SetStateAction<T | null>>;
}

export interface RemoteOptions {
  /**
   * `show` (default): loaded each time the page shows, so it is fresh after a form or another
   * page changed it; `load`: once, when the page opens (a form that must keep what was typed).
   */
  when?: 'show' | 'load';
  /** A 404 means "not there": `data` becomes null and the page shows its own message. */
  notFound?: boolean;
}

/**
 * What a page shows, fetched when it opens (or shows) and on pull-down; a visitor without a
 * session goes to login. A reload keeps what is on screen: only the first load shows the
 * loading state, and a failed reload only says so in a toast.
 */
export function useRemote<T>(fetch: () => Promise<T>, options: RemoteOptions = {}): Remote<T> {
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
      if (options.notFound && isApiError(err) && err.statusCode === 404) {
        setData(null);
        setStatus('ready');
        return;
      }
      showError(err);
      if (!loaded.current) setStatus('failed');
    }
  };

  const onShow = options.when === 'load' ? useLoad : useDidShow;
  onShow(() => {
    void reload();
  });

  usePullDownRefresh(() => {
    void reload().finally(() => void Taro.stopPullDownRefresh());
  });

  return { status, data, reload, setData };
}
