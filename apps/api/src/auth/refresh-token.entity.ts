import { PrincipalType } from '@steadywork/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A refresh token, stored as a SHA-256 hash. Rotated on every use; a reused (already rotated)
 * token revokes its whole family.
 */
@Entity('refresh_token')
export class RefreshToken {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'family_id', type: 'varchar', length: 36 })
  familyId!: string;

  @Column({ name: 'principal_type', type: 'varchar', length: 16 })
  principalType!: PrincipalType;

  @Column({ name: 'principal_id', type: 'int' })
  principalId!: number;

  @Index('uq_refresh_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'datetime', precision: 3, nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}
