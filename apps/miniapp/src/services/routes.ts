import Taro from '@tarojs/taro';

export const routes = {
  home: '/pages/index/index',
  me: '/pages/me/index',
  login: '/pages/login/index',
  aid: '/packages/aid/pages/index',
  aidApply: '/packages/aid/pages/apply',
  aidApplications: '/packages/aid/pages/applications',
  aidApplication: '/packages/aid/pages/application',
  aidPublicity: '/packages/aid/pages/publicity',
  aidNotifications: '/packages/aid/pages/notifications',
  centers: '/packages/centers/pages/index',
  centerDetail: '/packages/centers/pages/detail',
  centerRequest: '/packages/centers/pages/request',
  serviceRequests: '/packages/centers/pages/requests',
  training: '/packages/training/pages/index',
  trainingCourse: '/packages/training/pages/course',
  trainingEnrolments: '/packages/training/pages/enrolments',
  trainingCheckIn: '/packages/training/pages/checkin',
  trainingCompletions: '/packages/training/pages/completions',
  trainingLearning: '/packages/training/pages/learning',
  trainingTrainer: '/packages/training/pages/trainer',
  trainingSession: '/packages/training/pages/session',
  workerProfile: '/packages/worker/pages/profile',
  jobs: '/packages/jobs/pages/index',
  jobDetail: '/packages/jobs/pages/detail',
  jobApplications: '/packages/jobs/pages/applications',
  jobEvents: '/packages/jobs/pages/events',
  jobEvent: '/packages/jobs/pages/event',
  jobGigs: '/packages/jobs/pages/gigs',
  jobGigDetail: '/packages/jobs/pages/gig-detail',
  demands: '/packages/demands/pages/index',
  demandFile: '/packages/demands/pages/file',
  demandDetail: '/packages/demands/pages/detail',
} as const;

export type Route = (typeof routes)[keyof typeof routes];

/** A page URL with its query: `withQuery(routes.aidApply, { programId: 3 })`. */
export function withQuery(route: Route, params: Record<string, string | number | undefined>): string {
  const query = Object.entries(params)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join('&');
  return query ? `${route}?${query}` : route;
}

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
