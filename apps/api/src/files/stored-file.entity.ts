import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An uploaded file (evidence, photos); the bytes live in the file store, keyed by id. */
@Entity('stored_file')
export class StoredFile {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'owner_type', type: 'varchar', length: 16 })
  ownerType!: string;

  @Column({ name: 'owner_id', type: 'int' })
  ownerId!: number;

  @Column({ name: 'original_name', type: 'varchar', length: 255 })
  originalName!: string;

  @Column({ type: 'varchar', length: 64 })
  mime!: string;

  @Column({ type: 'int' })
  size!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}
