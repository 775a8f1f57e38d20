import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { AgreementPartyKind } from './collaboration-enums';

/** 署名: a party's signature on one version. A revision voids the signatures of the versions before it. */
@Entity({ tableName: 'agreement_signature' })
export class AgreementSignature {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  agreementId!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Enum({ items: () => AgreementPartyKind, type: 'text' })
  partyKind!: AgreementPartyKind;

  @Property({ type: 'uuid' })
  partyId!: string;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  signedAt!: Date;

  @Property({ type: 'text' })
  signedBy!: string;
}
