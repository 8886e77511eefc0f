import {
  AID_READ_ROLES,
  CENTER_READ_ROLES,
  Role,
  TRAINING_NOMINATE_ROLES,
  TRAINING_READ_ROLES,
} from '@steadywork/shared';
import type { MessageKey } from '../../locales';

export interface HomeModule {
  key: string;
  title: MessageKey;
  description: MessageKey;
  /** Who works in the module (SPEC §2). */
  roles: readonly Role[];
  /** The module's first page, once it is built. */
  path?: string;
}

/** The business modules; each card shows to the roles that use it, and links to it once built. */
export const HOME_MODULES: readonly HomeModule[] = [
  {
    key: 'hardship',
    title: 'home.hardship',
    description: 'home.hardshipDesc',
    roles: [Role.REVIEWER, Role.PROVINCE_REVIEWER, Role.CENTER_STAFF],
    path: '/workers',
  },
  {
    key: 'aid221',
    title: 'home.aid221',
    description: 'home.aid221Desc',
    roles: AID_READ_ROLES,
    path: '/aid/applications',
  },
  {
    key: 'centers',
    title: 'home.centers',
    description: 'home.centersDesc',
    roles: CENTER_READ_ROLES,
    path: '/centers',
  },
  {
    key: 'training151',
    title: 'home.training151',
    description: 'home.training151Desc',
    roles: TRAINING_READ_ROLES,
    path: '/training/courses',
  },
  {
    key: 'nominations',
    title: 'home.nominations',
    description: 'home.nominationsDesc',
    roles: TRAINING_NOMINATE_ROLES,
    path: '/training/nominations',
  },
];
