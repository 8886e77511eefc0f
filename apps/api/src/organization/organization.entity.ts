import { OrganizationType } from '@steadywork/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A union organisation (省总 → 市州 → 县区, industry and directly affiliated unions, centers, enterprises). */
@Entity('organization')
export class Organization {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 128 })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  type!: OrganizationType;

  /** Its data scope is this region's subtree. */
  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ name: 'parent_id', type: 'int', nullable: true })
  parentId!: number | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}
