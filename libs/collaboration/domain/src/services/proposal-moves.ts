import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProposalActorCapacity, ProposalStatus } from '../entities/proposal-status';
import { sql } from '@tsunagaru/shared-persistence';

/** Columns a move may set besides the status; named here, never taken from input. */
export type MoveColumn = 'submitted_on' | 'decided_on' | 'fiscal_year' | 'partner_group_ids';

export interface ProposalMove {
  proposalId: string;
  /** The status the mover read: the UPDATE changes the row only if it still holds it. */
  from: ProposalStatus;
  to: ProposalStatus;
  actor: { subject: string; name: string | null };
  actedAs: ProposalActorCapacity;
  reason?: string | null;
  set?: Partial<Record<MoveColumn, unknown>>;
  /** When given, the row must also still be at this version (an edit in between is a conflict). */
  expectedVersion?: number;
  at?: Date;
}

/**
 * One move of a proposal, inside the caller's transaction: a conditional
 * `UPDATE proposal SET status = to … WHERE id = … AND status = from` and its history row.
 * Returns false, having written nothing, when the row no longer holds `from` (someone else
 * moved it first); the caller then rolls back and reports CONFLICT. Of two concurrent moves
 * from the same state exactly one changes the row: PostgreSQL re-checks the WHERE clause of
 * the second after the first commits.
 */
export async function applyProposalMove(em: EntityManager, move: ProposalMove): Promise<boolean> {
  const assignments: string[] = ['status = ?', 'version = version + 1', 'updated_at = ?'];
  const at = move.at ?? new Date();
  const params: unknown[] = [move.to, at];
  for (const [column, value] of Object.entries(move.set ?? {}) as Array<[MoveColumn, unknown]>) {
    if (column === 'partner_group_ids') {
      assignments.push('partner_group_ids = array[?]::uuid[]');
    } else {
      assignments.push(`${column} = ?`);
    }
    params.push(value);
  }
  const conditions = ['id = ?', 'status = ?'];
  params.push(move.proposalId, move.from);
  if (move.expectedVersion !== undefined) {
    conditions.push('version = ?');
    params.push(move.expectedVersion);
  }
  const changed = await sql(em, `update proposal set ${assignments.join(', ')} where ${conditions.join(' and ')} returning id`, params);
  if (changed.length === 0) return false;
  await sql(
    em,
    `insert into proposal_transition (id, proposal_id, from_status, to_status, at, acted_as, actor_subject, actor_name, reason)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [randomUUID(), move.proposalId, move.from, move.to, at, move.actedAs, move.actor.subject, move.actor.name, move.reason ?? null],
  );
  return true;
}
