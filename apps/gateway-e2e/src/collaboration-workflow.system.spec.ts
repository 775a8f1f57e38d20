import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, type RunningSystem } from '@tsunagaru/platform';
import { fiscalYearOf } from '@tsunagaru/shared-kernel';
import { demoDepartmentId, demoGroupId } from '@tsunagaru/shared-demo-data';
import { createScratchDatabase, errorCodes, postGraphQL, testTokenPublicKey, tokenFor } from '@tsunagaru/shared-testing';

// Acceptance 1–3 of issue 6, through the gateway over HTTP with real tokens, on a system of its
// own: a group's proposal from DRAFT to COMPLETED, refused moves that change nothing, and two
// revisions of one version of an agreement.
let system: RunningSystem;
let databaseUrl: string;
const GROUP = demoGroupId(0); // 由比ガ浜シーカヤッククラブ: sea kayaking and beach cleaning (ENVIRONMENT)
const PARTNER = demoGroupId(34); // a group that protects wild plants (ENVIRONMENT)
const ENVIRONMENT = demoDepartmentId('environment');
const tokens: Record<'member' | 'partner' | 'otherMember' | 'department' | 'secretariat' | 'reviewer', string> = {} as never;
const thisYear = fiscalYearOf(new Date());

beforeAll(async () => {
  databaseUrl = await createScratchDatabase();
  system = await startSystem({ databaseUrl, tokenPublicKey: await testTokenPublicKey(), basePort: 0 });
  tokens.member = await tokenFor('member', GROUP);
  tokens.partner = await tokenFor('member', PARTNER);
  tokens.otherMember = await tokenFor('member', demoGroupId(40));
  tokens.department = await tokenFor('staff', { department: ENVIRONMENT });
  tokens.secretariat = await tokenFor('staff');
  tokens.reviewer = await tokenFor('reviewer');
});

afterAll(async () => {
  await system?.stop();
});

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

type UserErrors = Array<{ field: string[]; code: string; message: string }>;

/** One mutation: its payload, after checking there was no GraphQL error and no user error. */
async function mutate<T = Record<string, unknown>>(token: string, name: string, inputType: string, input: Record<string, unknown>, selection: string): Promise<T> {
  const response = await postGraphQL<Record<string, T & { userErrors: UserErrors }>>(
    system.gateway.url,
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { field code message } } }`,
    { input },
    token,
  );
  expect(response.errors, name).toBeUndefined();
  expect(response.data![name].userErrors, name).toEqual([]);
  return response.data![name];
}

async function userErrorsOf(token: string, name: string, inputType: string, input: Record<string, unknown>): Promise<UserErrors> {
  const response = await postGraphQL<Record<string, { userErrors: UserErrors }>>(
    system.gateway.url,
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { userErrors { field code message } } }`,
    { input },
    token,
  );
  expect(response.errors).toBeUndefined();
  return response.data![name].userErrors;
}

const SCORES = ['GOAL_ACHIEVEMENT', 'ROLE_SHARING', 'INFORMATION_SHARING', 'PROCESS', 'COMMUNITY_EFFECT'].map((criterion, index) => ({
  criterion,
  score: 3 + (index % 3),
  comment: '協議を重ねて進めた。',
}));

async function newDraft(title: string): Promise<{ id: string; version: number }> {
  const created = await mutate<{ proposal: { id: string; version: number; status: string } }>(
    tokens.member,
    'createProposal',
    'CreateProposalInput',
    { groupId: GROUP, departmentId: ENVIRONMENT, title, activityField: 'ENVIRONMENT', summary: '概要', problem: '課題', expectedEffects: '効果' },
    'proposal { id version status }',
  );
  expect(created.proposal.status).toBe('DRAFT');
  return created.proposal;
}

describe('a group proposal from DRAFT to COMPLETED, through the gateway', () => {
  it('is written, submitted, reviewed, adopted, agreed (revised to version 2, signed by every party), started, evaluated from three views, published and completed; the history has every step with its actor and time', async () => {
    const draft = await newDraft('海辺の漂着ごみ調査とクリーンアップ');
    const edited = await mutate<{ proposal: { version: number; problem: string; requestedBudget: number } }>(
      tokens.member,
      'updateProposal',
      'UpdateProposalInput',
      { proposalId: draft.id, expectedVersion: draft.version, problem: '漂着ごみの出どころが分からない。', requestedBudget: 420000, partnerGroupIds: [PARTNER] },
      'proposal { version problem requestedBudget }',
    );
    expect(edited.proposal).toEqual({ version: 2, problem: '漂着ごみの出どころが分からない。', requestedBudget: 420000 });

    const moves: Array<[keyof typeof tokens, string, string, Record<string, unknown>, string]> = [
      ['member', 'submitProposal', 'SubmitProposalInput', { proposalId: draft.id, expectedVersion: 2 }, 'SUBMITTED'],
      ['secretariat', 'startProposalReview', 'StartProposalReviewInput', { proposalId: draft.id }, 'UNDER_REVIEW'],
      ['department', 'decideProposal', 'DecideProposalInput', { proposalId: draft.id, adopted: true, reason: '海ごみ対策として協働の意義が大きい。' }, 'ADOPTED'],
    ];
    for (const [who, name, inputType, input, status] of moves) {
      const moved = await mutate<{ proposal: { status: string } }>(tokens[who], name, inputType, input, 'proposal { status }');
      expect(moved.proposal.status, name).toBe(status);
    }

    const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
    await mutate(tokens.department, 'recordConsultation', 'RecordConsultationInput', { proposalId: draft.id, heldOn: today, participants: ['環境部 担当者', '団体 代表'], notes: '役割分担を確認した。', nextSteps: '協定案を修正する。' }, 'consultation { id }');

    const created = await mutate<{ agreement: { id: string; version: number; status: string; parties: Array<{ kind: string }> } }>(
      tokens.department,
      'createAgreement',
      'CreateAgreementInput',
      { proposalId: draft.id, riskSharing: '活動中の事故は市民活動補償制度で対応する。' },
      'agreement { id version status parties { kind } }',
    );
    const agreementId = created.agreement.id;
    expect(created.agreement).toMatchObject({ version: 1, status: 'NEGOTIATING' });
    expect(created.agreement.parties.map((party) => party.kind)).toEqual(['DEPARTMENT', 'GROUP', 'GROUP']);

    // The department signs version 1; the group then revises it, which voids that signature.
    await mutate(tokens.department, 'signAgreement', 'SignAgreementInput', { agreementId }, 'agreement { id }');
    const revised = await mutate<{ agreement: { version: number; terms: { cityShare: number; totalBudget: number; parties: Array<{ roles: string[]; budgetShare: number }> }; signatures: unknown[] } }>(
      tokens.member,
      'reviseAgreement',
      'ReviseAgreementInput',
      {
        agreementId,
        expectedVersion: 1,
        changeSummary: '団体の役割と費用負担を明記した。',
        parties: [
          { kind: 'DEPARTMENT', id: ENVIRONMENT, roles: ['清掃用具の貸出', '集めたごみの回収'], budgetShare: 336000 },
          { kind: 'GROUP', id: GROUP, roles: ['調査とクリーンアップの運営'], budgetShare: 84000 },
        ],
      },
      'agreement { version terms { cityShare totalBudget parties { roles budgetShare } } signatures { version } }',
    );
    expect(revised.agreement.version).toBe(2);
    expect(revised.agreement.terms).toMatchObject({ cityShare: 336000, totalBudget: 420000 });
    expect(revised.agreement.signatures).toEqual([]);

    for (const who of ['department', 'member', 'partner'] as const) {
      const signed = await mutate<{ agreement: { status: string } }>(tokens[who], 'signAgreement', 'SignAgreementInput', { agreementId, expectedVersion: 2 }, 'agreement { status }');
      expect(signed.agreement.status).toBe(who === 'partner' ? 'ACTIVE' : 'NEGOTIATING');
    }
    const started = await mutate<{ agreement: { status: string; proposal: { status: string } } }>(
      tokens.department,
      'startCollaboration',
      'StartCollaborationInput',
      { agreementId },
      'agreement { status proposal { status } }',
    );
    expect(started.agreement).toEqual({ status: 'IN_PROGRESS', proposal: { status: 'IMPLEMENTED' } });

    const evaluators: Array<[keyof typeof tokens, string]> = [
      ['department', 'DEPARTMENT'],
      ['member', 'GROUP'],
      ['reviewer', 'THIRD_PARTY'],
    ];
    for (const [who, view] of evaluators) {
      const submitted = await mutate<{ evaluation: { id: string; published: boolean } }>(
        tokens[who],
        'submitEvaluation',
        'SubmitEvaluationInput',
        { agreementId, view, fiscalYear: thisYear, final: true, scores: SCORES, outcome: 'CONTINUE_BY_GROUP_ALONE', summary: '目的はおおむね達成した。' },
        'evaluation { id published }',
      );
      expect(submitted.evaluation.published).toBe(false);
      const published = await mutate<{ evaluation: { published: boolean; publishedAt: string } }>(
        tokens[who === 'reviewer' ? 'secretariat' : who],
        'publishEvaluation',
        'PublishEvaluationInput',
        { evaluationId: submitted.evaluation.id },
        'evaluation { published publishedAt }',
      );
      expect(published.evaluation.published).toBe(true);
    }
    const completed = await mutate<{ agreement: { status: string; proposal: { status: string } } }>(
      tokens.department,
      'completeCollaboration',
      'CompleteCollaborationInput',
      { agreementId },
      'agreement { status proposal { status } }',
    );
    expect(completed.agreement).toEqual({ status: 'COMPLETED', proposal: { status: 'COMPLETED' } });

    const history = await postGraphQL<{ proposal: { status: string; history: Array<{ from: string | null; to: string; at: string; actedAs: string; actor: string; reason: string | null }> } }>(
      system.gateway.url,
      `query ($id: ID!) { proposal(id: $id) { status history { from to at reason actedAs actor } } }`,
      { id: draft.id },
      tokens.secretariat,
    );
    expect(history.errors).toBeUndefined();
    const steps = history.data!.proposal.history;
    expect(steps.map((step) => [step.from, step.to, step.actedAs])).toEqual([
      [null, 'DRAFT', 'PROPOSER'],
      ['DRAFT', 'SUBMITTED', 'PROPOSER'],
      ['SUBMITTED', 'UNDER_REVIEW', 'SECRETARIAT'],
      ['UNDER_REVIEW', 'ADOPTED', 'RESPONSIBLE_DEPARTMENT'],
      ['ADOPTED', 'AGREED', 'PARTY'],
      ['AGREED', 'IMPLEMENTED', 'RESPONSIBLE_DEPARTMENT'],
      ['IMPLEMENTED', 'COMPLETED', 'RESPONSIBLE_DEPARTMENT'],
    ]);
    // Actors by name as their tokens carry it: the group's member, the secretariat, the department.
    expect(steps.map((step) => step.actor)).toEqual(['長谷 一郎', '長谷 一郎', expect.stringContaining('地域のつながり推進課'), expect.stringContaining('環境部'), '長谷 一郎', expect.stringContaining('環境部'), expect.stringContaining('環境部')]);
    for (const step of steps) expect(step.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?\+09:00$/);
    expect(steps.map((step) => step.at)).toEqual([...steps.map((step) => step.at)].sort());
    expect(steps[3].reason).toBe('海ごみ対策として協働の意義が大きい。');

    // Published and closed: the public sees the evaluations and the terms.
    const publicView = await postGraphQL<{ proposal: { agreement: { terms: { totalBudget: number }; evaluations: { totalCount: number }; versions: { totalCount: number } } } }>(
      system.gateway.url,
      `query ($id: ID!) { proposal(id: $id) { agreement { terms { totalBudget } evaluations { totalCount } versions { totalCount } } } }`,
      { id: draft.id },
    );
    expect(publicView.errors).toBeUndefined();
    expect(publicView.data!.proposal.agreement).toEqual({ terms: { totalBudget: 420000 }, evaluations: { totalCount: 3 }, versions: { totalCount: 2 } });
  });
});

describe('refused moves through the gateway: user errors, and the database unchanged', () => {
  async function storedState(id: string) {
    const [row] = await sql('select status, version, decided_on from collaboration.proposal where id = $1', [id]);
    const history = await sql('select from_status, to_status, actor_subject from collaboration.proposal_transition where proposal_id = $1 order by at, id', [id]);
    return { row, history };
  }

  it("another group's member adopting the proposal gets a user error and changes nothing", async () => {
    const draft = await newDraft('他団体による採択の試み');
    await mutate(tokens.member, 'submitProposal', 'SubmitProposalInput', { proposalId: draft.id }, 'proposal { id }');
    await mutate(tokens.secretariat, 'startProposalReview', 'StartProposalReviewInput', { proposalId: draft.id }, 'proposal { id }');
    const before = await storedState(draft.id);
    expect(await userErrorsOf(tokens.otherMember, 'decideProposal', 'DecideProposalInput', { proposalId: draft.id, adopted: true })).toEqual([
      expect.objectContaining({ field: ['input', 'proposalId'], code: 'NOT_FOUND' }),
    ]);
    // The group's own member sees the proposal but may not decide on it.
    expect(await userErrorsOf(tokens.member, 'decideProposal', 'DecideProposalInput', { proposalId: draft.id, adopted: true })).toEqual([
      expect.objectContaining({ field: ['input', 'proposalId'], code: 'FORBIDDEN' }),
    ]);
    expect(await storedState(draft.id)).toEqual(before);
    expect(before.row).toMatchObject({ status: 'UNDER_REVIEW', decided_on: null });
  });

  it('DRAFT straight to ADOPTED is an invalid move: a user error, and nothing changes', async () => {
    // A city proposal's draft is seen by its own department's staff, who may decide proposals.
    const created = await mutate<{ proposal: { id: string } }>(
      tokens.department,
      'createProposal',
      'CreateProposalInput',
      { departmentId: ENVIRONMENT, title: '市の下書き', activityField: 'ENVIRONMENT' },
      'proposal { id }',
    );
    const before = await storedState(created.proposal.id);
    expect(await userErrorsOf(tokens.department, 'decideProposal', 'DecideProposalInput', { proposalId: created.proposal.id, adopted: true, partnerGroupIds: [PARTNER] })).toEqual([
      expect.objectContaining({ field: ['input', 'proposalId'], code: 'INVALID_TRANSITION' }),
    ]);
    expect(await storedState(created.proposal.id)).toEqual(before);
    expect(before).toMatchObject({ row: { status: 'DRAFT' }, history: [{ from_status: null, to_status: 'DRAFT' }] });
  });

  it('an anonymous caller is UNAUTHENTICATED', async () => {
    const response = await postGraphQL(system.gateway.url, `mutation { submitProposal(input: { proposalId: "${demoGroupId(1)}" }) { userErrors { code } } }`);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('two concurrent reviseAgreement calls on the same version', () => {
  it('lets exactly one through; the other gets CONFLICT', async () => {
    const draft = await newDraft('同時改訂の検証');
    await mutate(tokens.member, 'submitProposal', 'SubmitProposalInput', { proposalId: draft.id }, 'proposal { id }');
    await mutate(tokens.secretariat, 'startProposalReview', 'StartProposalReviewInput', { proposalId: draft.id }, 'proposal { id }');
    await mutate(tokens.department, 'decideProposal', 'DecideProposalInput', { proposalId: draft.id, adopted: true }, 'proposal { id }');
    const { agreement } = await mutate<{ agreement: { id: string } }>(tokens.department, 'createAgreement', 'CreateAgreementInput', { proposalId: draft.id }, 'agreement { id }');

    const revise = (token: string, purpose: string) =>
      postGraphQL<{ reviseAgreement: { agreement: { version: number } | null; userErrors: UserErrors } | null }>(
        system.gateway.url,
        `mutation ($input: ReviseAgreementInput!) { reviseAgreement(input: $input) { agreement { version } userErrors { code } } }`,
        { input: { agreementId: agreement.id, expectedVersion: 1, changeSummary: '目的の修正', purpose } },
        token,
      );
    const [first, second] = await Promise.all([revise(tokens.department, '海のごみを減らす'), revise(tokens.member, '海辺の自然を守る')]);
    const outcomes = [first, second].map((response) => (response.errors ? errorCodes(response) : response.data!.reviseAgreement!.agreement!.version));
    expect(outcomes.sort()).toEqual([2, ['CONFLICT']].sort());
    const versions = await sql('select version, based_on_version from collaboration.agreement_version where agreement_id = $1 order by version', [agreement.id]);
    expect(versions).toEqual([
      { version: 1, based_on_version: null },
      { version: 2, based_on_version: 1 },
    ]);
  });
});
