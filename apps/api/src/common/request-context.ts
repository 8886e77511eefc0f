import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from '../auth/principal';

export interface RequestContextData {
  requestId: string | null;
  ip: string | null;
  principal: Principal | null;
}

const storage = new AsyncLocalStorage<RequestContextData>();

/** Per-request data (request id, client IP, caller) reachable from services without threading `req`. */
export const RequestContext = {
  run<T>(data: RequestContextData, fn: () => T): T {
    return storage.run(data, fn);
  },
  current(): RequestContextData | undefined {
    return storage.getStore();
  },
  setPrincipal(principal: Principal): void {
    const store = storage.getStore();
    if (store) store.principal = principal;
  },
};
