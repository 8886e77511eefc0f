import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Request counters of the rate limiter, shared by every API instance. */
@Entity('rate_limit')
export class RateLimit {
  @PrimaryColumn({ type: 'varchar', length: 191 })
  bucket!: string;

  @Column({ type: 'int' })
  hits!: number;

  @Column({ name: 'window_ends_at', type: 'datetime', precision: 3 })
  windowEndsAt!: Date;
}
