import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '@tsunagaru/shared-kernel';
import { createOrm, keysetOrder } from '@tsunagaru/shared-persistence';
import { createScratchDatabase, demoPrincipal } from '@tsunagaru/shared-testing';
import { collaborationPersistence } from '../collaboration.module';
import { Proposal } from '../entities';
import { ProposalCatalog } from '../services/proposal-catalog.service';
import { isProposalVisibleTo } from './collaboration-policies';
import { proposalSubjectOf } from './subjects';

// The list form of the visibility rule (SQL) and the rule itself (a policy in memory) must
// agree for every caller on every seeded proposal: drafts, proposals under review, decided ones.
let orm: MikroORM;
let everyProposal: Proposal[];

beforeAll(async () => {
  orm = await createOrm(collaborationPersistence, { databaseUrl: await createScratchDatabase(), poolMax: 4 });
  everyProposal = await orm.em.fork().find(Proposal, {});
});

afterAll(async () => {
  await orm?.close();
});

const BY_ID = keysetOrder<Proposal>({ sql: 'id', type: 'uuid', of: (proposal) => proposal.id });

async function listedFor(principal: Principal | null): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await new ProposalCatalog(orm.em.fork()).list({}, BY_ID.request({ first: 100, after }), principal);
    ids.push(...page.rows.map((row) => row.id));
    if (!page.hasNextPage) return ids.sort();
    after = page.cursorOf(page.rows.at(-1)!);
  }
}

describe('visibleProposalsSql agrees with isProposalVisibleTo', () => {
  it('holds every kind of proposal: drafts, ones under review, decided ones', () => {
    const statuses = new Set(everyProposal.map((proposal) => proposal.status));
    for (const status of ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'ADOPTED', 'AGREED', 'IMPLEMENTED', 'COMPLETED', 'NOT_ADOPTED', 'WITHDRAWN']) {
      expect(statuses.has(status as never), status).toBe(true);
    }
    expect(everyProposal.every((proposal) => proposal.secretariatDepartmentId !== null)).toBe(true);
  });

  const hidden = () => everyProposal.filter((proposal) => !isProposalVisibleTo(null, proposalSubjectOf(proposal)));
  const groupOf = (status: string) => everyProposal.find((proposal) => proposal.status === status && proposal.proposingGroupId)!.proposingGroupId!;
  const departmentCodeOf = (status: string) => everyProposal.find((proposal) => proposal.status === status)!.departmentId;

  it.each([
    ['anonymous', () => null],
    ['a member of a group with a draft', () => demoPrincipal('member', groupOf('DRAFT'))],
    ['a member of a group with a proposal under review', () => demoPrincipal('member', groupOf('UNDER_REVIEW'))],
    ['a member of a group with none', () => demoPrincipal('member', '00000000-0000-5000-8000-000000000001')],
    ['staff of a department with a proposal under review', () => demoPrincipal('staff', { department: departmentCodeOf('UNDER_REVIEW') })],
    ['staff of a department with a city proposal', () => demoPrincipal('staff', { department: 'health-welfare' })],
    ['secretariat staff', () => demoPrincipal('staff')],
    ['a reviewer', () => demoPrincipal('reviewer')],
    ['intermediary staff', () => demoPrincipal('intermediary')],
  ] as Array<[string, () => Principal | null]>)('for %s', async (_label, principalOf) => {
    const principal = principalOf();
    const expected = everyProposal.filter((proposal) => isProposalVisibleTo(principal, proposalSubjectOf(proposal))).map((proposal) => proposal.id).sort();
    expect(await listedFor(principal)).toEqual(expected);
  });

  it('hides something from the public, and the secretariat sees every submitted one but no draft', async () => {
    expect(hidden().length).toBeGreaterThan(0);
    const secretariatSees = new Set(await listedFor(demoPrincipal('staff')));
    for (const proposal of everyProposal) expect(secretariatSees.has(proposal.id), proposal.title).toBe(proposal.submittedOn !== null);
  });
});
