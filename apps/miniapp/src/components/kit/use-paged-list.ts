import { useRef, useState } from 'react';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { showError } from '@/services/feedback';
import { goToLogin } from '@/services/routes';
import { tokenStorage } from '@/services/token-storage';
import { mergePage } from './merge-page';

/** `preparing`: working out the query (e.g. the worker's location) before the first page is asked for. */
export type ListStatus = 'preparing' | 'loading' | 'failed' | 'ready';

export interface PageSlice<T> {
  items: readonly T[];
  total: number;
}

export interface PagedListOptions<T, Q> {
  /** One page (from 1) of the list for a query. */
  fetchPage: (query: Q, page: number) => Promise<PageSlice<T>>;
  /** The first page, when it may settle on another query (a wider region when the first has nothing). */
  fetchFirst?: (query: Q) => Promise<PageSlice<T> & { query: Q }>;
  /** What a pull-down does; by default the first page of the current query again. */
  onRefresh?: () => Promise<void>;
}

export interface PagedList<T, Q> {
  status: ListStatus;
  /** The query the list shows (or last tried); null before the first. */
  query: Q | null;
  items: T[];
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  /**
   * The first page of `query`, or of the query `prepare` works out (status `preparing` meanwhile;
   * null stops). Only the newest load writes: a filter tapped while a page is on its way wins.
   */
  load: (query: Q | (() => Promise<Q | null>)) => Promise<void>;
  /** The first page of the current query again. */
  reload: () => Promise<void>;
  /** The next page, appended (on reaching the bottom of the page, or by the load-more button). */
  loadMore: () => Promise<void>;
}

interface ListState<T, Q> {
  status: ListStatus;
  query: Q | null;
  items: T[];
  total: number;
  page: number;
}

/**
 * A paged list: the first page on `load`, the next ones on reaching the bottom, all again on
 * pull-down; a visitor without a session goes to login. `Q` is the page's query (filters,
 * location…), never a function.
 */
export function usePagedList<T extends { id: number | string }, Q>(options: PagedListOptions<T, Q>): PagedList<T, Q> {
  const [state, setState] = useState<ListState<T, Q>>({
    status: 'preparing',
    query: null,
    items: [],
    total: 0,
    page: 0,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  // Taro's page hooks and slow answers call back later: they read the state of now, not of their render.
  const current = useRef(state);
  current.current = state;
  const latest = useRef(options);
  latest.current = options;
  const generation = useRef(0);
  const moreInFlight = useRef(false);

  const first = async (query: Q, mine: number) => {
    setState((s) => ({ ...s, status: 'loading', query }));
    try {
      const { fetchFirst, fetchPage } = latest.current;
      const res = fetchFirst ? await fetchFirst(query) : { query, ...(await fetchPage(query, 1)) };
      if (mine !== generation.current) return;
      setState({ status: 'ready', query: res.query, items: [...res.items], total: res.total, page: 1 });
    } catch (err) {
      if (mine !== generation.current) return;
      showError(err);
      setState((s) => ({ ...s, status: 'failed' }));
    }
  };

  const load = async (next: Q | (() => Promise<Q | null>)) => {
    if (!tokenStorage.hasSession()) {
      goToLogin();
      return;
    }
    const mine = ++generation.current;
    let query: Q | null;
    if (typeof next === 'function') {
      setState((s) => ({ ...s, status: 'preparing' }));
      query = await (next as () => Promise<Q | null>)();
      if (query === null || mine !== generation.current) return;
    } else {
      query = next;
    }
    await first(query, mine);
  };

  const reload = async () => {
    const { query } = current.current;
    if (query !== null) await load(query);
  };

  const loadMore = async () => {
    const s = current.current;
    if (s.status !== 'ready' || s.query === null || s.items.length >= s.total || moreInFlight.current) return;
    const mine = generation.current;
    moreInFlight.current = true;
    setLoadingMore(true);
    try {
      const res = await latest.current.fetchPage(s.query, s.page + 1);
      if (mine !== generation.current) return;
      setState((prev) => ({
        ...prev,
        items: mergePage(prev.items, res.items),
        total: res.total,
        page: prev.page + 1,
      }));
    } catch (err) {
      showError(err);
    } finally {
      moreInFlight.current = false;
      setLoadingMore(false);
    }
  };

  usePullDownRefresh(() => {
    void (latest.current.onRefresh ?? reload)().finally(() => void Taro.stopPullDownRefresh());
  });

  useReachBottom(() => {
    void loadMore();
  });

  return {
    status: state.status,
    query: state.query,
    items: state.items,
    total: state.total,
    hasMore: state.status === 'ready' && state.items.length < state.total,
    loadingMore,
    load,
    reload,
    loadMore,
  };
}
