import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { FileStore, LocalDiskFileStore, S3FileStore } from './file-store';
import { FilesController } from './files.controller';
import { FilesService } from './files.service';
import { StoredFile } from './stored-file.entity';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([StoredFile])],
  controllers: [FilesController],
  providers: [
    FilesService,
    {
      provide: FileStore,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): FileStore =>
        config.s3 ? new S3FileStore(config.s3) : new LocalDiskFileStore(config.fileStorageDir),
    },
  ],
  exports: [FilesService, FileStore],
})
export class FilesModule {}
