import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 事務局: the one row naming the department that runs the mutual-proposal programme (in
 * Kamakura, 地域のつながり推進課). Its staff receive and review proposals for every department.
 */
@Entity({ tableName: 'programme_office' })
export class ProgrammeOffice {
  /** Always true: the table holds at most one row. */
  @PrimaryKey({ type: 'boolean' })
  singleton!: boolean;

  @Property({ type: 'uuid' })
  secretariatDepartmentId!: string;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'text', nullable: true })
  updatedBy!: string | null;
}
