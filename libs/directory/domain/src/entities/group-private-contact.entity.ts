import { Entity, OneToOne, Property } from '@mikro-orm/core';
import type { Group } from './group.entity';

/** 代表者連絡先: personal contact of a group's representative; never public. */
@Entity({ tableName: 'group_private_contact' })
export class GroupPrivateContact {
  @OneToOne({ entity: 'Group', primary: true, owner: true, fieldName: 'group_id', deleteRule: 'cascade' })
  group!: Group;

  @Property({ type: 'text' })
  representativeName!: string;

  @Property({ type: 'text', nullable: true })
  representativeNameKana!: string | null;

  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text', nullable: true })
  phone!: string | null;

  @Property({ type: 'text', nullable: true })
  postalCode!: string | null;

  @Property({ type: 'text', nullable: true })
  address!: string | null;
}
