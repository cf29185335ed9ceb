import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type OrganizationKind = 'hotline' | 'company' | 'network';
export type Cadence = 'month' | 'quarter';

@Entity('organization')
@Check('organization_kind_check', "kind IN ('hotline', 'company', 'network')")
@Check('organization_cadence_check', "cadence IN ('month', 'quarter')")
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('organization_slug_key', { unique: true })
  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: OrganizationKind;

  /** ISO 3166-1 alpha-2; null for networks spanning several countries. */
  @Column({ type: 'char', length: 2, nullable: true })
  country!: string | null;

  /** Expected submission cadence; sets deadlines and what counts as missing. */
  @Column({ type: 'text', nullable: true })
  cadence!: Cadence | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
