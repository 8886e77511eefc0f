import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UtcTimeColumn } from '../database/columns';

/** An earlier password of a staff account (its hash only), so that the last N are not used again. */
@Entity('password_history')
@Index('idx_password_history_user', ['staffUserId', 'id'])
export class PasswordHistory {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'staff_user_id', type: 'int' })
  staffUserId!: number;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @UtcTimeColumn('created_at')
  createdAt!: Date;
}
