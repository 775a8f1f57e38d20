import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** 市 / 担当課: a city department that owns projects and measures. */
@Entity({ tableName: 'department' })
export class Department {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text', unique: true })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  nameKana!: string;

  @Property({ type: 'text' })
  nameEn!: string;
}
