/** Where the API serves the console; the router and vite's `base` agree on it. */
export const BASENAME = '/admin';
export const LOGIN_URL = `${BASENAME}/login`;

/** React Router v7 behaviour, opted into now (and silences v6's warnings). */
export const ROUTER_FUTURE = { v7_startTransition: true, v7_relativeSplatPath: true } as const;
