import { RegionLevel } from '@steadywork/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An administrative region (GB/T 2260). Reference data, seeded by migration. */
@Entity('region')
export class Region {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  code!: string;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  level!: RegionLevel;

  @Column({ name: 'parent_code', type: 'varchar', length: 12, nullable: true })
  parentCode!: string | null;
}
