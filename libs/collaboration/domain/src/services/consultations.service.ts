import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ConflictError,
  isCalendarDate,
  todayInJapan,
  type Principal,
  authorizeOrRefuse,
  IssueCollector,
  refuse,
} from '@tsunagaru/shared-kernel';
import { keysetOrder, sql } from '@tsunagaru/shared-persistence';
import { Consultation, ProposalStatus } from '../entities';
import { proposalPolicies, proposalSubjectOf } from '../policies';
import { ProposalWorkflow } from './proposal-workflow.service';

export interface RecordConsultationInput {
  proposalId: string;
  heldOn: string;
  participants: string[];
  notes: string;
  nextSteps?: string | null;
}

/** Between adoption and completion the parties consult (協議) on the project. */
const CONSULTING_STATUSES = [ProposalStatus.ADOPTED, ProposalStatus.AGREED, ProposalStatus.IMPLEMENTED] as const;

/** 協議の記録: the parties record what they discussed and agreed to do next. */
export class Consultations {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(input: RecordConsultationInput, caller: Principal | null): Promise<Consultation> {
    const proposal = await new ProposalWorkflow(this.em, this.now).visibleProposal(input.proposalId, caller);
    const principal = authorizeOrRefuse(proposalPolicies.recordConsultation, caller, proposalSubjectOf(proposal), 'proposalId');
    if (!(CONSULTING_STATUSES as readonly ProposalStatus[]).includes(proposal.status)) {
      throw refuse('proposalId', 'INVALID_STATE', `Consultations are recorded between adoption and completion; this proposal is ${proposal.status}.`);
    }
    const issues = new IssueCollector();
    const today = todayInJapan(this.now());
    if (!isCalendarDate(input.heldOn)) issues.add('heldOn', 'INVALID_FORMAT', 'heldOn is not a date.');
    else if (input.heldOn > today) issues.add('heldOn', 'IN_THE_FUTURE', 'Record a consultation once it has been held.');
    else if (proposal.decidedOn && input.heldOn < proposal.decidedOn) issues.add('heldOn', 'BEFORE_ADOPTION', 'Consultations follow the adoption.');
    const participants = (input.participants ?? []).map((name) => name.trim()).filter((name) => name.length > 0);
    if (participants.length === 0) issues.add('participants', 'REQUIRED', 'Name who took part.');
    else if (participants.length > 30) issues.add('participants', 'TOO_MANY', 'At most 30 participants.');
    else if (participants.some((name) => name.length > 100)) issues.add('participants', 'TOO_LONG', 'A participant is named in at most 100 characters.');
    issues.text('notes', input.notes, 8000, true);
    issues.text('nextSteps', input.nextSteps, 4000, false);
    issues.throwIfAny();

    const id = randomUUID();
    // Written only while the proposal is still between adoption and completion, checked in the same statement.
    const written = await sql(
      this.em,
      `insert into consultation (id, proposal_id, held_on, participants, notes, next_steps, recorded_at, recorded_by)
       select ?, p.id, ?, array[?]::text[], ?, ?, ?, ? from proposal p where p.id = ? and p.status in (${CONSULTING_STATUSES.map(() => '?').join(', ')})
       returning id`,
      [id, input.heldOn, participants, input.notes.trim(), input.nextSteps?.trim() ?? '', this.now(), principal.subject, proposal.id, ...CONSULTING_STATUSES],
    );
    if (written.length === 0) throw new ConflictError(`Proposal ${proposal.id} was completed or changed meanwhile.`);
    return (await this.em.fork().findOne(Consultation, { id }))!;
  }
}

/** Latest meeting first, then id. */
export const CONSULTATIONS_NEWEST_FIRST = keysetOrder<Consultation>(
  { sql: 'held_on', type: 'date', direction: 'desc', of: (consultation) => consultation.heldOn },
  { sql: 'id', type: 'uuid', direction: 'desc', of: (consultation) => consultation.id },
);
