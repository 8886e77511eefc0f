import { Role } from '@steadywork/shared';
import { menuFor, menuKeyOf, routeOf } from './routes';

const labels = (roles: Role[]) => menuFor(roles).map((item) => item.name);

describe('menu by role', () => {
  it('shows the system admin the accounts page only', () => {
    expect(labels([Role.SYSADMIN])).toEqual(['工作台', '账号管理']);
  });

  it('shows the security admin the accounts page (to unlock) and the security policy', () => {
    expect(labels([Role.SECADMIN])).toEqual(['工作台', '账号管理', '安全策略']);
  });

  it('shows the auditor the audit log and nothing of the accounts', () => {
    expect(labels([Role.AUDITOR])).toEqual(['工作台', '审计日志']);
  });

  it('shows a reviewer none of the admin pages, and the workers module', () => {
    expect(labels([Role.REVIEWER, Role.FINANCE])).toEqual(['工作台', '困难职工']);
  });

  it('groups the workers pages under 困难职工; the import only for those who may write', () => {
    const children = (roles: Role[]) =>
      menuFor(roles)
        .find((item) => item.name === '困难职工')
        ?.children?.map((item) => item.name);
    expect(children([Role.REVIEWER])).toEqual(['职工名单', '逾期回访', '批量导入']);
    expect(children([Role.PROGRAM_ADMIN])).toEqual(['职工名单', '逾期回访']);
    expect(children([Role.SYSADMIN])).toBeUndefined();
  });
});

describe('route of a path', () => {
  it('finds literal pages before the detail pattern', () => {
    expect(routeOf('/workers')?.name).toBe('menu.workerList');
    expect(routeOf('/workers/import')?.name).toBe('menu.workerImport');
    expect(routeOf('/workers/follow-ups/overdue')?.name).toBe('menu.overdueFollowUps');
    expect(routeOf('/workers/42')?.name).toBe('menu.workerDetail');
    expect(routeOf('/nothing')).toBeUndefined();
  });
});

describe('highlighted menu entry', () => {
  it('is the page itself, or the list for a detail page', () => {
    expect(menuKeyOf('/workers/import')).toBe('/workers/import');
    expect(menuKeyOf('/workers/42')).toBe('/workers');
    expect(menuKeyOf('/audit')).toBe('/audit');
  });
});
