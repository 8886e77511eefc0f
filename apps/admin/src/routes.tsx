import {
  AuditOutlined,
  FieldTimeOutlined,
  FundOutlined,
  GiftOutlined,
  IdcardOutlined,
  ReadOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  ShopOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { MenuDataItem } from '@ant-design/pro-components';
import {
  AID_FINAL_REVIEW_ROLES,
  AID_FINANCE_ROLES,
  AID_FIRST_REVIEW_ROLES,
  AID_READ_ROLES,
  CALENDAR_ADMIN_ROLES,
  CENTER_RATING_ROLES,
  CENTER_READ_ROLES,
  DASHBOARD_READ_ROLES,
  DEMAND_STAFF_ROLES,
  JOB_REVIEW_ROLES,
  JOB_STAFF_ROLES,
  LAYOFF_FILE_ROLES,
  OUTCOME_WRITE_ROLES,
  REPORT_READ_ROLES,
  Role,
  TRAINING_ATTENDANCE_ROLES,
  TRAINING_BASE_READ_ROLES,
  TRAINING_NOMINATE_ROLES,
  TRAINING_ADMIN_ROLES,
  TRAINING_OFFICE_ROLES,
  TRAINING_READ_ROLES,
  WARNING_READ_ROLES,
  WORKER_READ_ROLES,
  WORKER_WRITE_ROLES,
} from '@steadywork/shared';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { matchPath } from 'react-router-dom';
import { canAccess } from './access/auth-context';
import { t, type MessageKey } from './locales';

/** A menu heading that groups the pages of one business module. */
export interface MenuGroup {
  /** The heading's menu key (never navigated to). */
  key: string;
  name: MessageKey;
  icon?: ReactNode;
}

export const MENU_GROUPS = {
  workers: { key: '/workers-menu', name: 'menu.workers', icon: <SolutionOutlined /> },
  aid: { key: '/aid-menu', name: 'menu.aid', icon: <GiftOutlined /> },
  centers: { key: '/centers-menu', name: 'menu.centers', icon: <ShopOutlined /> },
  training: { key: '/training-menu', name: 'menu.training', icon: <ReadOutlined /> },
  jobs: { key: '/jobs-menu', name: 'menu.jobs', icon: <IdcardOutlined /> },
  rights: { key: '/rights-menu', name: 'menu.rights', icon: <SafetyCertificateOutlined /> },
  targets: { key: '/targets-menu', name: 'menu.targetsGroup', icon: <FundOutlined /> },
} satisfies Record<string, MenuGroup>;

export interface AppRoute {
  /** A React Router path; `:id` segments for detail pages. */
  path: string;
  /** Menu label and page title. */
  name: MessageKey;
  icon?: ReactNode;
  /** Roles that may open the page; undefined means any signed-in staff member. */
  access?: readonly Role[];
  component: LazyExoticComponent<ComponentType>;
  hideInMenu?: boolean;
  /** The menu heading the page sits under. */
  group?: keyof typeof MENU_GROUPS;
  /** A page hidden from the menu: the entry to highlight instead of the module's first. */
  activeMenu?: string;
}

/** Who reads the employment outcomes (the "100"): the 221 readers and those who record them. */
const OUTCOME_READ_ROLES: readonly Role[] = [...new Set([...AID_READ_ROLES, ...OUTCOME_WRITE_ROLES])];

/** Trainers work their own courses and sessions only; the bases and completions are the office's. */
const TRAINING_BASE_OFFICE_ROLES: readonly Role[] = TRAINING_BASE_READ_ROLES.filter((role) => role !== Role.TRAINER);

/** Enterprise HR work their own company's postings and applicants (the API's `Role.HR` endpoints). */
const JOB_HR_ROLES: readonly Role[] = [Role.HR];
/** Who reads postings: HR their own, union staff those in scope (the API's jobs read roles). */
const JOB_READ_ROLES: readonly Role[] = [...JOB_HR_ROLES, ...JOB_STAFF_ROLES];

/** Every console page and who may open it. The API checks the same rules again on each call. */
export const routes: AppRoute[] = [
  {
    path: '/',
    name: 'menu.home',
    icon: <HomeOutlined />,
    component: lazy(() => import('./pages/home')),
  },
  {
    path: '/targets',
    name: 'menu.targets',
    group: 'targets',
    access: DASHBOARD_READ_ROLES,
    component: lazy(() => import('./pages/targets')),
  },
  {
    path: '/reports',
    name: 'menu.reports',
    group: 'targets',
    access: REPORT_READ_ROLES,
    component: lazy(() => import('./pages/reports')),
  },
  {
    path: '/reports/:id',
    name: 'menu.reportDetail',
    group: 'targets',
    access: REPORT_READ_ROLES,
    hideInMenu: true,
    activeMenu: '/reports',
    component: lazy(() => import('./pages/reports/detail')),
  },
  {
    path: '/workers',
    name: 'menu.workerList',
    group: 'workers',
    access: WORKER_READ_ROLES,
    component: lazy(() => import('./pages/workers/list')),
  },
  {
    path: '/workers/follow-ups/overdue',
    name: 'menu.overdueFollowUps',
    group: 'workers',
    access: WORKER_READ_ROLES,
    component: lazy(() => import('./pages/workers/overdue')),
  },
  {
    path: '/workers/import',
    name: 'menu.workerImport',
    group: 'workers',
    // The import endpoints are the writers' (the template too).
    access: WORKER_WRITE_ROLES,
    component: lazy(() => import('./pages/workers/import')),
  },
  {
    path: '/workers/:id',
    name: 'menu.workerDetail',
    group: 'workers',
    access: WORKER_READ_ROLES,
    hideInMenu: true,
    component: lazy(() => import('./pages/workers/detail')),
  },
  {
    path: '/aid/programs',
    name: 'menu.aidPrograms',
    group: 'aid',
    // Everyone who works in the programme reads the years; only PROGRAM_ADMIN edits (the page hides it).
    access: AID_READ_ROLES,
    component: lazy(() => import('./pages/aid/programs')),
  },
  {
    path: '/aid/review/first',
    name: 'menu.aidFirstReview',
    group: 'aid',
    access: AID_FIRST_REVIEW_ROLES,
    component: lazy(() => import('./pages/aid/first-review')),
  },
  {
    path: '/aid/review/final',
    name: 'menu.aidFinalReview',
    group: 'aid',
    access: AID_FINAL_REVIEW_ROLES,
    component: lazy(() => import('./pages/aid/final-review')),
  },
  {
    path: '/aid/applications',
    name: 'menu.aidApplications',
    group: 'aid',
    access: AID_READ_ROLES,
    component: lazy(() => import('./pages/aid/applications')),
  },
  {
    path: '/aid/applications/:id',
    name: 'menu.aidReview',
    group: 'aid',
    access: AID_READ_ROLES,
    hideInMenu: true,
    activeMenu: '/aid/applications',
    component: lazy(() => import('./pages/aid/review')),
  },
  {
    path: '/aid/publicities',
    name: 'menu.aidPublicities',
    group: 'aid',
    access: AID_READ_ROLES,
    component: lazy(() => import('./pages/aid/publicities')),
  },
  {
    path: '/aid/publicities/:id',
    name: 'menu.aidPublicityDetail',
    group: 'aid',
    access: AID_READ_ROLES,
    hideInMenu: true,
    activeMenu: '/aid/publicities',
    component: lazy(() => import('./pages/aid/publicities/detail')),
  },
  {
    path: '/aid/finance',
    name: 'menu.aidFinance',
    group: 'aid',
    access: AID_FINANCE_ROLES,
    component: lazy(() => import('./pages/aid/finance')),
  },
  {
    path: '/aid/calendar',
    name: 'menu.aidCalendar',
    group: 'aid',
    // The legal calendar every "working day" counts with; entered by the programme admin.
    access: CALENDAR_ADMIN_ROLES,
    component: lazy(() => import('./pages/aid/calendar')),
  },
  {
    path: '/aid/outcomes',
    name: 'menu.outcomes',
    group: 'aid',
    access: OUTCOME_READ_ROLES,
    component: lazy(() => import('./pages/outcomes')),
  },
  {
    path: '/centers',
    name: 'menu.centerList',
    group: 'centers',
    // Everyone in the module reads the registry; CENTER_ADMIN_ROLES edit it (the page hides the rest).
    access: CENTER_READ_ROLES,
    component: lazy(() => import('./pages/centers/list')),
  },
  {
    path: '/centers/star-checklist',
    name: 'menu.starChecklist',
    group: 'centers',
    access: CENTER_RATING_ROLES,
    component: lazy(() => import('./pages/centers/checklist')),
  },
  {
    path: '/centers/:id',
    name: 'menu.centerDetail',
    group: 'centers',
    access: CENTER_READ_ROLES,
    hideInMenu: true,
    activeMenu: '/centers',
    component: lazy(() => import('./pages/centers/detail')),
  },
  {
    path: '/service-requests',
    name: 'menu.serviceRequests',
    group: 'centers',
    // CENTER_STAFF get their center's queue; the other readers every request in their scope (the API decides).
    access: CENTER_READ_ROLES,
    component: lazy(() => import('./pages/centers/requests')),
  },
  {
    path: '/service-requests/:id',
    name: 'menu.serviceRequestDetail',
    group: 'centers',
    access: CENTER_READ_ROLES,
    hideInMenu: true,
    activeMenu: '/service-requests',
    component: lazy(() => import('./pages/centers/requests/detail')),
  },
  {
    path: '/training/courses',
    name: 'menu.trainingCourses',
    group: 'training',
    // A trainer gets the courses they teach (the API decides); TRAINING_ADMIN edits (the page hides the rest).
    access: TRAINING_READ_ROLES,
    component: lazy(() => import('./pages/training/courses')),
  },
  {
    path: '/training/courses/:id',
    name: 'menu.trainingCourseDetail',
    group: 'training',
    access: TRAINING_READ_ROLES,
    hideInMenu: true,
    activeMenu: '/training/courses',
    component: lazy(() => import('./pages/training/courses/detail')),
  },
  {
    path: '/training/sessions',
    name: 'menu.trainingSessions',
    group: 'training',
    access: TRAINING_ATTENDANCE_ROLES,
    component: lazy(() => import('./pages/training/sessions')),
  },
  {
    path: '/training/sessions/:id',
    name: 'menu.trainingSession',
    group: 'training',
    // Readers see the roster; check-in and marks are the course's trainers' and the training admin's.
    access: TRAINING_READ_ROLES,
    hideInMenu: true,
    activeMenu: '/training/courses',
    component: lazy(() => import('./pages/training/sessions/detail')),
  },
  {
    path: '/training/bases',
    name: 'menu.trainingBases',
    group: 'training',
    access: TRAINING_BASE_OFFICE_ROLES,
    component: lazy(() => import('./pages/training/bases')),
  },
  {
    path: '/training/bases/:id',
    name: 'menu.trainingBaseDetail',
    group: 'training',
    access: TRAINING_BASE_OFFICE_ROLES,
    hideInMenu: true,
    activeMenu: '/training/bases',
    component: lazy(() => import('./pages/training/bases/detail')),
  },
  {
    path: '/training/online-learning',
    name: 'menu.onlineLearning',
    group: 'training',
    // The office reads and exports the records; the page shows the import to the training admin only.
    access: TRAINING_OFFICE_ROLES,
    component: lazy(() => import('./pages/training/online-learning')),
  },
  {
    path: '/training/completions',
    name: 'menu.trainingCompletions',
    group: 'training',
    access: TRAINING_OFFICE_ROLES,
    component: lazy(() => import('./pages/training/completions')),
  },
  {
    path: '/training/nominations',
    name: 'menu.trainingNominations',
    group: 'training',
    // Enterprise HR nominate their own employees (the API checks the employer on each enrolment).
    access: TRAINING_NOMINATE_ROLES,
    component: lazy(() => import('./pages/training/nominations')),
  },
  {
    path: '/training/targets',
    name: 'menu.trainingTargets',
    group: 'training',
    access: TRAINING_ADMIN_ROLES,
    component: lazy(() => import('./pages/training/targets')),
  },
  {
    path: '/jobs/review',
    name: 'menu.jobReview',
    group: 'jobs',
    access: JOB_REVIEW_ROLES,
    component: lazy(() => import('./pages/jobs/review')),
  },
  {
    path: '/jobs/employers',
    name: 'menu.jobEmployers',
    group: 'jobs',
    access: JOB_STAFF_ROLES,
    component: lazy(() => import('./pages/jobs/employers')),
  },
  {
    path: '/jobs/my-postings',
    name: 'menu.myPostings',
    group: 'jobs',
    access: JOB_HR_ROLES,
    component: lazy(() => import('./pages/jobs/my-postings')),
  },
  {
    path: '/jobs/applicants',
    name: 'menu.jobApplicants',
    group: 'jobs',
    access: JOB_HR_ROLES,
    component: lazy(() => import('./pages/jobs/applicants')),
  },
  {
    path: '/jobs/gigs',
    name: 'menu.jobGigs',
    group: 'jobs',
    // HR their company's gigs, union staff their region's
    access: JOB_READ_ROLES,
    component: lazy(() => import('./pages/jobs/gigs')),
  },
  {
    path: '/jobs/referrals',
    name: 'menu.jobReferrals',
    group: 'jobs',
    access: JOB_STAFF_ROLES,
    component: lazy(() => import('./pages/jobs/referrals')),
  },
  {
    path: '/jobs/my-people',
    name: 'menu.myPeople',
    group: 'jobs',
    access: JOB_STAFF_ROLES,
    component: lazy(() => import('./pages/jobs/my-people')),
  },
  {
    path: '/jobs/demand-import',
    name: 'menu.demandImport',
    group: 'jobs',
    access: JOB_READ_ROLES,
    component: lazy(() => import('./pages/jobs/demand-import')),
  },
  {
    path: '/jobs/postings/:id',
    name: 'menu.jobPostingDetail',
    group: 'jobs',
    // HR read their own; staff in scope see the matches and push.
    access: JOB_READ_ROLES,
    hideInMenu: true,
    component: lazy(() => import('./pages/jobs/postings/detail')),
  },
  {
    path: '/jobs/events',
    name: 'menu.jobEvents',
    group: 'jobs',
    access: JOB_STAFF_ROLES,
    component: lazy(() => import('./pages/jobs/events')),
  },
  {
    path: '/jobs/events/:id',
    name: 'menu.jobEventDetail',
    group: 'jobs',
    access: JOB_STAFF_ROLES,
    hideInMenu: true,
    activeMenu: '/jobs/events',
    component: lazy(() => import('./pages/jobs/events/detail')),
  },
  {
    path: '/layoffs',
    name: 'menu.layoffs',
    group: 'rights',
    // HR their company's filings, union staff their region's (the API's layoff roles)
    access: LAYOFF_FILE_ROLES,
    component: lazy(() => import('./pages/layoffs/list')),
  },
  {
    path: '/layoffs/:id',
    name: 'menu.layoffDetail',
    group: 'rights',
    access: LAYOFF_FILE_ROLES,
    hideInMenu: true,
    component: lazy(() => import('./pages/layoffs/detail')),
  },
  {
    path: '/rights/warning',
    name: 'menu.warning',
    group: 'rights',
    // union staff watch the regions in their scope; the province sets the thresholds
    access: WARNING_READ_ROLES,
    component: lazy(() => import('./pages/warning')),
  },
  {
    path: '/system/users',
    name: 'menu.users',
    icon: <TeamOutlined />,
    // SYSADMIN manages accounts, SECADMIN assigns roles and data scope: the page shows each their part.
    access: [Role.SYSADMIN, Role.SECADMIN],
    component: lazy(() => import('./pages/system/users')),
  },
  {
    path: '/system/scheduler',
    name: 'menu.scheduler',
    icon: <FieldTimeOutlined />,
    // the API's scheduler endpoints: PROGRAM_ADMIN only
    access: [Role.PROGRAM_ADMIN],
    component: lazy(() => import('./pages/system/scheduler')),
  },
  {
    path: '/security/policy',
    name: 'menu.securityPolicy',
    icon: <SafetyOutlined />,
    access: [Role.SECADMIN],
    component: lazy(() => import('./pages/security/policy')),
  },
  {
    path: '/audit',
    name: 'menu.audit',
    icon: <AuditOutlined />,
    access: [Role.AUDITOR],
    component: lazy(() => import('./pages/audit/logs')),
  },
  {
    path: '/demands',
    name: 'menu.demands',
    group: 'rights',
    access: DEMAND_STAFF_ROLES,
    component: lazy(() => import('./pages/demands/list')),
  },
  {
    path: '/demands/:id',
    name: 'menu.demandDetail',
    group: 'rights',
    access: DEMAND_STAFF_ROLES,
    hideInMenu: true,
    activeMenu: '/demands',
    component: lazy(() => import('./pages/demands/detail')),
  },
];

/** The menu a user sees: only the pages their roles open, grouped under their module's heading. */
export function menuFor(roles: readonly Role[]): MenuDataItem[] {
  const menu: MenuDataItem[] = [];
  const groups = new Map<string, MenuDataItem>();
  for (const route of routes) {
    if (route.hideInMenu || !canAccess(route.access, roles)) continue;
    const item: MenuDataItem = { path: route.path, name: t(route.name), icon: route.icon };
    if (!route.group) {
      menu.push(item);
      continue;
    }
    let group = groups.get(route.group);
    if (!group) {
      const { key, name, icon } = MENU_GROUPS[route.group];
      group = { key, path: key, name: t(name), icon, children: [] };
      groups.set(route.group, group);
      menu.push(group);
    }
    group.children!.push(item);
  }
  return menu;
}

/** The pages of the menu without its headings (the home page's shortcuts). */
export function menuPagesFor(roles: readonly Role[]): MenuDataItem[] {
  return menuFor(roles).flatMap((item) => item.children ?? [item]);
}

/** The route that renders `pathname`: a literal path before a pattern (`/workers/import` before `/workers/:id`). */
export function routeOf(pathname: string): AppRoute | undefined {
  return (
    routes.find((route) => route.path === pathname) ??
    routes.find((route) => route.path.includes(':') && matchPath(route.path, pathname))
  );
}

/**
 * The menu entry to highlight for `pathname`: the page's own, or for a page hidden from the menu
 * (a detail page) its module's first page. ProLayout's own matching is by prefix, which would
 * light `/workers` on `/workers/import` too.
 */
export function menuKeyOf(pathname: string): string | undefined {
  const route = routeOf(pathname);
  if (!route) return undefined;
  if (!route.hideInMenu) return route.path;
  if (route.activeMenu) return route.activeMenu;
  return route.group ? routes.find((r) => r.group === route.group && !r.hideInMenu)?.path : undefined;
}
