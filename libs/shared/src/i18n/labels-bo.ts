/**
 * The shared enum labels in Tibetan (བོད་ཡིག), one entry per map of SHARED_LABELS, every value present
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

export const SHARED_LABELS_BO: Translation<typeof SHARED_LABELS> = {
  AID_TYPE_LABELS: {
    [AidType.PRODUCTION_MATERIALS]: 'ཐོན་སྐྱེད་ཡོ་བྱད་རོགས་སྐྱོར།', // 生产资料帮扶
    [AidType.STARTUP_SUBSIDY]: 'ལས་གསར་གཏོད་མ་དངུལ་རོགས་སྐྱོར།', // 创业补助
  },
  AID_STATUS_LABELS: {
    [AidApplicationStatus.DRAFT]: 'ཟིན་བྲིས།', // 草稿
    [AidApplicationStatus.SUBMITTED]: 'ཞིབ་བཤེར་དང་པོ་སྒུག་བཞིན།', // 待初审
    [AidApplicationStatus.RETURNED]: 'བཅོས་སྒྱུར་ཆེད་ཕྱིར་སློག', // 退回修改
    [AidApplicationStatus.FIRST_APPROVED]: 'ཞིབ་བཤེར་གཉིས་པ་སྒུག་བཞིན།', // 待复审
    [AidApplicationStatus.APPROVED]: 'ཞིབ་བཤེར་གཉིས་པ་འཐུས། (ཁྱབ་བསྒྲགས་སྒུག་བཞིན།)', // 复审通过（待公示）
    [AidApplicationStatus.PUBLICIZING]: 'ཁྱབ་བསྒྲགས་བྱེད་བཞིན་པ།', // 公示中
    [AidApplicationStatus.CONFIRMED]: 'བགོ་འགྲེམ་སྒུག་བཞིན།', // 待发放
    [AidApplicationStatus.PAID]: 'བགོ་འགྲེམ་བྱས་ཟིན།', // 已发放
    [AidApplicationStatus.REJECTED]: 'འཐུས་མ་སོང་།', // 未通过
    [AidApplicationStatus.REVOKED]: 'མེད་པར་བཏང་ཟིན།', // 已撤销
    [AidApplicationStatus.WITHDRAWN]: 'ཕྱིར་བསྡུས་ཟིན།', // 已撤回
  },
  AID_DECISION_LABELS: {
    [AidReviewDecision.APPROVE]: 'འཐུས།', // 通过
    [AidReviewDecision.RETURN]: 'བཅོས་སྒྱུར་ཆེད་ཕྱིར་སློག', // 退回修改
    [AidReviewDecision.REJECT]: 'ཆོག་མཆན་མི་སྤྲོད།', // 不予通过
  },
  AID_EVENT_LABELS: {
    [AidEventType.CREATED]: 'ཟིན་བྲིས་བཟོས།', // 创建草稿
    [AidEventType.UPDATED]: 'རེ་ཞུ་བཅོས་སྒྱུར།', // 修改申请
    [AidEventType.SUBMITTED]: 'རེ་ཞུ་ཕུལ།', // 提交申请
    [AidEventType.WITHDRAWN]: 'རེ་ཞུ་ཕྱིར་བསྡུས།', // 撤回申请
    [AidEventType.FIRST_APPROVED]: 'ཞིབ་བཤེར་དང་པོ་འཐུས།', // 初审通过
    [AidEventType.FINAL_APPROVED]: 'ཞིབ་བཤེར་གཉིས་པ་འཐུས།', // 复审通过
    [AidEventType.RETURNED]: 'བཅོས་སྒྱུར་ཆེད་ཕྱིར་སློག', // 退回修改
    [AidEventType.REJECTED]: 'ཆོག་མཆན་མ་སྤྲད།', // 不予通过
    [AidEventType.PUBLICIZED]: 'ཁྱབ་བསྒྲགས་སུ་ཞུགས།', // 进入公示
    [AidEventType.OBJECTION]: 'རྩོད་གཞི་འབྱོར།', // 收到异议
    [AidEventType.OBJECTION_DISMISSED]: 'རྩོད་གཞི་མི་འཐུས་པས་གྲུབ་འབྲས་རྒྱུན་འཁྱོངས།', // 异议不成立，维持结果
    [AidEventType.REVOKED]: 'ཆོག་ཐམ་མེད་པར་བཏང་།', // 撤销资格
    [AidEventType.CONFIRMED]: 'ཁྱབ་བསྒྲགས་དུས་ཡུན་ཚང་བས་རོགས་སྐྱོར་གཏན་འཁེལ།', // 公示期满，确认帮扶
    [AidEventType.PAID]: 'མ་དངུལ་བགོ་འགྲེམ་བྱས་ཟིན།', // 资金已发放
    [AidEventType.PAYMENT_REFUSED]: 'བགོ་འགྲེམ་གནས་སྐབས་མཚམས་འཇོག', // 暂停发放
  },
  OUTCOME_TYPE_LABELS: {
    [OutcomeType.EMPLOYED]: 'ལས་ཞུགས་བྱུང་།', // 实现就业
    [OutcomeType.SELF_EMPLOYED]: 'རང་བཞིན་ལས་གསར་གཏོད།', // 自主创业
  },
  OUTCOME_SOURCE_LABELS: {
    [OutcomeSource.AID]: '221 རོགས་སྐྱོར། (221帮扶)', // 221帮扶
    [OutcomeSource.TRAINING]: 'ལག་རྩལ་སྦྱོང་བརྡར།', // 技能培训
    [OutcomeSource.REFERRAL]: 'ལས་རིགས་ངོ་སྤྲོད།', // 职业介绍
    [OutcomeSource.CENTER_SERVICE]: 'རོགས་སྐྱོར་ལྟེ་གནས་ཀྱི་ཞབས་ཞུ།', // 帮扶中心服务
  },
  CENTER_KIND_LABELS: {
    [CenterKind.SUPPORT_CENTER]: 'དཀའ་ངལ་ཅན་གྱི་ལས་བྱེད་པར་རོགས་སྐྱོར་ལྟེ་གནས།', // 困难职工帮扶中心
    [CenterKind.SERVICE_CENTER]: 'ལས་བྱེད་པའི་ཞབས་ཞུ་ལྟེ་གནས།', // 职工服务中心
    [CenterKind.OUTDOOR_STATION]: 'ཕྱི་ངོས་ལས་མིའི་ཞབས་ཞུ་ས་ཚིགས།', // 户外劳动者服务站点
    [CenterKind.DRIVERS_HOME]: 'ཁ་ལོ་བའི་ཁྱིམ། (司机之家)', // 司机之家
    [CenterKind.CARING_POST]: 'བྱམས་བརྩེའི་ངལ་གསོ་ས་ཚིགས། (爱心驿站)', // 爱心驿站
  },
  CENTER_SERVICE_LABELS: {
    [CenterService.JOB_REGISTRATION]: 'ལས་འཚོལ་ཐོ་འགོད།', // 求职登记
    [CenterService.CAREER_GUIDANCE]: 'ལས་རིགས་མཛུབ་སྟོན།', // 职业指导
    [CenterService.JOB_REFERRAL]: 'ལས་རིགས་ངོ་སྤྲོད།', // 职业介绍
    [CenterService.SKILLS_TRAINING]: 'ལག་རྩལ་སྦྱོང་བརྡར།', // 技能培训
    [CenterService.LEGAL_AID]: 'ཁྲིམས་ལུགས་རོགས་རམ།', // 法律援助
    [CenterService.REST]: 'ངལ་གསོ།', // 休息
    [CenterService.WATER]: 'འཐུང་ཆུ།', // 饮水
    [CenterService.CHARGING]: 'གློག་སྣོན།', // 充电
    [CenterService.MEALS]: 'ཁ་ལག་དྲོན་པོ།', // 热饭
    [CenterService.TOILET]: 'གསང་སྤྱོད།', // 如厕
  },
  DISPUTE_TYPE_LABELS: {
    [DisputeType.WAGES_OWED]: 'གླ་ཕོགས་འགྱངས་པ།', // 拖欠工资
    [DisputeType.CONTRACT]: 'ལས་ཀའི་གན་རྒྱ།', // 劳动合同
    [DisputeType.INJURY]: 'ལས་ཀའི་རྨས་སྐྱོན།', // 工伤
    [DisputeType.DISMISSAL]: 'ལས་ཀའི་འབྲེལ་བ་མེད་པར་བཏང་བ།', // 解除劳动关系
    [DisputeType.OTHER]: 'གཞན།', // 其他
  },
  SERVICE_REQUEST_STATUS_LABELS: {
    [ServiceRequestStatus.PENDING]: 'ལེན་རྒྱུ་སྒུག་བཞིན།', // 待受理
    [ServiceRequestStatus.ACCEPTED]: 'ཞབས་ཞུ་ཞུ་བཞིན་པ།', // 服务中
    [ServiceRequestStatus.CLOSED]: 'སྒྲུབ་ཚར་ཟིན།', // 已办结
    [ServiceRequestStatus.CANCELLED]: 'མེད་པར་བཟོས་ཟིན།', // 已取消
  },
  SERVICE_OUTCOME_LABELS: {
    [ServiceOutcome.RESOLVED]: 'ཐག་གཅོད་བྱས་ཟིན།', // 已解决
    [ServiceOutcome.HIRED]: 'འོས་སྦྱོར་ལེགས་གྲུབ་བྱུང་སྟེ་ལས་ཞུགས་ཟིན།', // 推荐成功，已就业
    [ServiceOutcome.REFERRED_ELSEWHERE]: 'ལས་ཁུངས་གཞན་ལ་ངོ་སྤྲོད།', // 转介其他机构
    [ServiceOutcome.UNRESOLVED]: 'ཐག་གཅོད་བྱེད་མ་ཐུབ།', // 未能解决
  },
  TARGET_FIGURE_GROUP_LABELS: {
    aid: '221 རོགས་སྐྱོར། (221帮扶)', // 221 帮扶
    training: '151 སྦྱོང་བརྡར། (151培训)', // 151 培训
    workers: 'ལས་ཞུགས་མི་མེད་པའི་ཁྱིམ་ཚང་། (零就业家庭)', // 零就业家庭
    jobs: 'ལས་ཞུགས་ཞབས་ཞུ།', // 就业服务
    layoffs: 'དཔལ་འབྱོར་རྒྱུ་རྐྱེན་གྱིས་ལས་མི་ཉུང་འཕྲི།', // 经济性裁员
    demands: 'ལས་བྱེད་པའི་རེ་འདུན།', // 职工诉求
  },
  DEMAND_CATEGORY_LABELS: {
    [DemandCategory.WAGES_OWED]: 'གླ་ཕོགས་འགྱངས་པ།', // 拖欠工资
    [DemandCategory.CONTRACT]: 'ལས་ཀའི་གན་རྒྱ།', // 劳动合同
    [DemandCategory.SOCIAL_INSURANCE]: 'སྤྱི་ཚོགས་འགན་སྲུང་།', // 社会保险
    [DemandCategory.WORK_INJURY]: 'ལས་ཀའི་རྨས་སྐྱོན།', // 工伤
    [DemandCategory.NEW_FORMS_OF_WORK]: 'ལས་ཞུགས་རྣམ་པ་གསར་པའི་ལས་མིའི་ཁེ་དབང་། (新就业形态)', // 新就业形态劳动者权益
    [DemandCategory.HARDSHIP]: 'འཚོ་བའི་དཀའ་ངལ།', // 生活困难
    [DemandCategory.OTHER]: 'གཞན།', // 其他
  },
  DEMAND_STATUS_LABELS: {
    [DemandStatus.SUBMITTED]: 'ལེན་རྒྱུ་སྒུག་བཞིན།', // 待受理
    [DemandStatus.ACCEPTED]: 'སྒྲུབ་བཞིན་པ།', // 办理中
    [DemandStatus.TRANSFERRED]: 'གཞན་དུ་སྤོས་ཟིན།', // 已转办
    [DemandStatus.CLOSED]: 'སྒྲུབ་ཚར་ཟིན།', // 已办结
  },
  DEMAND_SOURCE_LABELS: {
    [DemandSource.MINIAPP]: 'བྱ་རིམ་ཆུང་ཆུང་། (小程序)', // 小程序
    [DemandSource.HOTLINE]: '12351 ཁ་པར་ཐད་ཐུག', // 12351 热线
  },
  DEMAND_ACTION_LABELS: {
    [DemandAction.SUBMIT]: 'རེ་འདུན་ཕུལ།', // 提交诉求
    [DemandAction.ACCEPT]: 'ལེན་པ།', // 受理
    [DemandAction.NOTE]: 'སྒྲུབ་པའི་ཟིན་ཐོ།', // 办理记录
    [DemandAction.TRANSFER]: 'གཞན་དུ་སྤོ་བ།', // 转办
    [DemandAction.LEGAL_AID]: 'ཁྲིམས་ལུགས་རོགས་རམ་ལ་སྤོ་བ།', // 转法律援助
    [DemandAction.CLOSE]: 'སྒྲུབ་ཚར།', // 办结
    [DemandAction.RATE]: 'གདེང་འཇོག', // 评价
  },
  JOB_EVENT_KIND_LABELS: {
    [JobEventKind.SERVICE_MONTH]: 'ཉམས་ལས་མཐུན་ཚོགས་ཀྱི་ལས་ཞུགས་དང་ལས་གསར་གཏོད་ཞབས་ཞུའི་ཟླ་བ།', // 工会就业创业服务月
    [JobEventKind.SUNSHINE]: 'ཉི་འོད་ལས་ཞུགས་བྱ་འགུལ། (阳光就业行动)', // 阳光就业行动
    [JobEventKind.ONLINE_FAIR]: 'དྲ་ཐོག་ལས་མི་འདེམས་སྒྲུག་ཚོགས་འདུ།', // 网上招聘会
    [JobEventKind.JOB_FAIR]: 'ཆེད་དམིགས་ལས་མི་འདེམས་སྒྲུག་ཚོགས་འདུ།', // 专场招聘会
  },
  JOB_EVENT_STATUS_LABELS: {
    [JobEventStatus.DRAFT]: 'ཟིན་བྲིས།', // 草稿
    [JobEventStatus.PUBLISHED]: 'ཁྱབ་བསྒྲགས་བྱས་ཟིན།', // 已发布
    [JobEventStatus.ENDED]: 'མཇུག་རྫོགས་ཟིན།', // 已结束
  },
  JOB_POSTING_KIND_LABELS: {
    [JobPostingKind.MARKET]: 'ཚོང་རའི་ལས་གནས།', // 市场岗位
    [JobPostingKind.PUBLIC_WELFARE]: 'སྤྱི་ཕན་ལས་གནས། (公益性岗位)', // 公益性岗位
  },
  GIG_PAY_KIND_LABELS: {
    [GigPayKind.DAY]: 'ཉིན་གྲངས་ལྟར་གླ་སྤྲོད།', // 按天计酬
    [GigPayKind.PIECE]: 'ཅ་གྲངས་ལྟར་གླ་སྤྲོད།', // 计件
  },
  GIG_JOB_STATUS_LABELS: {
    [GigJobStatus.OPEN]: 'ལས་མི་འདེམས་བཞིན།', // 招工中
    [GigJobStatus.CLOSED]: 'སྒོ་བརྒྱབ་ཟིན།', // 已关闭
    [GigJobStatus.EXPIRED]: 'མཇུག་རྫོགས་ཟིན།', // 已结束
  },
  EMPLOYER_SIZE_LABELS: {
    [EmployerSize.MICRO]: 'ཆེས་ཆུང་།', // 微型
    [EmployerSize.SMALL]: 'ཆུང་རིམ།', // 小型
    [EmployerSize.MEDIUM]: 'འབྲིང་རིམ།', // 中型
    [EmployerSize.LARGE]: 'ཆེ་རིམ།', // 大型
  },
  JOB_POSTING_STATUS_LABELS: {
    [JobPostingStatus.DRAFT]: 'ཟིན་བྲིས།', // 草稿
    [JobPostingStatus.PENDING]: 'ཞིབ་བཤེར་སྒུག་བཞིན།', // 待审核
    [JobPostingStatus.RETURNED]: 'ཕྱིར་སློག་བྱས་ཟིན།', // 已退回
    [JobPostingStatus.OPEN]: 'ལས་མི་འདེམས་བཞིན།', // 招聘中
    [JobPostingStatus.CLOSED]: 'སྒོ་བརྒྱབ་ཟིན།', // 已关闭
    [JobPostingStatus.EXPIRED]: 'དུས་ཚོད་ཡོལ་ཟིན།', // 已过期
  },
  JOB_APPLICATION_SOURCE_LABELS: {
    [JobApplicationSource.APPLIED]: 'རང་ཉིད་ཀྱིས་ཕྱིར་བསྐུར།', // 本人投递
    [JobApplicationSource.REFERRED]: 'ཉམས་ལས་མཐུན་ཚོགས་ཀྱིས་འོས་སྦྱོར།', // 工会推荐
    [JobApplicationSource.ASSIGNED]: 'སྤྱི་ཕན་ལས་གནས་སུ་གནས་སྒྲིག (公益性岗位安置)', // 公益性岗位安置
  },
  JOB_APPLICATION_STATUS_LABELS: {
    [JobApplicationStatus.APPLIED]: 'ཕྱིར་བསྐུར་ཟིན།', // 已投递
    [JobApplicationStatus.INVITED]: 'ངོ་ཐུག་ཚོད་ལྟར་མགྲོན་འབོད།', // 邀请面试
    [JobApplicationStatus.ACCEPTED]: 'ངོ་ཐུག་ཚོད་ལྟ་དང་ལེན་བྱས་ཟིན།', // 已接受面试
    [JobApplicationStatus.INTERVIEWED]: 'ངོ་ཐུག་ཚོད་ལྟ་བྱས་ཟིན།', // 已面试
    [JobApplicationStatus.HIRED]: 'ལས་སུ་བཅུག་ཟིན།', // 已录用
    [JobApplicationStatus.REJECTED]: 'ལས་སུ་མ་བཅུག', // 未录用
    [JobApplicationStatus.WITHDRAWN]: 'ཕྱིར་བསྡུས་ཟིན།', // 已撤回
  },
  LAYOFF_STEP_LABELS: {
    [LayoffStep.UNION_OPINION]: 'ཁེ་ལས་ཉམས་ལས་མཐུན་ཚོགས་ཀྱི་བསམ་འཆར།', // 企业工会意见
    [LayoffStep.CONGRESS_VOTE]: 'ལས་བྱེད་པའི་འཐུས་མིའི་ཚོགས་ཆེན་གྱིས་འོས་འདེམས་གཏན་འཁེལ།', // 职工代表大会表决
    [LayoffStep.PLACEMENT_PLAN]: 'ལས་བྱེད་པ་གནས་སྒྲིག་གི་འཆར་གཞི།', // 职工安置方案
    [LayoffStep.BUREAU_REPORT]: 'མི་ཤུགས་དང་སྤྱི་ཚོགས་འགན་སྲུང་སྡེ་ཁག་ལ་སྙན་ཞུ། (人社部门)', // 向人社部门报告
  },
  LAYOFF_STEP_STATE_LABELS: {
    [LayoffStepState.PENDING]: 'སྒྲུབ་རྒྱུ་སྒུག་བཞིན།', // 待办理
    [LayoffStepState.DONE]: 'ལེགས་གྲུབ་བྱུང་།', // 已完成
    [LayoffStepState.FAILED]: 'འཐུས་མ་སོང་།', // 未通过
    [LayoffStepState.RETURNED]: 'ཕྱིར་སློག་བྱས་ཟིན།', // 已退回
  },
  LAYOFF_STATUS_LABELS: {
    [LayoffStatus.IN_PROGRESS]: 'བྱ་རིམ་སྒྲུབ་བཞིན་པ།', // 程序办理中
    [LayoffStatus.REPORTED]: 'གནས་སྒྲིག་རྩིས་སྒྲིག་བྱེད་བཞིན་པ།', // 安置结算中
    [LayoffStatus.SETTLED]: 'སྒྲུབ་ཚར་ཟིན།', // 已办结
  },
  LAYOFF_EVENT_LABELS: {
    [LayoffEventType.FILED]: 'ལས་མི་ཉུང་འཕྲི་སྙན་ཞུ་ཕུལ།', // 提交裁员报告
    [LayoffEventType.STEP_RECORDED]: 'བྱ་རིམ་སྒྲུབ་པ།', // 办理程序
    [LayoffEventType.STEP_RETURNED]: 'ཉམས་ལས་མཐུན་ཚོགས་ཀྱིས་ཕྱིར་སློག', // 工会退回
    [LayoffEventType.WORKERS_IMPORTED]: 'ལས་ནས་ཕབ་པའི་མི་སྣའི་ཐོ་ནང་འདྲེན།', // 导入被裁减人员
    [LayoffEventType.WORKER_SAVED]: 'མི་སྣའི་རྩིས་སྒྲིག་ཐོ་འགོད།', // 登记人员结算
    [LayoffEventType.SETTLED]: 'མི་ཚང་མའི་རྩིས་སྒྲིག་ཚར།', // 全部人员结算完毕
  },
  MONTHLY_REPORT_STATUS_LABELS: {
    [MonthlyReportStatus.DRAFT]: 'ཟིན་བྲིས།', // 草稿
    [MonthlyReportStatus.ISSUED]: 'མིང་རྟགས་བཀོད་དེ་བཏང་ཟིན།', // 已签发
  },
  ROLE_LABELS: {
    [Role.SYSADMIN]: 'མ་ལག་དོ་དམ་པ།', // 系统管理员
    [Role.SECADMIN]: 'བདེ་འཇགས་དོ་དམ་པ།', // 安全管理员
    [Role.AUDITOR]: 'བདེ་འཇགས་རྩིས་ཞིབ་པ།', // 安全审计员
    [Role.PROVINCE_REVIEWER]: 'ཞིང་ཆེན་རིམ་པའི་ཞིབ་བཤེར་གཉིས་པ། (ཁེ་དབང་སྲུང་སྐྱོབ་སྡེ་ཚན།)', // 省级复审（权益保障部）
    [Role.REVIEWER]: 'གྲོང་ཁྱེར་དང་རྫོང་གི་ཞིབ་བཤེར་དང་པོ།', // 市县初审
    [Role.FINANCE]: 'དཔལ་འབྱོར། (དཔལ་འབྱོར་སྡེ་ཚན།)', // 财务（财务部）
    [Role.TRAINING_ADMIN]: 'སྦྱོང་བརྡར་དོ་དམ། (དཔལ་འབྱོར་ལག་རྩལ་སྡེ་ཚན།)', // 培训管理（经济技术部）
    [Role.PROGRAM_ADMIN]: 'རྣམ་གྲངས་དོ་དམ།', // 项目管理
    [Role.CENTER_STAFF]: 'རོགས་སྐྱོར་ལྟེ་གནས་ཀྱི་ལས་བྱེད་པ།', // 帮扶中心工作人员
    [Role.TRAINER]: 'སྦྱོང་བརྡར་དགེ་རྒན།', // 培训教师
    [Role.HR]: 'ཁེ་ལས་ཀྱི་མི་ཤུགས་ཐོན་ཁུངས།', // 企业人力资源
  },
  ORGANIZATION_TYPE_LABELS: {
    [OrganizationType.PROVINCIAL_FEDERATION]: 'ཞིང་ཆེན་ཉམས་ལས་མཐུན་ཚོགས་སྤྱི་ཁང་།', // 省总工会
    [OrganizationType.CITY_FEDERATION]: 'གྲོང་ཁྱེར་དང་ཁུལ་གྱི་ཉམས་ལས་མཐུན་ཚོགས་སྤྱི་ཁང་།', // 市州总工会
    [OrganizationType.COUNTY_FEDERATION]: 'རྫོང་ཆུས་ཉམས་ལས་མཐུན་ཚོགས་སྤྱི་ཁང་།', // 县区总工会
    [OrganizationType.INDUSTRY_UNION]: 'ཞིང་ཆེན་རིམ་པའི་ཐོན་ལས་ཉམས་ལས་མཐུན་ཚོགས།', // 省级产业工会
    [OrganizationType.DIRECT_UNION]: 'ཞིང་ཆེན་སྤྱི་ཁང་གི་ཐད་ཁོངས་ཉམས་ལས་མཐུན་ཚོགས།', // 省总直属工会
    [OrganizationType.SUPPORT_CENTER]: 'རོགས་སྐྱོར་ལྟེ་གནས།', // 帮扶中心
    [OrganizationType.ENTERPRISE]: 'ཁེ་ལས།', // 企业
  },
  TRAINING_BASE_KIND_LABELS: {
    [TrainingBaseKind.SUPPORT_CENTER]: 'རོགས་སྐྱོར་(ཞབས་ཞུ་)ལྟེ་གནས།', // 帮扶（服务）中心
    [TrainingBaseKind.INSTITUTION]: 'སྦྱོང་བརྡར་ལས་ཁུངས།', // 培训机构
    [TrainingBaseKind.CADRE_SCHOOL]: 'ཉམས་ལས་མཐུན་ཚོགས་ལས་བྱེད་སློབ་གྲྭ།', // 工会干部学校
    [TrainingBaseKind.VOCATIONAL_COLLEGE]: 'ལས་རིགས་སློབ་གྲྭ།', // 职业院校
    [TrainingBaseKind.ENTERPRISE]: 'ཁེ་ལས།', // 企业
  },
  TRAINING_BASE_STATUS_LABELS: {
    [TrainingBaseStatus.APPLIED]: 'ངོས་འཛིན་སྒུག་བཞིན།', // 待认定
    [TrainingBaseStatus.ACCREDITED]: 'ངོས་འཛིན་བྱས་ཟིན།', // 已认定
    [TrainingBaseStatus.REFUSED]: 'འཐུས་མ་སོང་།', // 未通过
  },
  TRAINING_BASE_CRITERION_LABELS: {
    [TrainingBaseCriterion.SITE]: 'ས་ཁང་ཡོད།', // 有场地
    [TrainingBaseCriterion.FACILITIES]: 'སྒྲིག་ཆས་ཡོད།', // 有设施
    [TrainingBaseCriterion.TEACHERS]: 'དགེ་རྒན་ཡོད།', // 有师资
    [TrainingBaseCriterion.TRAINING]: 'སྦྱོང་བརྡར་བྱེད་ཀྱི་ཡོད།', // 有培训
  },
  TRAINING_COURSE_TYPE_LABELS: {
    [TrainingCourseType.SKILLS]: 'ལག་རྩལ།', // 技能
    [TrainingCourseType.JOB_TRANSFER]: 'ལས་གནས་བརྗེ་བའི་སྦྱོང་བརྡར།', // 转岗
    [TrainingCourseType.STARTUP]: 'ལས་གསར་གཏོད།', // 创业
  },
  TRAINING_COURSE_PHASE_LABELS: {
    [TrainingCoursePhase.UPCOMING]: 'སློབ་ཚན་འགོ་མ་ཚུགས།', // 未开课
    [TrainingCoursePhase.RUNNING]: 'བྱེད་བཞིན་པ།', // 进行中
    [TrainingCoursePhase.ENDED]: 'མཇུག་རྫོགས་ཟིན།', // 已结束
    [TrainingCoursePhase.COMPLETED]: 'སློབ་མཐར་ཕྱིན་ཟིན།', // 已结业
  },
  TRAINING_SESSION_STATUS_LABELS: {
    [TrainingSessionStatus.SCHEDULED]: 'འགོ་མ་ཚུགས།', // 未开始
    [TrainingSessionStatus.OPEN]: 'མིང་འགོད་བཞིན་པ།', // 签到中
    [TrainingSessionStatus.CLOSED]: 'མཇུག་རྫོགས་ཟིན།', // 已结束
  },
  TRAINING_SESSION_MISSED_LABELS: {
    OVER_UNOPENED: 'འཛིན་གྲྭ་གྲོལ་ཟིན། (མིང་འགོད་མ་ཕྱེ།)', // 已下课（未开签到）
  },
  ENROLMENT_STATUS_LABELS: {
    [EnrolmentStatus.ENROLLED]: 'མིང་ཐོ་བཀོད་ཟིན།', // 已报名
    [EnrolmentStatus.WAITLISTED]: 'གྲངས་སྒུག', // 候补
    [EnrolmentStatus.WITHDRAWN]: 'ཕྱིར་ཐོན་ཟིན།', // 已退出
  },
  ENROLMENT_SOURCE_LABELS: {
    [EnrolmentSource.SELF]: 'རང་ཉིད་ཀྱིས་མིང་ཐོ་བཀོད།', // 本人报名
    [EnrolmentSource.STAFF]: 'ཉམས་ལས་མཐུན་ཚོགས་ཀྱིས་ཚབ་ཏུ་མིང་ཐོ་བཀོད།', // 工会代报名
    [EnrolmentSource.NOMINATED]: 'ལས་ཁུངས་ཀྱིས་འོས་སྦྱོར།', // 单位推荐
  },
  ATTENDANCE_STATUS_LABELS: {
    [AttendanceStatus.PRESENT]: 'ལས་ཁུངས་སུ་བསླེབས།', // 出勤
    [AttendanceStatus.LATE]: 'འཕྱི་འབྱོར།', // 迟到
    [AttendanceStatus.ABSENT]: 'ལས་ཁུངས་སུ་མ་བསླེབས།', // 缺勤
    [AttendanceStatus.EXCUSED]: 'དགོངས་པ་ཞུས།', // 请假
  },
  ATTENDANCE_METHOD_LABELS: {
    [AttendanceMethod.QR]: 'ཨང་རྟགས་བཤར་ནས་མིང་འགོད།', // 扫码签到
    [AttendanceMethod.CODE]: 'མིང་འགོད་ཨང་རྟགས།', // 签到码
    [AttendanceMethod.ROSTER]: 'དགེ་རྒན་གྱིས་མིང་བོས།', // 教师点名
  },
  ROSTER_MARK_OUTCOME_LABELS: {
    [RosterMarkOutcome.APPLIED]: 'ཟིན་ཐོ་བཀོད་ཟིན།', // 已记录
    [RosterMarkOutcome.SUPERSEDED]: 'དེ་ལས་ཕྱིས་པའི་ཟིན་ཐོ་ཡོད་ཟིན།', // 已有更晚的记录
    [RosterMarkOutcome.REJECTED]: 'ཟིན་ཐོ་མ་བཀོད།', // 未记录
  },
  ONLINE_LEARNING_CHANNEL_LABELS: {
    [OnlineLearningChannel.IMPORT]: 'སྟེགས་ནས་ནང་འདྲེན།', // 平台导入
    [OnlineLearningChannel.MINIPROGRAM]: 'བྱ་རིམ་ཆུང་ཆུང་ཐོག་སློབ་སྦྱོང་། (小程序)', // 小程序学习
  },
  TRAINING_TARGET_LABELS: {
    bases: 'ངོས་འཛིན་བྱས་པའི་སྦྱོང་བརྡར་རྨང་གཞི།', // 认定培训基地
    completions: 'སྦྱོང་བརྡར་མཐར་ཕྱིན།', // 培训结业
    domesticServiceCompletions: 'ཁྱིམ་ལས་ཞབས་ཞུའི་སྦྱོང་བརྡར་མཐར་ཕྱིན།', // 家政服务培训结业
    onlineLearning: 'དྲ་ཐོག་སློབ་སྦྱོང་།', // 网上学习
  },
  WARNING_FIGURE_LABELS: {
    [WarningFigure.LAYOFF_FILINGS]: 'ལས་མི་ཉུང་འཕྲིའི་ཐོ་འགོད་གྲངས།', // 裁员备案数
    [WarningFigure.LAID_OFF_WORKERS]: 'ལས་ནས་ཕབ་པའི་མི་གྲངས།', // 裁减人数
    [WarningFigure.REGISTERED_UNEMPLOYED]: 'ཐོ་འགོད་བྱས་པའི་ལས་མེད་མི་སྣ།', // 在册失业人员
    [WarningFigure.LAID_OFF_TAGGED]: 'ཐོ་འགོད་བྱས་པའི་ལས་གནས་ནས་བབས་པའི་ལས་བྱེད་པ།', // 在册下岗职工
    [WarningFigure.OPEN_DEMANDS]: 'སྒྲུབ་མ་ཚར་བའི་རེ་འདུན།', // 未办结诉求
  },
  EMPLOYMENT_STATUS_LABELS: {
    [EmploymentStatus.EMPLOYED]: 'ལས་གནས་ཐོག་ཡོད།', // 在岗
    [EmploymentStatus.LAID_OFF]: 'ལས་གནས་ནས་བབས་པ།', // 下岗
    [EmploymentStatus.UNEMPLOYED]: 'ལས་མེད།', // 失业
    [EmploymentStatus.JOB_TRANSFER]: 'ལས་གནས་བརྗེ་བ།', // 转岗
    [EmploymentStatus.FLEXIBLE]: 'འགྱུར་ཐུབ་ལས་ཞུགས། (灵活就业)', // 灵活就业
    [EmploymentStatus.NEW_FORMS]: 'ལས་ཞུགས་རྣམ་པ་གསར་པ། (新就业形态: ཟ་མ་སྐྱེལ་མཁན་དང་དྲ་ཐོག་རླངས་འཁོར་ཁ་ལོ་བ་སོགས།)', // 新就业形态（外卖骑手、网约车司机等）
  },
  EDUCATION_LABELS: {
    [Education.PRIMARY]: 'སློབ་ཆུང་དང་དེའི་མན།', // 小学及以下
    [Education.JUNIOR]: 'འབྲིང་རིམ་དམའ་རིམ།', // 初中
    [Education.SENIOR]: 'འབྲིང་རིམ་མཐོ་རིམ།', // 高中
    [Education.VOCATIONAL]: 'འབྲིང་རིམ་ཆེད་ལས་སློབ་གྲྭ། / ལག་རྩལ་སློབ་གྲྭ། (中专/技校)', // 中专/技校
    [Education.COLLEGE]: 'ཆེད་ལས་སློབ་གྲྭ་ཆེན་མོ། (大专)', // 大专
    [Education.BACHELOR]: 'སློབ་ཆེན་རྩ་རིམ། (本科)', // 本科
    [Education.POSTGRADUATE]: 'ཞིབ་འཇུག་སློབ་མ།', // 研究生
  },
  WORKER_TAG_LABELS: {
    [WorkerTag.HARDSHIP]: 'དཀའ་ངལ་ཅན་གྱི་ལས་བྱེད་པ།', // 困难职工
    [WorkerTag.ZERO_EMPLOYMENT_HOUSEHOLD]: 'ལས་ཞུགས་མི་མེད་པའི་ཁྱིམ་ཚང་། (零就业家庭)', // 零就业家庭
    [WorkerTag.LOW_INCOME_HOUSEHOLD]: 'འཚོ་བའི་དམའ་ཚད་འགན་ལེན་ཁྱིམ་ཚང་། (低保家庭)', // 低保家庭
    [WorkerTag.DISABLED]: 'དབང་པོ་སྐྱོན་ཅན།', // 残疾人
    [WorkerTag.POVERTY_ALLEVIATED]: 'དབུལ་ཕོངས་ལས་གྲོལ་བའི་མི་འབོར།', // 脱贫人口
    [WorkerTag.MIGRANT_WORKER]: 'ཞིང་པ་ལས་མི། (农民工)', // 农民工
    [WorkerTag.UNEMPLOYED_GRADUATE]: 'སློབ་གྲྭ་ནས་ཐོན་རྗེས་ལས་ཞུགས་མ་བྱས་པའི་སློབ་ཆེན་མཐར་ཕྱིན་པ།', // 离校未就业高校毕业生
    [WorkerTag.OVERCAPACITY_REDEPLOYED]: 'ཐོན་ནུས་ཉུང་དུ་གཏོང་སྐབས་ལས་གནས་བརྗེས་པའི་ལས་བྱེད་པ། (去产能分流职工)', // 去产能分流职工
    [WorkerTag.LAID_OFF]: 'ལས་གནས་ནས་བབས་པའི་ལས་བྱེད་པ།', // 下岗职工
    [WorkerTag.EMPLOYMENT_DIFFICULTY]: 'ལས་ཞུགས་དཀའ་ངལ་ཅན་གྱི་མི་སྣ།', // 就业困难人员
    [WorkerTag.VETERAN]: 'དམག་ཞབས་ནས་ཕྱིར་ཐོན་པ།', // 退役军人
    [WorkerTag.AID_RECIPIENT]: '221 རོགས་སྐྱོར་ཐོབ་མཁན། (221帮扶对象)', // 221帮扶对象
    [WorkerTag.RELAPSE_RISK]: 'བསྐྱར་དུ་དཀའ་ངལ་འབྱུང་ཉེན།', // 返困风险
  },
  ARCHIVE_STATUS_LABELS: {
    [ArchiveStatus.NONE]: 'ཡིག་ཚགས་འཛུགས་མེད།', // 未建档
    [ArchiveStatus.ACTIVE]: 'ཡིག་ཚགས་ནང་ཡོད།', // 在档
    [ArchiveStatus.CLOSED]: 'དཀའ་ངལ་ལས་གྲོལ་ཟིན།', // 已脱困
  },
  HARDSHIP_LEVEL_LABELS: {
    [HardshipLevel.DEEP]: 'དཀའ་ངལ་ཚབས་ཆེན།', // 深度困难
    [HardshipLevel.RELATIVE]: 'ཆ་བསྡུར་དཀའ་ངལ།', // 相对困难
    [HardshipLevel.ACCIDENTAL]: 'གློ་བུར་དོན་རྐྱེན་གྱིས་དཀའ་ངལ་བྱུང་བ།', // 意外致困
  },
  ARCHIVE_EVENT_LABELS: {
    [ArchiveEventType.OPENED]: 'ཡིག་ཚགས་འཛུགས་པ།', // 建档
    [ArchiveEventType.REASSESSED]: 'བསྐྱར་དུ་དཔྱད་བརྒྱབ།', // 重新评估
    [ArchiveEventType.CLOSED]: 'དཀའ་ངལ་ལས་གྲོལ་ནས་ཡིག་ཚགས་མེད་པར་བཏང་།', // 脱困销档
    [ArchiveEventType.REOPENED]: 'བསྐྱར་དུ་དཀའ་ངལ་བྱུང་བས་ཡིག་ཚགས་བསྐྱར་འཛུགས།', // 返困重新建档
    [ArchiveEventType.RELAPSE_RISK]: 'བསྐྱར་དུ་དཀའ་ངལ་འབྱུང་ཉེན་ཡོད།', // 返困风险
  },
  FOLLOW_UP_METHOD_LABELS: {
    [FollowUpMethod.PHONE]: 'ཁ་པར་ཐོག་ཕྱིར་འདྲི།', // 电话回访
    [FollowUpMethod.VISIT]: 'ས་གནས་སུ་ཐད་བཅར།', // 实地走访
    [FollowUpMethod.DATA_COMPARISON]: 'ཆ་འཕྲིན་ཞིབ་བསྡུར།', // 信息比对
  },
};
