import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RegionNode } from '@steadywork/shared';
import { DomainException } from '../common/domain.exception';
import { RegionService } from './region.service';
import { ApiResult } from '../openapi/api-result';

@ApiTags('regions')
@ApiBearerAuth()
@Controller('regions')
export class RegionController {
  constructor(private readonly regions: RegionService) {}

  @Get()
  @ApiOperation({ summary: 'The region tree (GB/T 2260), rooted at the province' })
  @ApiResult('RegionNode')
  tree(): RegionNode {
    const tree = this.regions.tree();
    if (!tree) throw DomainException.notFound('行政区划');
    return tree;
  }
}
