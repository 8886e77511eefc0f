import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { OrganizationResponse } from '@steadywork/shared';
import { In, Repository } from 'typeorm';
import { DomainException } from '../common/domain.exception';
import { RegionService } from '../region/region.service';
import { applyScope, assertInScope, DataScope } from '../scope/data-scope';
import { Organization } from './organization.entity';

@Injectable()
export class OrganizationService {
  constructor(
    @InjectRepository(Organization) private readonly orgs: Repository<Organization>,
    private readonly regions: RegionService,
  ) {}

  async listInScope(scope: DataScope): Promise<OrganizationResponse[]> {
    const qb = this.orgs.createQueryBuilder('o').orderBy('o.region_code', 'ASC').addOrderBy('o.id', 'ASC');
    applyScope(qb, 'o.region_code', scope);
    return (await qb.getMany()).map((o) => this.toResponse(o));
  }

  async getInScope(id: number, scope: DataScope): Promise<Organization> {
    const org = await this.orgs.findOneBy({ id });
    if (!org) throw DomainException.notFound('组织');
    assertInScope(scope, org.regionCode, '组织');
    return org;
  }

  async byIds(ids: number[]): Promise<Map<number, Organization>> {
    if (!ids.length) return new Map();
    const rows = await this.orgs.findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((o) => [o.id, o]));
  }

  toResponse(o: Organization): OrganizationResponse {
    return {
      id: o.id,
      name: o.name,
      type: o.type,
      regionCode: o.regionCode,
      regionName: this.regions.nameOf(o.regionCode),
      parentId: o.parentId,
    };
  }
}
