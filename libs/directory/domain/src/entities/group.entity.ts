import { ArrayType, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { ActivityField, District, OrganizationType } from '@tsunagaru/shared-kernel';
import { groupSearchColumns } from '../search/japanese-search';
import { RegistrationStatus } from './registration-status';

/**
 * 市民活動団体等: a civic group (or an individual) doing civic activity in Kamakura.
 * Its representative's personal contact lives in GroupPrivateContact, a table of its
 * own that is read only when the caller may see it.
 */
@Entity({ tableName: 'civic_group' })
export class Group {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  name!: string;

  /** Katakana reading; stored normalised so kana searches match. */
  @Property({ type: 'text' })
  nameKana!: string;

  /** Search key of the name (see japaneseSearchKey); written on every insert and update. */
  @Property({ type: 'text', onCreate: (group: Group) => groupSearchColumns(group).searchName, onUpdate: (group: Group) => groupSearchColumns(group).searchName })
  searchName!: string;

  /** Search key of the reading. */
  @Property({ type: 'text', onCreate: (group: Group) => groupSearchColumns(group).searchReading, onUpdate: (group: Group) => groupSearchColumns(group).searchReading })
  searchReading!: string;

  /** Search keys of the description and the districts' names. */
  @Property({ type: 'text', lazy: true, onCreate: (group: Group) => groupSearchColumns(group).searchProfile, onUpdate: (group: Group) => groupSearchColumns(group).searchProfile })
  searchProfile!: string;

  /** Characters and character pairs of all keys, GIN-indexed: what a search narrows by first. */
  @Property({
    type: ArrayType,
    columnType: 'text[]',
    lazy: true,
    onCreate: (group: Group) => groupSearchColumns(group).searchTerms,
    onUpdate: (group: Group) => groupSearchColumns(group).searchTerms,
  })
  searchTerms!: string[];

  @Enum({ items: () => OrganizationType, type: 'text' })
  organizationType!: OrganizationType;

  @Property({ type: ArrayType, columnType: 'text[]' })
  activityFields!: ActivityField[];

  @Property({ type: ArrayType, columnType: 'text[]' })
  districts!: District[];

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  foundedOn!: string | null;

  @Property({ type: 'integer', nullable: true })
  memberCount!: number | null;

  @Property({ type: 'text', nullable: true })
  publicEmail!: string | null;

  @Property({ type: 'text', nullable: true })
  publicPhone!: string | null;

  @Property({ type: 'text', nullable: true })
  website!: string | null;

  @Enum({ items: () => RegistrationStatus, type: 'text' })
  registrationStatus!: RegistrationStatus;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  registeredOn!: string | null;

  @Property({ type: 'uuid', nullable: true })
  registeredAtIntermediaryId!: string | null;

  @Property({ type: 'text', nullable: true })
  rejectionReason!: string | null;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt!: Date;
}
