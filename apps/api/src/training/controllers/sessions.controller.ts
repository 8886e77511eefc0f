import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  RosterSyncResponse,
  TRAINING_ATTENDANCE_ROLES,
  TRAINING_SESSION_STATUS_LABELS,
  TRAINING_READ_ROLES,
  TrainerSessionResponse,
  TrainingAttendanceResponse,
  TrainingQrResponse,
  TrainingRosterResponse,
  TrainingSessionResponse,
} from '@steadywork/shared';
import type { Response } from 'express';
import { CurrentStaff, CurrentWorker, Roles, WorkerOnly } from '../../auth/access.decorators';
import { type StaffPrincipal, type WorkerPrincipal } from '../../auth/principal';
import { IdPipe } from '../../common/id.pipe';
import { shanghaiTime, XLSX_MIME } from '../../common/xlsx';
import { writeAuditedExport } from '../../audit/audited-export';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock';
import { DataScope, Scope } from '../../scope/data-scope';
import { AttendanceService } from '../attendance.service';
import { CheckInDto, RosterSyncDto } from '../training.dto';
import { ApiFileResult, ApiResult } from '../../openapi/api-result';

@ApiTags('training')
@ApiBearerAuth()
@Controller('training/sessions')
export class TrainingSessionsController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @Get('mine/export')
  @Roles(...TRAINING_ATTENDANCE_ROLES)
  @ApiFileResult(XLSX_MIME)
  @ApiOperation({ summary: 'The caller’s sessions (as GET mine lists them) as .xlsx; audited' })
  async exportMine(@CurrentStaff() staff: StaffPrincipal, @Res() res: Response): Promise<void> {
    const sessions = await this.attendance.mySessions(staff);
    await writeAuditedExport<TrainerSessionResponse>(this.audit, res, {
      name: '我的课次',
      sheet: '课次',
      columns: [
        { header: '课程', width: 30, value: (s) => s.courseTitle },
        { header: '课次', width: 6, value: (s) => s.seq },
        { header: '开始时间', width: 20, value: (s) => shanghaiTime(s.startsAt) },
        { header: '结束时间', width: 20, value: (s) => shanghaiTime(s.endsAt) },
        { header: '培训地点', width: 30, value: (s) => s.venue },
        { header: '报名人数', width: 10, value: (s) => s.enrolled },
        { header: '签到状态', width: 10, value: (s) => TRAINING_SESSION_STATUS_LABELS[s.status] },
      ],
      batches: (async function* () {
        yield sessions;
      })(),
      action: 'training_session.export',
      targetType: 'training_session',
      filters: {},
      now: this.clock.now(),
    });
  }

  @Get('mine')
  @Roles(...TRAINING_ATTENDANCE_ROLES)
  @ApiOperation({ summary: 'Sessions of the courses the caller teaches, from yesterday to two weeks ahead' })
  @ApiResult('TrainerSessionResponse', { array: true })
  mine(@CurrentStaff() staff: StaffPrincipal): Promise<TrainerSessionResponse[]> {
    return this.attendance.mySessions(staff);
  }

  @Post(':id/open')
  @Roles(...TRAINING_ATTENDANCE_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Open check-in (a trainer of the course), from an hour before the session until it ends' })
  @ApiResult('TrainingSessionResponse')
  open(
    @Param('id', IdPipe) id: number,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<TrainingSessionResponse> {
    return this.attendance.open(id, staff, scope);
  }

  @Get(':id/qr')
  @Roles(...TRAINING_ATTENDANCE_ROLES)
  @ApiOperation({ summary: 'The current QR token and short code; they change every 30 seconds' })
  @ApiResult('TrainingQrResponse')
  qr(
    @Param('id', IdPipe) id: number,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<TrainingQrResponse> {
    return this.attendance.qr(id, staff, scope);
  }

  @Post(':id/close')
  @Roles(...TRAINING_ATTENDANCE_ROLES)
  @HttpCode(200)
  @ApiResult('TrainingSessionResponse')
  close(
    @Param('id', IdPipe) id: number,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<TrainingSessionResponse> {
    return this.attendance.close(id, staff, scope);
  }

  @Get(':id/roster')
  @Roles(...TRAINING_READ_ROLES)
  @ApiResult('TrainingRosterResponse')
  roster(
    @Param('id', IdPipe) id: number,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<TrainingRosterResponse> {
    return this.attendance.roster(id, staff, scope);
  }

  @Post(':id/roster/sync')
  @Roles(...TRAINING_ATTENDANCE_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Hand marks from the trainer’s device: once per clientId, a later mark wins' })
  @ApiResult('RosterSyncResponse')
  sync(
    @Param('id', IdPipe) id: number,
    @Body() dto: RosterSyncDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<RosterSyncResponse> {
    return this.attendance.sync(id, dto, staff, scope);
  }
}

@ApiTags('training')
@ApiBearerAuth()
@Controller('training/check-ins')
export class TrainingCheckInsController {
  constructor(private readonly attendance: AttendanceService) {}

  @Post()
  @WorkerOnly()
  @ApiOperation({
    summary: 'Check in with the scanned token, or the session and short code; 200 with the first record when repeated',
  })
  @ApiResult('TrainingAttendanceResponse')
  @ApiResult('TrainingAttendanceResponse', { status: 200, description: 'Already checked in: the earlier record' })
  async checkIn(
    @CurrentWorker() me: WorkerPrincipal,
    @Body() dto: CheckInDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TrainingAttendanceResponse> {
    const record = await this.attendance.checkIn(me, dto);
    if (record.repeated) res.status(200);
    return record;
  }
}
