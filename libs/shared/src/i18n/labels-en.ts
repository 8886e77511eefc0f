/**
 * The shared enum labels in English, one entry per map of SHARED_LABELS, every value present
 * (the type says so). Reviewed terms are listed in docs/i18n-glossary.md ("Shared labels").
 */
import type { Translation } from './languages';
import type { SHARED_LABELS } from './shared-labels';
import { AidApplicationStatus, AidEventType, AidReviewDecision, AidType, OutcomeSource, OutcomeType } from '../aid';
import { CenterKind, CenterService, DisputeType, ServiceOutcome, ServiceRequestStatus } from '../centers';
import { DemandAction, DemandCategory, DemandSource, DemandStatus } from '../demands';
import { JobEventKind, JobEventStatus, JobPostingKind } from '../jobs-events';
import { GigJobStatus, GigPayKind } from '../jobs-gig';
import { EmployerSize, JobApplicationSource, JobApplicationStatus, JobPostingStatus } from '../jobs';
import { LayoffEventType, LayoffStatus, LayoffStep, LayoffStepState } from '../layoffs';
import { MonthlyReportStatus } from '../reports';
import { OrganizationType, Role } from '../roles';
import { TrainingBaseCriterion, TrainingBaseKind, TrainingBaseStatus } from '../training/bases';
import {
  AttendanceMethod,
  AttendanceStatus,
  EnrolmentSource,
  EnrolmentStatus,
  RosterMarkOutcome,
  TrainingCoursePhase,
  TrainingCourseType,
  TrainingSessionStatus,
} from '../training/courses';
import { OnlineLearningChannel } from '../training/online-learning';
import { WarningFigure } from '../warning';
import {
  ArchiveEventType,
  ArchiveStatus,
  Education,
  EmploymentStatus,
  FollowUpMethod,
  HardshipLevel,
  WorkerTag,
} from '../workers';

export const SHARED_LABELS_EN: Translation<typeof SHARED_LABELS> = {
  AID_TYPE_LABELS: {
    [AidType.PRODUCTION_MATERIALS]: 'Production materials aid', // 生产资料帮扶
    [AidType.STARTUP_SUBSIDY]: 'Start-up subsidy', // 创业补助
  },
  AID_STATUS_LABELS: {
    [AidApplicationStatus.DRAFT]: 'Draft', // 草稿
    [AidApplicationStatus.SUBMITTED]: 'Awaiting first review', // 待初审
    [AidApplicationStatus.RETURNED]: 'Returned for changes', // 退回修改
    [AidApplicationStatus.FIRST_APPROVED]: 'Awaiting final review', // 待复审
    [AidApplicationStatus.APPROVED]: 'Passed final review (awaiting notice)', // 复审通过（待公示）
    [AidApplicationStatus.PUBLICIZING]: 'Under public notice', // 公示中
    [AidApplicationStatus.CONFIRMED]: 'Awaiting payment', // 待发放
    [AidApplicationStatus.PAID]: 'Paid', // 已发放
    [AidApplicationStatus.REJECTED]: 'Rejected', // 未通过
    [AidApplicationStatus.REVOKED]: 'Revoked', // 已撤销
    [AidApplicationStatus.WITHDRAWN]: 'Withdrawn', // 已撤回
  },
  AID_DECISION_LABELS: {
    [AidReviewDecision.APPROVE]: 'Approve', // 通过
    [AidReviewDecision.RETURN]: 'Return for changes', // 退回修改
    [AidReviewDecision.REJECT]: 'Reject', // 不予通过
  },
  AID_EVENT_LABELS: {
    [AidEventType.CREATED]: 'Draft created', // 创建草稿
    [AidEventType.UPDATED]: 'Application edited', // 修改申请
    [AidEventType.SUBMITTED]: 'Application submitted', // 提交申请
    [AidEventType.WITHDRAWN]: 'Application withdrawn', // 撤回申请
    [AidEventType.FIRST_APPROVED]: 'Passed first review', // 初审通过
    [AidEventType.FINAL_APPROVED]: 'Passed final review', // 复审通过
    [AidEventType.RETURNED]: 'Returned for changes', // 退回修改
    [AidEventType.REJECTED]: 'Rejected', // 不予通过
    [AidEventType.PUBLICIZED]: 'Public notice started', // 进入公示
    [AidEventType.OBJECTION]: 'Objection received', // 收到异议
    [AidEventType.OBJECTION_DISMISSED]: 'Objection dismissed, result upheld', // 异议不成立，维持结果
    [AidEventType.REVOKED]: 'Eligibility revoked', // 撤销资格
    [AidEventType.CONFIRMED]: 'Notice period over, aid confirmed', // 公示期满，确认帮扶
    [AidEventType.PAID]: 'Funds paid', // 资金已发放
    [AidEventType.PAYMENT_REFUSED]: 'Payment suspended', // 暂停发放
  },
  OUTCOME_TYPE_LABELS: {
    [OutcomeType.EMPLOYED]: 'Found a job', // 实现就业
    [OutcomeType.SELF_EMPLOYED]: 'Self-employed', // 自主创业
  },
  OUTCOME_SOURCE_LABELS: {
    [OutcomeSource.AID]: '221 aid', // 221帮扶
    [OutcomeSource.TRAINING]: 'Skills training', // 技能培训
    [OutcomeSource.REFERRAL]: 'Job referral', // 职业介绍
    [OutcomeSource.CENTER_SERVICE]: 'Support center service', // 帮扶中心服务
  },
  CENTER_KIND_LABELS: {
    [CenterKind.SUPPORT_CENTER]: 'Support center for workers in hardship', // 困难职工帮扶中心
    [CenterKind.SERVICE_CENTER]: "Workers' service center", // 职工服务中心
    [CenterKind.OUTDOOR_STATION]: "Outdoor workers' service station", // 户外劳动者服务站点
    [CenterKind.DRIVERS_HOME]: "Drivers' home", // 司机之家
    [CenterKind.CARING_POST]: 'Caring station', // 爱心驿站
  },
  CENTER_SERVICE_LABELS: {
    [CenterService.JOB_REGISTRATION]: 'Job-seeker registration', // 求职登记
    [CenterService.CAREER_GUIDANCE]: 'Career guidance', // 职业指导
    [CenterService.JOB_REFERRAL]: 'Job referral', // 职业介绍
    [CenterService.SKILLS_TRAINING]: 'Skills training', // 技能培训
    [CenterService.LEGAL_AID]: 'Legal aid', // 法律援助
    [CenterService.REST]: 'Rest', // 休息
    [CenterService.WATER]: 'Drinking water', // 饮水
    [CenterService.CHARGING]: 'Phone charging', // 充电
    [CenterService.MEALS]: 'Hot meals', // 热饭
    [CenterService.TOILET]: 'Toilet', // 如厕
  },
  DISPUTE_TYPE_LABELS: {
    [DisputeType.WAGES_OWED]: 'Unpaid wages', // 拖欠工资
    [DisputeType.CONTRACT]: 'Employment contract', // 劳动合同
    [DisputeType.INJURY]: 'Work injury', // 工伤
    [DisputeType.DISMISSAL]: 'Dismissal', // 解除劳动关系
    [DisputeType.OTHER]: 'Other', // 其他
  },
  SERVICE_REQUEST_STATUS_LABELS: {
    [ServiceRequestStatus.PENDING]: 'Awaiting acceptance', // 待受理
    [ServiceRequestStatus.ACCEPTED]: 'In service', // 服务中
    [ServiceRequestStatus.CLOSED]: 'Closed', // 已办结
    [ServiceRequestStatus.CANCELLED]: 'Cancelled', // 已取消
  },
  SERVICE_OUTCOME_LABELS: {
    [ServiceOutcome.RESOLVED]: 'Resolved', // 已解决
    [ServiceOutcome.HIRED]: 'Referral succeeded, now employed', // 推荐成功，已就业
    [ServiceOutcome.REFERRED_ELSEWHERE]: 'Referred to another organization', // 转介其他机构
    [ServiceOutcome.UNRESOLVED]: 'Unresolved', // 未能解决
  },
  TARGET_FIGURE_GROUP_LABELS: {
    aid: '221 aid', // 221 帮扶
    training: '151 training', // 151 培训
    workers: 'Zero-employment households', // 零就业家庭
    jobs: 'Employment services', // 就业服务
    layoffs: 'Economic layoffs', // 经济性裁员
    demands: "Workers' requests", // 职工诉求
  },
  DEMAND_CATEGORY_LABELS: {
    [DemandCategory.WAGES_OWED]: 'Unpaid wages', // 拖欠工资
    [DemandCategory.CONTRACT]: 'Employment contract', // 劳动合同
    [DemandCategory.SOCIAL_INSURANCE]: 'Social insurance', // 社会保险
    [DemandCategory.WORK_INJURY]: 'Work injury', // 工伤
    [DemandCategory.NEW_FORMS_OF_WORK]: 'Rights of workers in new forms of employment', // 新就业形态劳动者权益
    [DemandCategory.HARDSHIP]: 'Living hardship', // 生活困难
    [DemandCategory.OTHER]: 'Other', // 其他
  },
  DEMAND_STATUS_LABELS: {
    [DemandStatus.SUBMITTED]: 'Awaiting acceptance', // 待受理
    [DemandStatus.ACCEPTED]: 'In progress', // 办理中
    [DemandStatus.TRANSFERRED]: 'Transferred', // 已转办
    [DemandStatus.CLOSED]: 'Closed', // 已办结
  },
  DEMAND_SOURCE_LABELS: {
    [DemandSource.MINIAPP]: 'Mini-program', // 小程序
    [DemandSource.HOTLINE]: '12351 hotline', // 12351 热线
  },
  DEMAND_ACTION_LABELS: {
    [DemandAction.SUBMIT]: 'Request submitted', // 提交诉求
    [DemandAction.ACCEPT]: 'Accepted', // 受理
    [DemandAction.NOTE]: 'Progress note', // 办理记录
    [DemandAction.TRANSFER]: 'Transferred', // 转办
    [DemandAction.LEGAL_AID]: 'Passed to legal aid', // 转法律援助
    [DemandAction.CLOSE]: 'Closed', // 办结
    [DemandAction.RATE]: 'Rated', // 评价
  },
  JOB_EVENT_KIND_LABELS: {
    [JobEventKind.SERVICE_MONTH]: 'Union employment and start-up services month', // 工会就业创业服务月
    [JobEventKind.SUNSHINE]: 'Sunshine Employment Campaign', // 阳光就业行动
    [JobEventKind.ONLINE_FAIR]: 'Online job fair', // 网上招聘会
    [JobEventKind.JOB_FAIR]: 'Dedicated job fair', // 专场招聘会
  },
  JOB_EVENT_STATUS_LABELS: {
    [JobEventStatus.DRAFT]: 'Draft', // 草稿
    [JobEventStatus.PUBLISHED]: 'Published', // 已发布
    [JobEventStatus.ENDED]: 'Ended', // 已结束
  },
  JOB_POSTING_KIND_LABELS: {
    [JobPostingKind.MARKET]: 'Market job', // 市场岗位
    [JobPostingKind.PUBLIC_WELFARE]: 'Public-welfare job', // 公益性岗位
  },
  GIG_PAY_KIND_LABELS: {
    [GigPayKind.DAY]: 'Paid by the day', // 按天计酬
    [GigPayKind.PIECE]: 'Paid by the piece', // 计件
  },
  GIG_JOB_STATUS_LABELS: {
    [GigJobStatus.OPEN]: 'Hiring', // 招工中
    [GigJobStatus.CLOSED]: 'Closed', // 已关闭
    [GigJobStatus.EXPIRED]: 'Ended', // 已结束
  },
  EMPLOYER_SIZE_LABELS: {
    [EmployerSize.MICRO]: 'Micro', // 微型
    [EmployerSize.SMALL]: 'Small', // 小型
    [EmployerSize.MEDIUM]: 'Medium', // 中型
    [EmployerSize.LARGE]: 'Large', // 大型
  },
  JOB_POSTING_STATUS_LABELS: {
    [JobPostingStatus.DRAFT]: 'Draft', // 草稿
    [JobPostingStatus.PENDING]: 'Awaiting review', // 待审核
    [JobPostingStatus.RETURNED]: 'Returned', // 已退回
    [JobPostingStatus.OPEN]: 'Hiring', // 招聘中
    [JobPostingStatus.CLOSED]: 'Closed', // 已关闭
    [JobPostingStatus.EXPIRED]: 'Expired', // 已过期
  },
  JOB_APPLICATION_SOURCE_LABELS: {
    [JobApplicationSource.APPLIED]: 'Applied in person', // 本人投递
    [JobApplicationSource.REFERRED]: 'Referred by the union', // 工会推荐
    [JobApplicationSource.ASSIGNED]: 'Placed in a public-welfare job', // 公益性岗位安置
  },
  JOB_APPLICATION_STATUS_LABELS: {
    [JobApplicationStatus.APPLIED]: 'Applied', // 已投递
    [JobApplicationStatus.INVITED]: 'Invited to interview', // 邀请面试
    [JobApplicationStatus.ACCEPTED]: 'Interview accepted', // 已接受面试
    [JobApplicationStatus.INTERVIEWED]: 'Interviewed', // 已面试
    [JobApplicationStatus.HIRED]: 'Hired', // 已录用
    [JobApplicationStatus.REJECTED]: 'Not hired', // 未录用
    [JobApplicationStatus.WITHDRAWN]: 'Withdrawn', // 已撤回
  },
  LAYOFF_STEP_LABELS: {
    [LayoffStep.UNION_OPINION]: "Enterprise union's opinion", // 企业工会意见
    [LayoffStep.CONGRESS_VOTE]: "Workers' congress vote", // 职工代表大会表决
    [LayoffStep.PLACEMENT_PLAN]: 'Worker placement plan', // 职工安置方案
    [LayoffStep.BUREAU_REPORT]: 'Report to the human resources and social security bureau', // 向人社部门报告
  },
  LAYOFF_STEP_STATE_LABELS: {
    [LayoffStepState.PENDING]: 'Pending', // 待办理
    [LayoffStepState.DONE]: 'Done', // 已完成
    [LayoffStepState.FAILED]: 'Failed', // 未通过
    [LayoffStepState.RETURNED]: 'Returned', // 已退回
  },
  LAYOFF_STATUS_LABELS: {
    [LayoffStatus.IN_PROGRESS]: 'Procedure in progress', // 程序办理中
    [LayoffStatus.REPORTED]: 'Settling placements', // 安置结算中
    [LayoffStatus.SETTLED]: 'Closed', // 已办结
  },
  LAYOFF_EVENT_LABELS: {
    [LayoffEventType.FILED]: 'Layoff report filed', // 提交裁员报告
    [LayoffEventType.STEP_RECORDED]: 'Procedure step recorded', // 办理程序
    [LayoffEventType.STEP_RETURNED]: 'Returned by the union', // 工会退回
    [LayoffEventType.WORKERS_IMPORTED]: 'Laid-off workers imported', // 导入被裁减人员
    [LayoffEventType.WORKER_SAVED]: 'Worker settlement recorded', // 登记人员结算
    [LayoffEventType.SETTLED]: 'All workers settled', // 全部人员结算完毕
  },
  MONTHLY_REPORT_STATUS_LABELS: {
    [MonthlyReportStatus.DRAFT]: 'Draft', // 草稿
    [MonthlyReportStatus.ISSUED]: 'Issued', // 已签发
  },
  ROLE_LABELS: {
    [Role.SYSADMIN]: 'System administrator', // 系统管理员
    [Role.SECADMIN]: 'Security administrator', // 安全管理员
    [Role.AUDITOR]: 'Security auditor', // 安全审计员
    [Role.PROVINCE_REVIEWER]: 'Provincial final review (Rights Protection Department)', // 省级复审（权益保障部）
    [Role.REVIEWER]: 'City/county first review', // 市县初审
    [Role.FINANCE]: 'Finance (Finance Department)', // 财务（财务部）
    [Role.TRAINING_ADMIN]: 'Training management (Economic and Technical Department)', // 培训管理（经济技术部）
    [Role.PROGRAM_ADMIN]: 'Programme management', // 项目管理
    [Role.CENTER_STAFF]: 'Support center staff', // 帮扶中心工作人员
    [Role.TRAINER]: 'Trainer', // 培训教师
    [Role.HR]: 'Enterprise HR', // 企业人力资源
  },
  ORGANIZATION_TYPE_LABELS: {
    [OrganizationType.PROVINCIAL_FEDERATION]: 'Provincial federation of trade unions', // 省总工会
    [OrganizationType.CITY_FEDERATION]: 'City/prefecture federation of trade unions', // 市州总工会
    [OrganizationType.COUNTY_FEDERATION]: 'County/district federation of trade unions', // 县区总工会
    [OrganizationType.INDUSTRY_UNION]: 'Provincial industry union', // 省级产业工会
    [OrganizationType.DIRECT_UNION]: 'Union directly under the provincial federation', // 省总直属工会
    [OrganizationType.SUPPORT_CENTER]: 'Support center', // 帮扶中心
    [OrganizationType.ENTERPRISE]: 'Enterprise', // 企业
  },
  TRAINING_BASE_KIND_LABELS: {
    [TrainingBaseKind.SUPPORT_CENTER]: 'Support (service) center', // 帮扶（服务）中心
    [TrainingBaseKind.INSTITUTION]: 'Training institution', // 培训机构
    [TrainingBaseKind.CADRE_SCHOOL]: 'Union cadre school', // 工会干部学校
    [TrainingBaseKind.VOCATIONAL_COLLEGE]: 'Vocational college', // 职业院校
    [TrainingBaseKind.ENTERPRISE]: 'Enterprise', // 企业
  },
  TRAINING_BASE_STATUS_LABELS: {
    [TrainingBaseStatus.APPLIED]: 'Awaiting accreditation', // 待认定
    [TrainingBaseStatus.ACCREDITED]: 'Accredited', // 已认定
    [TrainingBaseStatus.REFUSED]: 'Not accredited', // 未通过
  },
  TRAINING_BASE_CRITERION_LABELS: {
    [TrainingBaseCriterion.SITE]: 'Has premises', // 有场地
    [TrainingBaseCriterion.FACILITIES]: 'Has facilities', // 有设施
    [TrainingBaseCriterion.TEACHERS]: 'Has teachers', // 有师资
    [TrainingBaseCriterion.TRAINING]: 'Runs training', // 有培训
  },
  TRAINING_COURSE_TYPE_LABELS: {
    [TrainingCourseType.SKILLS]: 'Skills', // 技能
    [TrainingCourseType.JOB_TRANSFER]: 'Job transfer', // 转岗
    [TrainingCourseType.STARTUP]: 'Start-up', // 创业
  },
  TRAINING_COURSE_PHASE_LABELS: {
    [TrainingCoursePhase.UPCOMING]: 'Not started', // 未开课
    [TrainingCoursePhase.RUNNING]: 'Running', // 进行中
    [TrainingCoursePhase.ENDED]: 'Ended', // 已结束
    [TrainingCoursePhase.COMPLETED]: 'Completed', // 已结业
  },
  TRAINING_SESSION_STATUS_LABELS: {
    [TrainingSessionStatus.SCHEDULED]: 'Not started', // 未开始
    [TrainingSessionStatus.OPEN]: 'Check-in open', // 签到中
    [TrainingSessionStatus.CLOSED]: 'Ended', // 已结束
  },
  TRAINING_SESSION_MISSED_LABELS: {
    OVER_UNOPENED: 'Class over (check-in never opened)', // 已下课（未开签到）
  },
  ENROLMENT_STATUS_LABELS: {
    [EnrolmentStatus.ENROLLED]: 'Enrolled', // 已报名
    [EnrolmentStatus.WAITLISTED]: 'Waitlisted', // 候补
    [EnrolmentStatus.WITHDRAWN]: 'Withdrawn', // 已退出
  },
  ENROLMENT_SOURCE_LABELS: {
    [EnrolmentSource.SELF]: 'Self-enrolled', // 本人报名
    [EnrolmentSource.STAFF]: 'Enrolled by the union', // 工会代报名
    [EnrolmentSource.NOMINATED]: 'Nominated by employer', // 单位推荐
  },
  ATTENDANCE_STATUS_LABELS: {
    [AttendanceStatus.PRESENT]: 'Present', // 出勤
    [AttendanceStatus.LATE]: 'Late', // 迟到
    [AttendanceStatus.ABSENT]: 'Absent', // 缺勤
    [AttendanceStatus.EXCUSED]: 'Excused', // 请假
  },
  ATTENDANCE_METHOD_LABELS: {
    [AttendanceMethod.QR]: 'QR check-in', // 扫码签到
    [AttendanceMethod.CODE]: 'Check-in code', // 签到码
    [AttendanceMethod.ROSTER]: 'Roll call by the trainer', // 教师点名
  },
  ROSTER_MARK_OUTCOME_LABELS: {
    [RosterMarkOutcome.APPLIED]: 'Recorded', // 已记录
    [RosterMarkOutcome.SUPERSEDED]: 'A later record exists', // 已有更晚的记录
    [RosterMarkOutcome.REJECTED]: 'Not recorded', // 未记录
  },
  ONLINE_LEARNING_CHANNEL_LABELS: {
    [OnlineLearningChannel.IMPORT]: 'Imported from the platform', // 平台导入
    [OnlineLearningChannel.MINIPROGRAM]: 'Learning in the mini-program', // 小程序学习
  },
  TRAINING_TARGET_LABELS: {
    bases: 'Accredited training bases', // 认定培训基地
    completions: 'Training completions', // 培训结业
    domesticServiceCompletions: 'Domestic-service training completions', // 家政服务培训结业
    onlineLearning: 'Online learning', // 网上学习
  },
  WARNING_FIGURE_LABELS: {
    [WarningFigure.LAYOFF_FILINGS]: 'Layoff filings', // 裁员备案数
    [WarningFigure.LAID_OFF_WORKERS]: 'Workers laid off', // 裁减人数
    [WarningFigure.REGISTERED_UNEMPLOYED]: 'Registered unemployed', // 在册失业人员
    [WarningFigure.LAID_OFF_TAGGED]: 'Registered laid-off workers', // 在册下岗职工
    [WarningFigure.OPEN_DEMANDS]: 'Open requests', // 未办结诉求
  },
  EMPLOYMENT_STATUS_LABELS: {
    [EmploymentStatus.EMPLOYED]: 'Employed', // 在岗
    [EmploymentStatus.LAID_OFF]: 'Laid off', // 下岗
    [EmploymentStatus.UNEMPLOYED]: 'Unemployed', // 失业
    [EmploymentStatus.JOB_TRANSFER]: 'Job transfer', // 转岗
    [EmploymentStatus.FLEXIBLE]: 'Flexible employment', // 灵活就业
    [EmploymentStatus.NEW_FORMS]: 'New forms of employment (delivery riders, ride-hailing drivers…)', // 新就业形态（外卖骑手、网约车司机等）
  },
  EDUCATION_LABELS: {
    [Education.PRIMARY]: 'Primary school or below', // 小学及以下
    [Education.JUNIOR]: 'Junior secondary school', // 初中
    [Education.SENIOR]: 'Senior secondary school', // 高中
    [Education.VOCATIONAL]: 'Secondary vocational / technical school', // 中专/技校
    [Education.COLLEGE]: 'Junior college', // 大专
    [Education.BACHELOR]: "Bachelor's degree", // 本科
    [Education.POSTGRADUATE]: 'Postgraduate', // 研究生
  },
  WORKER_TAG_LABELS: {
    [WorkerTag.HARDSHIP]: 'Worker in hardship', // 困难职工
    [WorkerTag.ZERO_EMPLOYMENT_HOUSEHOLD]: 'Household with no one employed', // 零就业家庭
    [WorkerTag.LOW_INCOME_HOUSEHOLD]: 'Minimum-subsistence household', // 低保家庭
    [WorkerTag.DISABLED]: 'Person with disabilities', // 残疾人
    [WorkerTag.POVERTY_ALLEVIATED]: 'Person lifted out of poverty', // 脱贫人口
    [WorkerTag.MIGRANT_WORKER]: 'Migrant worker', // 农民工
    [WorkerTag.UNEMPLOYED_GRADUATE]: 'Graduate not yet employed', // 离校未就业高校毕业生
    [WorkerTag.OVERCAPACITY_REDEPLOYED]: 'Worker redeployed from overcapacity cuts', // 去产能分流职工
    [WorkerTag.LAID_OFF]: 'Laid-off worker', // 下岗职工
    [WorkerTag.EMPLOYMENT_DIFFICULTY]: 'Person with employment difficulties', // 就业困难人员
    [WorkerTag.VETERAN]: 'Veteran', // 退役军人
    [WorkerTag.AID_RECIPIENT]: '221 aid recipient', // 221帮扶对象
    [WorkerTag.RELAPSE_RISK]: 'At risk of relapse', // 返困风险
  },
  ARCHIVE_STATUS_LABELS: {
    [ArchiveStatus.NONE]: 'No file', // 未建档
    [ArchiveStatus.ACTIVE]: 'On file', // 在档
    [ArchiveStatus.CLOSED]: 'Out of hardship', // 已脱困
  },
  HARDSHIP_LEVEL_LABELS: {
    [HardshipLevel.DEEP]: 'Deep hardship', // 深度困难
    [HardshipLevel.RELATIVE]: 'Relative hardship', // 相对困难
    [HardshipLevel.ACCIDENTAL]: 'Hardship from a sudden event', // 意外致困
  },
  ARCHIVE_EVENT_LABELS: {
    [ArchiveEventType.OPENED]: 'File opened', // 建档
    [ArchiveEventType.REASSESSED]: 'Reassessed', // 重新评估
    [ArchiveEventType.CLOSED]: 'File closed, out of hardship', // 脱困销档
    [ArchiveEventType.REOPENED]: 'Back in hardship, file reopened', // 返困重新建档
    [ArchiveEventType.RELAPSE_RISK]: 'Flagged at risk of relapse', // 返困风险
  },
  FOLLOW_UP_METHOD_LABELS: {
    [FollowUpMethod.PHONE]: 'Phone follow-up', // 电话回访
    [FollowUpMethod.VISIT]: 'Home visit', // 实地走访
    [FollowUpMethod.DATA_COMPARISON]: 'Data comparison', // 信息比对
  },
};
