import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { ProposalActorCapacity, ProposalStatus } from './proposal-status';

/** 経過: one move of a proposal (from, to, who, as what, when, why). Written with the move, in its transaction. */
@Entity({ tableName: 'proposal_transition' })
export class ProposalTransition {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  proposalId!: string;

  /** Null for the entry that started the draft. */
  @Enum({ items: () => ProposalStatus, type: 'text', nullable: true })
  fromStatus!: ProposalStatus | null;

  @Enum({ items: () => ProposalStatus, type: 'text' })
  toStatus!: ProposalStatus;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  at!: Date;

  @Enum({ items: () => ProposalActorCapacity, type: 'text' })
  actedAs!: ProposalActorCapacity;

  @Property({ type: 'text' })
  actorSubject!: string;

  @Property({ type: 'text', nullable: true })
  actorName!: string | null;

  @Property({ type: 'text', nullable: true })
  reason!: string | null;
}
