import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** 中間支援組織: an intermediary support organisation, e.g. the Civic Activity Center. */
@Entity({ tableName: 'intermediary' })
export class Intermediary {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Stable code, e.g. `civic-activity-center`; ids differ between databases, codes do not. */
  @Property({ type: 'text', unique: true })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  nameKana!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'text', nullable: true })
  website!: string | null;
}
