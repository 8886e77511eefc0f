import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { probeWritableDirectory } from '../database/data-source';
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
      useFactory: (config: AppConfig): FileStore => {
        if (config.s3) return new S3FileStore(config.s3);
        // an upload directory the API cannot write stops the start, naming it (not the first upload)
        probeWritableDirectory(config.fileStorageDir, 'the upload directory (FILE_STORAGE_DIR)');
        return new LocalDiskFileStore(config.fileStorageDir);
      },
    },
  ],
  exports: [FilesService, FileStore],
})
export class FilesModule {}
