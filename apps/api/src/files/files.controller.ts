import { Controller, Get, Param, ParseUUIDPipe, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FileRef } from '@steadywork/shared';
import type { Response } from 'express';
import { CurrentPrincipal } from '../auth/access.decorators';
import type { Principal } from '../auth/principal';
import { DomainException } from '../common/domain.exception';
import { DataScope, OptionalScope } from '../scope/data-scope';
import { RateLimited } from '../security/rate-limiter';
import { FilesService, MAX_FILE_BYTES } from './files.service';
import { ApiFileResult, ApiResult } from '../openapi/api-result';

const UuidPipe = new ParseUUIDPipe({
  exceptionFactory: () => DomainException.validation([{ field: 'id', message: '文件编号不正确' }]),
});

@ApiTags('files')
@ApiBearerAuth()
@Controller('files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Post()
  @RateLimited('upload')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({
    summary:
      'Upload evidence: JPG, PNG or PDF (checked by content), at most 10 MB; only the uploader may attach it, within a day',
  })
  @ApiResult('FileRef')
  upload(
    @UploadedFile() file: { originalname: string; buffer: Buffer; size: number } | undefined,
    @CurrentPrincipal() me: Principal,
  ): Promise<FileRef> {
    return this.files.upload(file, me);
  }

  @Get(':id')
  @ApiOperation({
    summary:
      'Download a file: once attached, whoever may read its record; before that, only its uploader (404 otherwise)',
  })
  @ApiFileResult(['image/jpeg', 'image/png', 'application/pdf'])
  async download(
    @Param('id', UuidPipe) id: string,
    @CurrentPrincipal() me: Principal,
    @OptionalScope() scope: DataScope | null,
    @Res() res: Response,
  ): Promise<void> {
    const { file, bytes } = await this.files.read(id, me, scope);
    res.setHeader('Content-Type', file.mime);
    res.setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(bytes);
  }
}
