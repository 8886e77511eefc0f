import { PrincipalType } from '@steadywork/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { UtcTimeColumn } from '../database/columns';

/**
 * One sign-in (the refresh-token family's id, also in each access token as `sid`) and when it was
 * last used, for the idle timeout of staff sessions.
 */
@Entity('auth_session')
export class AuthSession {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'principal_type', type: 'varchar', length: 16 })
  principalType!: PrincipalType;

  @Column({ name: 'principal_id', type: 'int' })
  principalId!: number;

  @Index('idx_auth_session_seen')
  @UtcTimeColumn('last_seen_at')
  lastSeenAt!: Date;

  @UtcTimeColumn('created_at')
  createdAt!: Date;
}
