import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Key/value settings changed at run time (e.g. the security policy). */
@Entity('setting')
export class Setting {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key!: string;

  @Column({ type: 'simple-json' })
  value!: unknown;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
