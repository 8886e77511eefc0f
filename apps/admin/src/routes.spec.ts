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

  it('shows a reviewer none of the admin pages, and the workers, 221, support-center, training, jobs and rights modules', () => {
    expect(labels([Role.REVIEWER, Role.FINANCE])).toEqual([
      '工作台',
      '目标与月报',
      '困难职工',
      '221帮扶',
      '帮扶中心',
      '职工培训',
      '就业服务',
      '权益保障',
    ]);
  });

  it('groups the rights pages under 权益保障 for the union staff who handle demands, layoffs and warnings', () => {
    const children = (roles: Role[]) =>
      menuFor(roles)
        .find((item) => item.name === '权益保障')
        ?.children?.map((item) => item.name);
    expect(children([Role.REVIEWER])).toEqual(['经济性裁员', '预警监测', '职工诉求']);
    expect(children([Role.CENTER_STAFF])).toEqual(['经济性裁员', '职工诉求']);
    expect(children([Role.FINANCE])).toBeUndefined();
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

describe('权益保障 menu', () => {
  const rightsPages = (roles: Role[]) =>
    menuFor(roles)
      .find((item) => item.name === '权益保障')
      ?.children?.map((item) => item.name);

  it('shows HR and union staff the layoff filings; the detail opens under them', () => {
    expect(rightsPages([Role.HR])).toContain('经济性裁员');
    expect(rightsPages([Role.REVIEWER])).toContain('经济性裁员');
    expect(rightsPages([Role.FINANCE])).toBeUndefined();
    expect(routeOf('/layoffs/9')?.name).toBe('menu.layoffDetail');
  });
});

describe('221 menu', () => {
  const aidPages = (roles: Role[]) =>
    menuFor(roles)
      .find((item) => item.name === '221帮扶')
      ?.children?.map((item) => item.name);

  it('shows the provincial reviewer final review and publicity, not first review or payments', () => {
    expect(aidPages([Role.PROVINCE_REVIEWER])).toEqual(['项目年度', '复审', '申请查询', '公示', '就业成果']);
  });

  it('shows the county reviewer first review, finance the payments', () => {
    expect(aidPages([Role.REVIEWER])).toEqual(['项目年度', '初审', '申请查询', '公示', '就业成果']);
    expect(aidPages([Role.FINANCE])).toEqual(['项目年度', '申请查询', '公示', '资金发放', '就业成果']);
  });

  it('shows center staff only the outcomes they record, and the auditor nothing of 221', () => {
    expect(aidPages([Role.CENTER_STAFF])).toEqual(['就业成果']);
    expect(aidPages([Role.AUDITOR])).toBeUndefined();
    expect(labels([Role.AUDITOR])).not.toContain('221帮扶');
  });

  it('lights the list for an application and a publicity list', () => {
    expect(menuKeyOf('/aid/applications/7')).toBe('/aid/applications');
    expect(menuKeyOf('/aid/publicities/3')).toBe('/aid/publicities');
    expect(routeOf('/aid/applications')?.name).toBe('menu.aidApplications');
    expect(routeOf('/aid/applications/7')?.name).toBe('menu.aidReview');
  });
});

describe('support-center menu', () => {
  const centerPages = (roles: Role[]) =>
    menuFor(roles)
      .find((item) => item.name === '帮扶中心')
      ?.children?.map((item) => item.name);

  it('shows center staff the registry and their queue under 帮扶中心', () => {
    expect(labels([Role.CENTER_STAFF])).toContain('帮扶中心');
    expect(centerPages([Role.CENTER_STAFF])).toEqual(['中心名录', '服务请求']);
  });

  it('shows the star checklist to those who rate: the provincial reviewer and training admin', () => {
    expect(centerPages([Role.PROVINCE_REVIEWER])).toEqual(['中心名录', '星级评定标准', '服务请求']);
    expect(centerPages([Role.TRAINING_ADMIN])).toEqual(['中心名录', '星级评定标准', '服务请求']);
    expect(centerPages([Role.FINANCE])).toEqual(['中心名录', '服务请求']);
  });

  it('shows the auditor, the admins, trainers and HR nothing of the support centers', () => {
    for (const role of [Role.AUDITOR, Role.SYSADMIN, Role.SECADMIN, Role.TRAINER, Role.HR]) {
      expect(labels([role])).not.toContain('帮扶中心');
    }
  });

  it('lights the list for a center and a request, and keeps the checklist apart from a center', () => {
    expect(menuKeyOf('/centers/5')).toBe('/centers');
    expect(menuKeyOf('/service-requests/12')).toBe('/service-requests');
    expect(routeOf('/centers/star-checklist')?.name).toBe('menu.starChecklist');
    expect(routeOf('/centers/5')?.name).toBe('menu.centerDetail');
  });
});

describe('training menu', () => {
  const trainingPages = (roles: Role[]) =>
    menuFor(roles)
      .find((item) => item.name === '职工培训')
      ?.children?.map((item) => item.name);

  it('shows the training admin every training page under 职工培训', () => {
    expect(labels([Role.TRAINING_ADMIN])).toContain('职工培训');
    expect(trainingPages([Role.TRAINING_ADMIN])).toEqual([
      '培训课程',
      '我的课次',
      '培训基地',
      '线上学习',
      '结业核验',
      '培训目标',
    ]);
  });

  it('shows a trainer only their courses and sessions', () => {
    expect(labels([Role.TRAINER])).toEqual(['工作台', '职工培训']);
    expect(trainingPages([Role.TRAINER])).toEqual(['培训课程', '我的课次']);
  });

  it('shows the reviewers the courses, bases, online learning and completions; center staff and finance the bases', () => {
    expect(trainingPages([Role.PROVINCE_REVIEWER])).toEqual(['培训课程', '培训基地', '线上学习', '结业核验']);
    expect(trainingPages([Role.CENTER_STAFF])).toEqual(['培训基地']);
    expect(trainingPages([Role.FINANCE])).toEqual(['培训基地']);
  });

  it('shows the auditor and the admins nothing of training', () => {
    for (const role of [Role.AUDITOR, Role.SYSADMIN, Role.SECADMIN]) {
      expect(labels([role])).not.toContain('职工培训');
    }
  });

  it('lights the courses for a course and a session, and the bases for a base', () => {
    expect(menuKeyOf('/training/courses/3')).toBe('/training/courses');
    expect(menuKeyOf('/training/sessions/11')).toBe('/training/courses');
    expect(menuKeyOf('/training/bases/4')).toBe('/training/bases');
    expect(routeOf('/training/sessions')?.name).toBe('menu.trainingSessions');
    expect(routeOf('/training/sessions/11')?.name).toBe('menu.trainingSession');
  });
});

describe('jobs menu', () => {
  const jobPages = (roles: Role[]) =>
    menuFor(roles)
      .find((item) => item.name === '就业服务')
      ?.children?.map((item) => item.name);

  it('shows the reviewers the review queue, the employer registry, the events and the referral pages', () => {
    const pages = ['岗位审核', '企业名录', '零工', '推荐就业看板', '我负责的职工', '用工需求清单导入', '招聘活动'];
    expect(jobPages([Role.REVIEWER])).toEqual(pages);
    expect(jobPages([Role.PROVINCE_REVIEWER])).toEqual(pages);
  });

  it('shows center staff the registry, gigs, referrals and the events: they match and push but do not review', () => {
    expect(jobPages([Role.CENTER_STAFF])).toEqual([
      '企业名录',
      '零工',
      '推荐就业看板',
      '我负责的职工',
      '用工需求清单导入',
      '招聘活动',
    ]);
  });

  it('shows HR their postings and applicants, nothing of the review or the registry', () => {
    expect(jobPages([Role.HR])).toEqual(['我的岗位', '应聘者', '零工', '用工需求清单导入']);
  });

  it('shows the auditor, the admins, finance and trainers nothing of jobs', () => {
    for (const role of [Role.AUDITOR, Role.SYSADMIN, Role.SECADMIN, Role.FINANCE, Role.TRAINER]) {
      expect(labels([role])).not.toContain('就业服务');
    }
  });

  it('keeps a posting page out of the menu, under 就业服务', () => {
    expect(routeOf('/jobs/postings/41')?.name).toBe('menu.jobPostingDetail');
    expect(menuKeyOf('/jobs/postings/41')).toBe('/jobs/review');
    expect(routeOf('/jobs/review')?.name).toBe('menu.jobReview');
    expect(routeOf('/jobs/events/7')?.name).toBe('menu.jobEventDetail');
    expect(menuKeyOf('/jobs/events/7')).toBe('/jobs/events');
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
