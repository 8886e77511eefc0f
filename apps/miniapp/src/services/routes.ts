import Taro from '@tarojs/taro';

export const routes = {
  home: '/pages/index/index',
  me: '/pages/me/index',
  login: '/pages/login/index',
  aid: '/packages/aid/pages/index',
  centers: '/packages/centers/pages/index',
  training: '/packages/training/pages/index',
  workerProfile: '/packages/worker/pages/profile',
} as const;

export type Route = (typeof routes)[keyof typeof routes];

function currentRoute(): string | undefined {
  const pages = Taro.getCurrentPages();
  const route = pages[pages.length - 1]?.route;
  return route ? `/${route.replace(/^\//, '').split('?')[0]}` : undefined;
}

/** Sends the user to the login page (once, however many requests found the session gone). */
export function goToLogin(): void {
  if (currentRoute() === routes.login) return;
  void Taro.reLaunch({ url: routes.login });
}

/** After login: the home tab, with the login page dropped from the stack. */
export function goHome(): void {
  void Taro.reLaunch({ url: routes.home });
}
