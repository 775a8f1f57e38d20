import { ArrayType, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import type { Yen } from '@tsunagaru/shared-kernel';
import { YenType } from '@tsunagaru/shared-persistence';
import { AgreementPartyKind } from './collaboration-enums';

/** 役割分担と費用負担: one party's roles and responsibilities and its share of the budget, in one version. */
@Entity({ tableName: 'agreement_party_terms' })
export class AgreementPartyTerms {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  agreementVersionId!: string;

  @Enum({ items: () => AgreementPartyKind, type: 'text' })
  partyKind!: AgreementPartyKind;

  /** The department, group or intermediary id. */
  @Property({ type: 'uuid' })
  partyId!: string;

  /** 役割と責任, one item each. */
  @Property({ type: ArrayType, columnType: 'text[]' })
  roles!: string[];

  /** 費用負担 in yen: the department's is the city's share. */
  @Property({ type: YenType })
  budgetShare!: Yen;

  /** Order of the parties: the department, the groups, the intermediary. */
  @Property({ type: 'smallint' })
  position!: number;
}
