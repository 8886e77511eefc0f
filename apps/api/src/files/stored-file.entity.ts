import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An uploaded file (evidence, photos); the bytes live in the file store, keyed by id. Once
 * attached, it belongs to that record (attachedType/attachedId) and is read under its rule;
 * until then only its uploader may read or attach it, and it expires.
 */
@Entity('stored_file')
@Index('idx_stored_file_owner', ['ownerType', 'ownerId'])
@Index('idx_stored_file_attached', ['attachedType', 'attachedId'])
@Index('idx_stored_file_unattached', ['attachedAt', 'createdAt'])
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

  @Column({ name: 'attached_type', type: 'varchar', length: 24, nullable: true })
  attachedType!: string | null;

  @Column({ name: 'attached_id', type: 'int', nullable: true })
  attachedId!: number | null;

  @Column({ name: 'attached_at', type: 'datetime', precision: 3, nullable: true })
  attachedAt!: Date | null;
}
