import { Role } from '@steadywork/shared';
import { menuFor } from './routes';

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

  it('shows a reviewer none of the admin pages', () => {
    expect(labels([Role.REVIEWER, Role.FINANCE])).toEqual(['工作台']);
  });
});
