import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, type RunningSystem } from '@tsunagaru/platform';
import { fiscalYearOf } from '@tsunagaru/shared-kernel';
import { demoDepartmentId, demoGroupId } from '@tsunagaru/shared-demo-data';
import { createScratchDatabase, postGraphQL, postGraphQLAsGateway, testTokenPublicKey, tokenFor } from '@tsunagaru/shared-testing';

// Who may see what (issue 6), each rule proven for every kind of caller, through the gateway
// (and, for entity references, straight at the subgraph), on a system of its own.
let system: RunningSystem;
const GROUP = demoGroupId(0);
const PARTNER = demoGroupId(34);
const ENVIRONMENT = demoDepartmentId('environment');
const CALLERS = [
  'anonymous',
  'member of another group',
  'member of the group',
  'staff of the responsible department',
  'staff of another department',
  'secretariat staff',
  'reviewer',
] as const;
type Caller = (typeof CALLERS)[number];
const tokens = {} as Record<Caller, string | undefined>;
const ids = {} as Record<'draft' | 'underReview' | 'negotiating' | 'running', string>;
const agreementIds = {} as Record<'negotiating' | 'running', string>;
const SCORES = ['GOAL_ACHIEVEMENT', 'ROLE_SHARING', 'INFORMATION_SHARING', 'PROCESS', 'COMMUNITY_EFFECT'].map((criterion) => ({ criterion, score: 4 }));

async function mutate<T = Record<string, unknown>>(caller: Caller, name: string, inputType: string, input: Record<string, unknown>, selection: string): Promise<T> {
  const response = await postGraphQL<Record<string, T & { userErrors: unknown[] }>>(
    system.gateway.url,
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { field code } } }`,
    { input },
    tokens[caller],
  );
  expect(response.errors, name).toBeUndefined();
  expect(response.data![name].userErrors, name).toEqual([]);
  return response.data![name];
}

async function proposalAt(title: string, until: 'DRAFT' | 'UNDER_REVIEW' | 'ADOPTED'): Promise<string> {
  const { proposal } = await mutate<{ proposal: { id: string } }>(
    'member of the group',
    'createProposal',
    'CreateProposalInput',
    { groupId: GROUP, departmentId: ENVIRONMENT, title, activityField: 'ENVIRONMENT', summary: '概要', problem: '非公開の課題', expectedEffects: '効果', partnerGroupIds: [PARTNER] },
    'proposal { id }',
  );
  if (until === 'DRAFT') return proposal.id;
  await mutate('member of the group', 'submitProposal', 'SubmitProposalInput', { proposalId: proposal.id }, 'proposal { id }');
  await mutate('secretariat staff', 'startProposalReview', 'StartProposalReviewInput', { proposalId: proposal.id }, 'proposal { id }');
  if (until === 'UNDER_REVIEW') return proposal.id;
  await mutate('staff of the responsible department', 'decideProposal', 'DecideProposalInput', { proposalId: proposal.id, adopted: true }, 'proposal { id }');
  return proposal.id;
}

beforeAll(async () => {
  system = await startSystem({ databaseUrl: await createScratchDatabase(), tokenPublicKey: await testTokenPublicKey(), basePort: 0 });
  tokens.anonymous = undefined;
  tokens['member of another group'] = await tokenFor('member', demoGroupId(40));
  tokens['member of the group'] = await tokenFor('member', GROUP);
  tokens['staff of the responsible department'] = await tokenFor('staff', { department: ENVIRONMENT });
  tokens['staff of another department'] = await tokenFor('staff', { department: 'education' });
  tokens['secretariat staff'] = await tokenFor('staff');
  tokens.reviewer = await tokenFor('reviewer');

  ids.draft = await proposalAt('下書きの提案', 'DRAFT');
  ids.underReview = await proposalAt('審査中の提案', 'UNDER_REVIEW');
  ids.negotiating = await proposalAt('協議中の提案', 'ADOPTED');
  ids.running = await proposalAt('実施中の提案', 'ADOPTED');

  const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
  await mutate('member of the group', 'recordConsultation', 'RecordConsultationInput', { proposalId: ids.negotiating, heldOn: today, participants: ['団体 代表'], notes: '非公開の協議メモ' }, 'consultation { id }');
  for (const key of ['negotiating', 'running'] as const) {
    const { agreement } = await mutate<{ agreement: { id: string } }>('staff of the responsible department', 'createAgreement', 'CreateAgreementInput', { proposalId: ids[key] }, 'agreement { id }');
    agreementIds[key] = agreement.id;
  }
  // The running project: signed by every party, started, evaluated twice, one of them published.
  const signPartner = await tokenFor('member', PARTNER);
  for (const token of [tokens['staff of the responsible department'], tokens['member of the group'], signPartner]) {
    const response = await postGraphQL(system.gateway.url, `mutation ($id: ID!) { signAgreement(input: { agreementId: $id }) { userErrors { code } } }`, { id: agreementIds.running }, token);
    expect(response.errors).toBeUndefined();
  }
  await mutate('staff of the responsible department', 'startCollaboration', 'StartCollaborationInput', { agreementId: agreementIds.running }, 'agreement { id }');
  const input = (view: string) => ({ agreementId: agreementIds.running, view, fiscalYear: fiscalYearOf(new Date()), final: false, scores: SCORES, outcome: 'CONTINUE' });
  const published = await mutate<{ evaluation: { id: string } }>('staff of the responsible department', 'submitEvaluation', 'SubmitEvaluationInput', input('DEPARTMENT'), 'evaluation { id }');
  await mutate('staff of the responsible department', 'publishEvaluation', 'PublishEvaluationInput', { evaluationId: published.evaluation.id }, 'evaluation { id }');
  await mutate('reviewer', 'submitEvaluation', 'SubmitEvaluationInput', input('THIRD_PARTY'), 'evaluation { id }');
});

afterAll(async () => {
  await system?.stop();
});

/** Which callers get a non-null answer from `pick` (errors on the field count as not seeing it). */
async function whoSees(query: string, variables: Record<string, unknown>, pick: (data: Record<string, unknown>) => unknown): Promise<Caller[]> {
  const seeing: Caller[] = [];
  for (const caller of CALLERS) {
    const response = await postGraphQL<Record<string, unknown>>(system.gateway.url, query, variables, tokens[caller]);
    const value = response.data ? pick(response.data) : null;
    if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) seeing.push(caller);
  }
  return seeing;
}

const proposalField = (field: string) => async (id: string) =>
  whoSees(`query ($id: ID!) { proposal(id: $id) { id ${field} } }`, { id }, (data) => {
    const proposal = data.proposal as Record<string, unknown> | null;
    return field === 'id' ? proposal?.id : proposal?.[field.split(' ')[0]];
  });

const EVERYONE = [...CALLERS];
const INSIDERS = ['member of the group', 'staff of the responsible department', 'secretariat staff', 'reviewer'];

describe('DRAFT: its authors only', () => {
  it('proposal(id)', async () => {
    expect(await proposalField('id')(ids.draft)).toEqual(['member of the group']);
  });

  it('Group.proposals and Group.collaborations, of the proposer and of the partner named in the draft', async () => {
    const listed = (groupId: string, field: string) =>
      whoSees(`query ($id: ID!) { group(id: $id) { ${field}(first: 100) { edges { node { id } } } } }`, { id: groupId }, (data) => {
        const edges = ((data.group as Record<string, { edges: Array<{ node: { id: string } }> }>)[field]?.edges ?? []).filter((edge) => edge.node.id === ids.draft);
        return edges.length > 0 ? edges : null;
      });
    expect(await listed(GROUP, 'proposals')).toEqual(['member of the group']);
    expect(await listed(GROUP, 'collaborations')).toEqual(['member of the group']);
    expect(await listed(PARTNER, 'collaborations')).toEqual(['member of the group']);
  });

  it('the Proposal entity reference (_entities), straight at the subgraph', async () => {
    const collaboration = system.subgraphs.find((subgraph) => subgraph.name === 'collaboration')!.url;
    const seeing: Caller[] = [];
    for (const caller of CALLERS) {
      const response = await postGraphQLAsGateway<{ _entities: Array<{ id: string } | null> }>(
        system.subgraphSecret,
        collaboration,
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Proposal { id } } }`,
        { representations: [{ __typename: 'Proposal', id: ids.draft }] },
        tokens[caller],
      );
      expect(response.errors).toBeUndefined();
      if (response.data!._entities[0]) seeing.push(caller);
    }
    expect(seeing).toEqual(['member of the group']);
  });
});

describe('SUBMITTED and UNDER_REVIEW: the proposer, the responsible department, the secretariat', () => {
  it('proposal(id) and the list of proposals', async () => {
    const expected = ['member of the group', 'staff of the responsible department', 'secretariat staff'];
    expect(await proposalField('id')(ids.underReview)).toEqual(expected);
    expect(
      await whoSees(`{ proposals(filter: { statuses: [UNDER_REVIEW] }, first: 100) { edges { node { id } } } }`, {}, (data) =>
        (data.proposals as { edges: Array<{ node: { id: string } }> }).edges.find((edge) => edge.node.id === ids.underReview) ?? null,
      ),
    ).toEqual(expected);
  });
});

describe('from the decision on: a public summary', () => {
  it('title, status, parties and field for everyone', async () => {
    expect(await proposalField('title status activityField fiscalYear proposingGroup { id } partnerGroups { id }')(ids.negotiating)).toEqual(EVERYONE);
  });

  it('what is not in the summary (problem, history) for the proposer, the department, the secretariat and reviewers', async () => {
    expect(await proposalField('problem')(ids.negotiating)).toEqual(INSIDERS);
    expect(await proposalField('history { to }')(ids.negotiating)).toEqual(INSIDERS);
  });
});

describe('agreement terms and budget: public once the agreement is active', () => {
  const terms = (proposalId: string) =>
    whoSees(`query ($id: ID!) { proposal(id: $id) { agreement { terms { purpose totalBudget } } } }`, { id: proposalId }, (data) =>
      (data.proposal as { agreement: { terms: unknown } | null } | null)?.agreement?.terms,
    );

  it('while negotiating: the parties, the secretariat and reviewers', async () => {
    expect(await terms(ids.negotiating)).toEqual(INSIDERS);
  });

  it('once every party signed: everyone', async () => {
    expect(await terms(ids.running)).toEqual(EVERYONE);
  });
});

describe('consultation notes and unpublished evaluations: the parties, the secretariat and reviewers', () => {
  it('consultations', async () => {
    expect(
      await whoSees(`query ($id: ID!) { proposal(id: $id) { consultations { edges { node { notes } } } } }`, { id: ids.negotiating }, (data) =>
        (data.proposal as { consultations: { edges: unknown[] } | null } | null)?.consultations?.edges,
      ),
    ).toEqual(INSIDERS);
  });

  it('evaluations: the published one for everyone, the unpublished one for insiders', async () => {
    const views = async (caller: Caller) => {
      const response = await postGraphQL<{ agreement: { evaluations: { edges: Array<{ node: { view: string; published: boolean } }> } } }>(
        system.gateway.url,
        `query ($id: ID!) { agreement(id: $id) { evaluations { edges { node { view published } } } } }`,
        { id: agreementIds.running },
        tokens[caller],
      );
      expect(response.errors).toBeUndefined();
      return response.data!.agreement.evaluations.edges.map((edge) => edge.node.view).sort();
    };
    for (const caller of CALLERS) {
      expect(await views(caller), caller).toEqual(INSIDERS.includes(caller) ? ['DEPARTMENT', 'THIRD_PARTY'] : ['DEPARTMENT']);
    }
  });
});
