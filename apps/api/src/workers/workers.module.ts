import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PersonalDataCipher } from '../crypto/personal-data.cipher';
import { ArchiveService } from './archive.service';
import { FollowUp } from './follow-up.entity';
import { FollowUpService } from './follow-up.service';
import { ArchiveEvent, HardshipArchive } from './hardship-archive.entity';
import { MeProfileController } from './me-profile.controller';
import { Worker, WorkerTagRow } from './worker.entity';
import { FollowUpsController, WorkersController } from './workers.controller';
import { WorkersService } from './workers.service';
import { WorkerClaim } from './worker-claim.entity';
import { WorkerClaimsService } from './worker-claims.service';
import { ImportJob } from './import-job.entity';
import { WorkerExportService } from './worker-export.service';
import { WorkerImportService } from './worker-import.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Worker, WorkerTagRow, HardshipArchive, ArchiveEvent, FollowUp, ImportJob, WorkerClaim]),
  ],
  controllers: [WorkersController, FollowUpsController, MeProfileController],
  providers: [
    WorkersService,
    WorkerClaimsService,
    ArchiveService,
    FollowUpService,
    PersonalDataCipher,
    WorkerImportService,
    WorkerExportService,
  ],
  exports: [WorkersService, ArchiveService, FollowUpService, PersonalDataCipher],
})
export class WorkersModule {}
