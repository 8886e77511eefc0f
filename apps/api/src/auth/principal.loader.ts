import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, PrincipalType, Role, StaffStatus } from '@steadywork/shared';
import { Repository } from 'typeorm';
import { DomainException } from '../common/domain.exception';
import { Organization } from '../organization/organization.entity';
import { StaffRole, StaffUser } from '../staff/staff-user.entity';
import { WorkerAccount } from '../worker-account/worker-account.entity';
import type { Principal, StaffPrincipal } from './principal';

@Injectable()
export class PrincipalLoader {
  constructor(
    @InjectRepository(StaffUser) private readonly staff: Repository<StaffUser>,
    @InjectRepository(StaffRole) private readonly roles: Repository<StaffRole>,
    @InjectRepository(Organization) private readonly orgs: Repository<Organization>,
    @InjectRepository(WorkerAccount) private readonly workers: Repository<WorkerAccount>,
  ) {}

  async load(type: PrincipalType, id: number): Promise<Principal> {
    if (type === PrincipalType.STAFF) return this.loadStaff(id);
    if (type === PrincipalType.WORKER) {
      const w = await this.workers.findOneBy({ id });
      if (!w || w.status !== 'ACTIVE') throw new DomainException(ErrorCode.TOKEN_INVALID);
      return { type: PrincipalType.WORKER, id: w.id, openid: w.openid };
    }
    throw new DomainException(ErrorCode.TOKEN_INVALID);
  }

  async loadStaff(id: number): Promise<StaffPrincipal> {
    const user = await this.staff.findOneBy({ id });
    if (!user) throw new DomainException(ErrorCode.TOKEN_INVALID);
    if (user.status !== StaffStatus.ACTIVE) throw new DomainException(ErrorCode.ACCOUNT_DISABLED);
    return this.toPrincipal(user);
  }

  async toPrincipal(user: StaffUser): Promise<StaffPrincipal> {
    const [roles, org] = await Promise.all([
      this.roles.findBy({ userId: user.id }),
      this.orgs.findOneByOrFail({ id: user.organizationId }),
    ]);
    return {
      type: PrincipalType.STAFF,
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      roles: roles.map((r) => r.role as Role).sort(),
      organizationId: org.id,
      regionCode: org.regionCode,
      mustChangePassword: user.mustChangePassword,
    };
  }
}
