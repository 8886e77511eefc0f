import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, LessThan, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { SchedulerService } from '../scheduler/scheduler.service';
import { AidProgram, AidPublicity } from './aid.entities';

/**
 * `aid.publicities-ended` (daily, 08:00 Asia/Shanghai): lists the publicities whose period is
 * over and that nobody has closed yet. Closing one confirms its entries — a decision the
 * province takes (and may have to delay while objections are open), so the job lists them for
 * the province in its run record rather than closing them itself.
 */
@Injectable()
export class AidScheduledJobs implements OnModuleInit {
  constructor(
    @InjectRepository(AidPublicity) private readonly publicities: Repository<AidPublicity>,
    @InjectRepository(AidProgram) private readonly programs: Repository<AidProgram>,
    private readonly clock: Clock,
    private readonly scheduler: SchedulerService,
  ) {}

  onModuleInit(): void {
    this.scheduler.define({
      name: 'aid.publicities-ended',
      title: '列出公示期已满、尚未结束的“221”公示，待省级结束公示',
      schedule: '0 0 8 * * *',
      leaseMs: 10 * 60_000,
      run: () => this.endedPublicities(),
    });
  }

  async endedPublicities(): Promise<{ items: number; detail: string | null }> {
    const ended = await this.publicities.find({
      where: { closedAt: IsNull(), endsAt: LessThan(this.clock.now()) },
      order: { id: 'ASC' },
    });
    if (!ended.length) return { items: 0, detail: null };
    const programs = new Map(
      (await this.programs.findBy({ id: In([...new Set(ended.map((p) => p.programId))]) })).map((p) => [p.id, p.name]),
    );
    const list = ended.map((p) => `#${p.id} ${programs.get(p.programId) ?? ''}`.trim()).join('；');
    return { items: ended.length, detail: `公示期已满待结束：${list}` };
  }
}
