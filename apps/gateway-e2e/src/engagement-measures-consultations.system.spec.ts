import { beforeAll, describe, expect, it } from 'vitest';
import { demoSurveyRespondents } from '@tsunagaru/engagement-demo-data';
import { demoDepartmentId, demoIntermediaryId } from '@tsunagaru/shared-demo-data';
import { demoGroupId, errorCodes, tokenFor } from '@tsunagaru/shared-testing';
import { ownSystem } from './own-system';

// Acceptance 3 (the measures followed in public), consultations and survey answering, on a
// system of its own since they write.


const own = ownSystem();
const { ask } = own;

interface MeasureNode {
  id: string;
  code: string;
  priorityClass: string;
  headingMark: string | null;
  heading: string;
  leadDepartment: { id: string };
  progressReports: { edges: Array<{ node: { fiscalYear: number; status: string; narrative: string; indicators: Array<{ name: string; target: number; actual: number }> } }> };
}

const MEASURES = `{ policyMeasures(first: 50) { totalCount edges { node { id code priorityClass headingMark heading leadDepartment { id }
  progressReports(first: 5) { edges { node { fiscalYear status narrative indicators { name target actual } } } } } } } }`;

async function measures(): Promise<MeasureNode[]> {
  const response = await ask<{ policyMeasures: { totalCount: number; edges: Array<{ node: MeasureNode }> } }>(MEASURES);
  expect(response.errors).toBeUndefined();
  expect(response.data!.policyMeasures.totalCount).toBe(23);
  return response.data!.policyMeasures.edges.map((edge) => edge.node);
}

const REPORT = `mutation ($input: ReportMeasureProgressInput!) {
  reportMeasureProgress(input: $input) { report { fiscalYear status narrative } userErrors { field code } }
}`;

describe("the guideline's measures, followed in public (acceptance 3)", () => {
  it('has every measure of section 6 with its priority class and ア/イ/ウ heading', async () => {
    const all = await measures();
    expect(all.map((measure) => measure.code)).toHaveLength(23);
    const byCode = new Map(all.map((measure) => [measure.code, measure]));
    expect(byCode.get('6-2-1')).toMatchObject({ priorityClass: 'I', headingMark: 'ア', heading: 'ア 市民活動団体等の活動資金の確保' });
    expect(byCode.get('6-3-3')).toMatchObject({ priorityClass: 'II_B', headingMark: 'イ', heading: 'イ 市民活動団体等の情報の収集と提供' });
    expect(byCode.get('6-7-5')).toMatchObject({ priorityClass: 'I', headingMark: 'ウ', heading: 'ウ 協働事業の定期的な見直し' });
    expect(byCode.get('6-1-1')).toMatchObject({ headingMark: null, heading: '市民活動団体等の活動拠点の確保' });
    for (const measure of all) expect(measure.heading.length).toBeGreaterThan(0);
    // (1) and (6) have one untitled heading each: 6-1-1, 6-1-2, 6-6-1.
    expect(all.filter((measure) => measure.headingMark === null).map((measure) => measure.code)).toEqual(['6-1-1', '6-1-2', '6-6-1']);
  });

  it('a report by the lead department changes what the public query returns; another department cannot report', async () => {
    const measure = (await measures()).find((candidate) => candidate.code === '6-5-1')!;
    const input = {
      measureId: measure.id,
      fiscalYear: 2025,
      status: 'IN_PROGRESS',
      narrative: '市民参画の仕組みについて庁内で検討を開始した。',
      indicators: [{ name: '検討会議の開催', unit: '回', target: 4, actual: 2 }],
    };
    const otherDepartment = measure.leadDepartment.id === demoDepartmentId('environment') ? 'education' : 'environment';
    const refused = await ask(REPORT, { input }, await tokenFor('staff', { department: otherDepartment }));
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    for (const token of [undefined, await tokenFor('member'), await tokenFor('intermediary'), await tokenFor('reviewer')]) {
      expect(errorCodes(await ask(REPORT, { input }, token)).length).toBe(1);
    }
    expect((await measures()).find((candidate) => candidate.code === '6-5-1')!.progressReports.edges.map((edge) => edge.node.fiscalYear)).not.toContain(2025);

    const lead = await tokenFor('staff', { department: measure.leadDepartment.id });
    const reported = await ask<{ reportMeasureProgress: { report: { status: string }; userErrors: unknown[] } }>(REPORT, { input }, lead);
    expect(reported.errors).toBeUndefined();
    expect(reported.data!.reportMeasureProgress.userErrors).toEqual([]);
    const after = (await measures()).find((candidate) => candidate.code === '6-5-1')!;
    expect(after.progressReports.edges[0].node).toEqual({
      fiscalYear: 2025,
      status: 'IN_PROGRESS',
      narrative: input.narrative,
      indicators: [{ name: '検討会議の開催', target: 4, actual: 2 }],
    });
  });

  it('concurrent reports for one measure and year leave one report', async () => {
    const measure = (await measures()).find((candidate) => candidate.code === '6-6-1')!;
    const lead = await tokenFor('staff', { department: measure.leadDepartment.id });
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, n) => ask(REPORT, { input: { measureId: measure.id, fiscalYear: 2024, status: 'CONTINUING', narrative: `報告 ${n}` } }, lead)),
    );
    for (const response of responses) expect(response.errors).toBeUndefined();
    const after = (await measures()).find((candidate) => candidate.code === '6-6-1')!;
    expect(after.progressReports.edges.filter((edge) => edge.node.fiscalYear === 2024)).toHaveLength(1);
  });

  it("the secretariat records committee reviews with recommendations and the city's responses; others cannot", async () => {
    const measure = (await measures()).find((candidate) => candidate.code === '6-7-2')!;
    const RECORD = `mutation ($input: RecordCommitteeReviewInput!) { recordCommitteeReview(input: $input) { review { id committee title } userErrors { code } } }`;
    const input = {
      committee: 'PROMOTION_COMMITTEE',
      heldOn: '2026-07-10',
      title: '令和8年度 第1回 推進委員会',
      recommendations: [{ measureId: measure.id, recommendation: '研修の効果を測る指標を設けること。', cityResponse: '受講後アンケートを実施する。', respondedOn: '2026-09-01' }],
    };
    expect(errorCodes(await ask(RECORD, { input }, await tokenFor('staff', { department: 'environment' })))).toEqual(['FORBIDDEN']);
    const recorded = await ask<{ recordCommitteeReview: { review: { id: string } } }>(RECORD, { input }, await tokenFor('staff'));
    expect(recorded.errors).toBeUndefined();
    const reviews = await ask<{ committeeReviews: { edges: Array<{ node: { id: string; committee: string; recommendations: { edges: Array<{ node: { recommendation: string; cityResponse: string; measure: { code: string } } }> } } }> } }>(
      `{ committeeReviews(first: 20) { edges { node { id committee recommendations(first: 5) { edges { node { recommendation cityResponse measure { code } } } } } } } }`,
    );
    const review = reviews.data!.committeeReviews.edges.find((edge) => edge.node.id === recorded.data!.recordCommitteeReview.review.id)!;
    expect(review.node.recommendations.edges[0].node).toEqual({ recommendation: '研修の効果を測る指標を設けること。', cityResponse: '受講後アンケートを実施する。', measure: { code: '6-7-2' } });
    expect(reviews.data!.committeeReviews.edges.some((edge) => edge.node.committee === 'INTERNAL_REVIEW_COMMITTEE')).toBe(true);
  });
});

describe('consultations (相談)', () => {
  const REQUEST = `mutation ($input: RequestConsultationInput!) { requestConsultation(input: $input) { consultation { id status topic } userErrors { field code } } }`;
  const LIST = `{ consultationRequests(first: 100) { totalCount edges { node { id question notes status } } } }`;

  it('a group asks an intermediary; the requester sees the request but not the notes; the intermediary handles it; counts are public', async () => {
    const group = demoGroupId(3);
    const member = await tokenFor('member', group);
    const asked = await ask<{ requestConsultation: { consultation: { id: string; status: string } } }>(
      REQUEST,
      { input: { recipient: 'INTERMEDIARY', intermediaryId: demoIntermediaryId('civic-activity-center'), groupId: group, topic: 'FUNDING_AND_GRANTS', question: '助成金の申請について相談したい。' } },
      member,
    );
    expect(asked.errors).toBeUndefined();
    const id = asked.data!.requestConsultation.consultation.id;
    const intermediary = await tokenFor('intermediary');
    const UPDATE = `mutation ($input: UpdateConsultationInput!) { updateConsultation(input: $input) { consultation { status outcome notes } userErrors { field code } } }`;
    const closeInput = { consultationId: id, status: 'CLOSED', outcome: 'ADVICE_GIVEN', notes: '非公開メモ: 申請書の下書きを確認', assigneeName: '由比 花子' };
    expect(errorCodes(await ask(UPDATE, { input: closeInput }, member))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await ask(UPDATE, { input: closeInput }, await tokenFor('intermediary', { intermediary: 'social-welfare-council' })))).toEqual(['FORBIDDEN']);
    const closed = await ask<{ updateConsultation: { consultation: { status: string; notes: string } } }>(UPDATE, { input: closeInput }, intermediary);
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.updateConsultation.consultation).toMatchObject({ status: 'CLOSED', notes: closeInput.notes });

    const own = await ask<{ consultationRequests: { edges: Array<{ node: { id: string; notes: string | null } }> } }>(LIST, {}, member);
    const mine = own.data!.consultationRequests.edges.find((edge) => edge.node.id === id)!;
    expect(mine.node.notes).toBeNull();
    expect(JSON.stringify(own.data)).not.toContain('非公開メモ');

    const anonymous = await ask<{ consultationRequests: { totalCount: number } }>(LIST);
    expect(anonymous.data!.consultationRequests.totalCount).toBe(0);
    const stranger = await ask<{ consultationRequests: { edges: Array<{ node: { id: string } }> } }>(LIST, {}, await tokenFor('member', demoGroupId(300)));
    expect(stranger.data!.consultationRequests.edges.map((edge) => edge.node.id)).not.toContain(id);
    const handler = await ask<{ consultationRequests: { edges: Array<{ node: { id: string; notes: string } }> } }>(LIST, {}, intermediary);
    expect(handler.data!.consultationRequests.edges.find((edge) => edge.node.id === id)!.node.notes).toBe(closeInput.notes);

    const stats = await ask<{ consultationStatistics: { byTopic: Array<{ topic: string; count: number }>; byOutcome: Array<{ outcome: string; count: number }> } }>(
      `{ consultationStatistics { byTopic { topic count } byOutcome { outcome count } open } }`,
    );
    expect(stats.errors).toBeUndefined();
    expect(stats.data!.consultationStatistics.byTopic.map((row) => row.topic)).toEqual(['STARTING_A_GROUP', 'FUNDING_AND_GRANTS', 'COLLABORATION_WITH_CITY', 'RUNNING_AN_ORGANIZATION', 'OTHER']);
    expect(stats.data!.consultationStatistics.byTopic.find((row) => row.topic === 'FUNDING_AND_GRANTS')!.count).toBeGreaterThan(0);
    expect(stats.data!.consultationStatistics.byOutcome.find((row) => row.outcome === 'ADVICE_GIVEN')!.count).toBeGreaterThan(0);
  });

  it('a citizen asks the collaboration coordinator; only city staff handle it', async () => {
    const citizen = await tokenFor('member', demoGroupId(200));
    const asked = await ask<{ requestConsultation: { consultation: { id: string } } }>(
      REQUEST,
      { input: { recipient: 'COLLABORATION_COORDINATOR', topic: 'COLLABORATION_WITH_CITY', question: '協働事業の提案を考えている。' } },
      citizen,
    );
    expect(asked.errors).toBeUndefined();
    const intermediaryList = await ask<{ consultationRequests: { edges: Array<{ node: { id: string } }> } }>(LIST, {}, await tokenFor('intermediary'));
    expect(intermediaryList.data!.consultationRequests.edges.map((edge) => edge.node.id)).not.toContain(asked.data!.requestConsultation.consultation.id);
    const staffList = await ask<{ consultationRequests: { edges: Array<{ node: { id: string } }> } }>(LIST, {}, await tokenFor('staff'));
    expect(staffList.data!.consultationRequests.edges.map((edge) => edge.node.id)).toContain(asked.data!.requestConsultation.consultation.id);
    const anonymous = await ask(REQUEST, { input: { recipient: 'COLLABORATION_COORDINATOR', topic: 'OTHER', question: 'x' } });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('answering surveys', () => {
  const CREATE = `mutation ($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id questions { id kind options { id isOther } } } userErrors { field code } } }`;
  const ANSWER = `mutation ($input: AnswerSurveyInput!) { answerSurvey(input: $input) { response { id } userErrors { field code } } }`;
  /** The group's フェイスシート as the directory records it (its first field and district). */
  const profileOf = async (groupId: string) => {
    const { data } = await ask<{ group: { organizationType: string; activityFields: string[]; districts: string[] } }>(
      `query ($id: ID!) { group(id: $id) { organizationType activityFields districts } }`,
      { id: groupId },
    );
    return { organizationType: data!.group.organizationType, activityField: data!.group.activityFields[0], district: data!.group.districts[0] ?? null };
  };
  let survey: { id: string; questions: Array<{ id: string; kind: string; options: Array<{ id: string; isOther: boolean }> }> };

  beforeAll(async () => {
    const response = await ask<{ createSurvey: { survey: typeof survey; userErrors: unknown[] } }>(
      CREATE,
      {
        input: {
          code: 'e2e-open-survey',
          title: '試験アンケート',
          audience: 'GROUPS',
          opensOn: '2020-01-01',
          closesOn: '2099-12-31',
          questions: [
            { kind: 'MULTIPLE_CHOICE', prompt: '課題', options: [{ label: 'A' }, { label: 'B' }, { label: 'その他（具体的に）', isOther: true }] },
            { kind: 'FREE_TEXT', prompt: 'ご意見' },
            { kind: 'MATRIX', prompt: '評価', scaleMin: 1, scaleMax: 4, options: [{ label: '場' }, { label: '情報' }] },
          ],
        },
      },
      await tokenFor('staff'),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.createSurvey.userErrors).toEqual([]);
    survey = response.data!.createSurvey.survey;
  });

  const answersFor = (text: string) => [
    { questionId: survey.questions[0].id, optionIds: [survey.questions[0].options[0].id, survey.questions[0].options[2].id], otherText: '会場費' },
    { questionId: survey.questions[1].id, text },
    { questionId: survey.questions[2].id, matrix: [{ optionId: survey.questions[2].options[0].id, scaleValue: 3 }] },
  ];

  it('a group answers once and may revise until close; racing revisions leave one response', async () => {
    const group = demoGroupId(10);
    const member = await tokenFor('member', group);
    const profile = await profileOf(group);
    const responses = await Promise.all(
      Array.from({ length: 5 }, (_, n) => ask<{ answerSurvey: { response: { id: string } } }>(ANSWER, { input: { surveyId: survey.id, groupId: group, profile, answers: answersFor(`改訂 ${n}`) } }, member)),
    );
    for (const response of responses) expect(response.errors).toBeUndefined();
    expect(new Set(responses.map((response) => response.data!.answerSurvey.response.id)).size).toBe(1);
    const staffView = await ask<{ survey: { respondentCount: number; responses: { edges: Array<{ node: { answers: Array<{ kind: string; text: string | null; otherText: string | null }> } }> } } }>(
      `query ($id: ID!) { survey(id: $id) { respondentCount responses(first: 10) { edges { node { answers { kind text otherText } } } } } }`,
      { id: survey.id },
      await tokenFor('staff'),
    );
    expect(staffView.data!.survey.respondentCount).toBe(1);
    const answers = staffView.data!.survey.responses.edges[0].node.answers;
    expect(answers.filter((answer) => answer.kind === 'FREE_TEXT')).toHaveLength(1);
    expect(answers.find((answer) => answer.kind === 'MULTIPLE_CHOICE')!.otherText).toBe('会場費');
  });

  it('only the group answers for itself; "other" needs its text; a closed survey refuses', async () => {
    const group = demoGroupId(11);
    const profile = await profileOf(group);
    expect(errorCodes(await ask(ANSWER, { input: { surveyId: survey.id, groupId: group, profile, answers: answersFor('x') } }, await tokenFor('member', demoGroupId(12))))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await ask(ANSWER, { input: { surveyId: survey.id, groupId: group, profile, answers: answersFor('x') } }, await tokenFor('staff')))).toEqual(['FORBIDDEN']);
    const missingOther = await ask<{ answerSurvey: { userErrors: Array<{ field: string[]; code: string }> } }>(
      ANSWER,
      { input: { surveyId: survey.id, groupId: group, profile, answers: [{ questionId: survey.questions[0].id, optionIds: [survey.questions[0].options[2].id] }] } },
      await tokenFor('member', group),
    );
    expect(missingOther.data!.answerSurvey.userErrors).toEqual([{ field: ['input', 'answers', '0', 'otherText'], code: 'REQUIRED' }]);
    const seeded = await ask<{ surveys: { edges: Array<{ node: { id: string; title: string; questions: Array<{ id: string; kind: string }> } }> } }>(
      `{ surveys(first: 10) { edges { node { id title questions { id kind } } } } }`,
    );
    const closedSurvey = seeded.data!.surveys.edges.find((edge) => edge.node.title.includes('活動状況'))!.node;
    const scale = closedSurvey.questions.find((question) => question.kind === 'SCALE')!;
    const respondent = demoSurveyRespondents()[0].id;
    const late = await ask(
      ANSWER,
      { input: { surveyId: closedSurvey.id, groupId: respondent, profile, answers: [{ questionId: scale.id, scaleValue: 5 }] } },
      await tokenFor('member', respondent),
    );
    expect(errorCodes(late)).toEqual(['CONFLICT']);
    expect(JSON.stringify(late.errors)).toContain('closed');
  });

  it('two surveys created at once with one code: one is created, the other is told the code is taken', async () => {
    const input = { code: 'e2e-race', title: '競合', audience: 'CITIZENS', opensOn: '2026-01-01', closesOn: '2099-12-31', questions: [{ kind: 'FREE_TEXT', prompt: '?' }] };
    const staff = await tokenFor('staff');
    const responses = await Promise.all(
      Array.from({ length: 4 }, () => ask<{ createSurvey: { survey: { id: string } | null; userErrors: Array<{ code: string }> } }>(CREATE, { input }, staff)),
    );
    for (const response of responses) expect(response.errors).toBeUndefined();
    expect(responses.filter((response) => response.data!.createSurvey.survey !== null)).toHaveLength(1);
    expect(responses.flatMap((response) => response.data!.createSurvey.userErrors.map((error) => error.code))).toEqual(['TAKEN', 'TAKEN', 'TAKEN']);
  });

  it('questions are frozen once answers exist; a new version takes new questions', async () => {
    const REPLACE = `mutation ($input: ReplaceSurveyQuestionsInput!) { replaceSurveyQuestions(input: $input) { survey { id } userErrors { code } } }`;
    const questions = [{ kind: 'FREE_TEXT', prompt: '新しい設問' }];
    expect(errorCodes(await ask(REPLACE, { input: { surveyId: survey.id, questions } }, await tokenFor('staff')))).toEqual(['CONFLICT']);
    const VERSION = `mutation ($input: CreateSurveyVersionInput!) { createSurveyVersion(input: $input) { survey { id version questions { prompt } } userErrors { code } } }`;
    const version = await ask<{ createSurveyVersion: { survey: { version: number; questions: Array<{ prompt: string }> } } }>(
      VERSION,
      { input: { surveyId: survey.id, opensOn: '2026-01-01', closesOn: '2099-12-31', questions } },
      await tokenFor('staff'),
    );
    expect(version.errors).toBeUndefined();
    expect(version.data!.createSurveyVersion.survey).toMatchObject({ version: 2, questions: [{ prompt: '新しい設問' }] });
    const old = await ask<{ survey: { questions: unknown[]; respondentCount: number } }>(`query ($id: ID!) { survey(id: $id) { respondentCount questions { prompt } } }`, { id: survey.id });
    expect(old.data!.survey).toMatchObject({ respondentCount: 1 });
    expect(old.data!.survey.questions).toHaveLength(3);
  });

  it("a group's profile must be the one the directory holds, so no one can stuff another field's cells", async () => {
    const group = demoGroupId(13);
    const member = await tokenFor('member', group);
    const registered = await profileOf(group);
    const otherType = registered.organizationType === 'NPO_CORPORATION' ? 'VOLUNTARY_ASSOCIATION' : 'NPO_CORPORATION';
    const wrong = await ask<{ answerSurvey: { response: unknown; userErrors: Array<{ field: string[]; code: string }> } }>(
      ANSWER,
      { input: { surveyId: survey.id, groupId: group, profile: { ...registered, organizationType: otherType }, answers: answersFor('x') } },
      member,
    );
    expect(wrong.data!.answerSurvey.response).toBeNull();
    expect(wrong.data!.answerSurvey.userErrors).toEqual([{ field: ['input', 'profile', 'organizationType'], code: 'NOT_AS_REGISTERED' }]);
    const before = await ask<{ survey: { respondentCount: number } }>(`query ($id: ID!) { survey(id: $id) { respondentCount } }`, { id: survey.id });
    const right = await ask<{ answerSurvey: { response: { id: string } | null } }>(ANSWER, { input: { surveyId: survey.id, groupId: group, profile: registered, answers: answersFor('x') } }, member);
    expect(right.data!.answerSurvey.response).not.toBeNull();
    const after = await ask<{ survey: { respondentCount: number } }>(`query ($id: ID!) { survey(id: $id) { respondentCount } }`, { id: survey.id });
    expect(after.data!.survey.respondentCount).toBe(before.data!.survey.respondentCount + 1);
  });
});
