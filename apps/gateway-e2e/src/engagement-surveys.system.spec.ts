import { describe, expect, it } from 'vitest';
import { demoSurveyRespondents } from '@tsunagaru/engagement-demo-data';
import { demoGroupId } from '@tsunagaru/shared-demo-data';
import { gatewayUrl, postGraphQL, tokenFor } from '@tsunagaru/shared-testing';

// Acceptance 1 and the survey visibility rules, on the seeded system (read only).

interface OptionResult {
  label: string;
  count: number | null;
  share: number | null;
  suppressed: boolean;
}
interface QuestionResult {
  question: { id: string; kind: string };
  respondents: number | null;
  options: OptionResult[];
  segments: Array<{ value: string; respondents: number | null; suppressed: boolean; options: OptionResult[] }> | null;
}
interface SurveyNode {
  id: string;
  title: string;
  respondentCount: number;
  results: QuestionResult[];
}

const RESULTS = `query ($crossBy: SurveyCrossDimension) {
  surveys(first: 5) { edges { node { id title respondentCount
    results(crossBy: $crossBy) { question { id kind } respondents
      options { label count share suppressed }
      segments { value respondents suppressed options { label count share suppressed } } } } } }
}`;

async function seededSurvey(crossBy: string | null, token?: string): Promise<SurveyNode> {
  const response = await postGraphQL<{ surveys: { edges: Array<{ node: SurveyNode }> } }>(gatewayUrl(), RESULTS, { crossBy }, token);
  expect(response.errors).toBeUndefined();
  const survey = response.data!.surveys.edges.map((edge) => edge.node).find((node) => node.title.includes('活動状況に関するアンケート'));
  expect(survey).toBeDefined();
  return survey!;
}

/** Every additive relation a reader sees: it must hide no figure or at least two. */
function relationsHidingExactlyOne(result: QuestionResult): string[] {
  const problems: string[] = [];
  // A relation is a whole and its parts; one without parts (free text has no options) reveals nothing.
  const check = (name: string, flags: boolean[]) => {
    if (flags.length > 1 && flags.filter(Boolean).length === 1) problems.push(name);
  };
  const totalHidden = result.respondents === null;
  check('options', [totalHidden, ...result.options.map((option) => option.suppressed)]);
  const segments = result.segments ?? [];
  if (segments.length > 0) {
    check('segment respondents', [totalHidden, ...segments.map((segment) => segment.suppressed)]);
    for (const segment of segments) check(`segment ${segment.value}`, [segment.suppressed, ...segment.options.map((option) => option.suppressed)]);
    result.options.forEach((option, index) =>
      check(`option ${option.label}`, [option.suppressed, ...segments.map((segment) => segment.options[index].suppressed)]),
    );
  }
  return problems;
}

describe('the September 2019 activity-status survey (acceptance 1)', () => {
  it('has 103 respondents, and a multiple-choice share is its count over 103', async () => {
    const survey = await seededSurvey(null);
    expect(survey.respondentCount).toBe(103);
    const multiple = survey.results.filter((result) => result.question.kind === 'MULTIPLE_CHOICE');
    expect(multiple.length).toBeGreaterThanOrEqual(3);
    for (const result of multiple) {
      expect(result.respondents).toBe(103);
      for (const option of result.options.filter((candidate) => !candidate.suppressed)) {
        expect(option.share).toBeCloseTo(option.count! / 103, 10);
      }
    }
    // The challenges question keeps the guideline's order (3 (2)), most frequent first.
    const challenges = multiple.find((result) => result.options[0].label.includes('高齢化'))!;
    expect(challenges.options.map((option) => option.label).slice(0, 7)).toEqual([
      'スタッフの世代の偏り（高齢化）',
      '活動の担い手不足',
      '特定の個人に責任や作業が集中する',
      '新しい会員が増えない',
      '活動の中心になるリーダーや後継者が育たない',
      '活動資金・資器材の調達',
      '活動場所・拠点の確保',
    ]);
    const counts = challenges.options.slice(0, 7).map((option) => option.count!);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    // Over half willing to collaborate (3 (3)).
    const willingness = survey.results.find((result) => result.question.kind === 'SINGLE_CHOICE')!;
    expect(willingness.options[0].count! + willingness.options[1].count!).toBeGreaterThan(103 / 2);
  });

  it('cross-tab cells sum to the totals (staff view, nothing suppressed)', async () => {
    const staff = await tokenFor('staff');
    for (const dimension of ['ACTIVITY_FIELD', 'ORGANIZATION_TYPE', 'DISTRICT']) {
      const survey = await seededSurvey(dimension, staff);
      for (const result of survey.results) {
        expect(result.segments!.reduce((sum, segment) => sum + segment.respondents!, 0)).toBe(result.respondents);
        result.options.forEach((option, index) => {
          expect(option.suppressed).toBe(false);
          expect(result.segments!.reduce((sum, segment) => sum + segment.options[index].count!, 0)).toBe(option.count);
        });
      }
    }
  });

  it('suppresses a cell below 3 for an anonymous caller, shows it to staff, and leaves no way to recover it', async () => {
    const staffView = await seededSurvey('ACTIVITY_FIELD', await tokenFor('staff'));
    const anonymousView = await seededSurvey('ACTIVITY_FIELD');
    let smallCells = 0;
    staffView.results.forEach((result, questionIndex) => {
      const anonymous = anonymousView.results[questionIndex];
      result.segments!.forEach((segment, segmentIndex) => {
        segment.options.forEach((cell, optionIndex) => {
          const seen = anonymous.segments![segmentIndex].options[optionIndex];
          if (cell.count! < 3) {
            smallCells += 1;
            expect(seen).toMatchObject({ count: null, share: null, suppressed: true });
          } else if (!seen.suppressed) {
            expect(seen.count).toBe(cell.count);
          }
        });
      });
      expect(relationsHidingExactlyOne(anonymous)).toEqual([]);
    });
    expect(smallCells).toBeGreaterThan(0);
    // A member of a group is not staff: suppressed too.
    const memberView = await seededSurvey('DISTRICT', await tokenFor('member'));
    for (const result of memberView.results) expect(relationsHidingExactlyOne(result)).toEqual([]);
  });
});

describe('who sees survey answers', () => {
  const RESPONSES = `query { surveys(first: 5) { edges { node { title responses(first: 100) { totalCount edges { node { id answers { kind text otherText chosen } } } } } } } }`;

  it('all responses and free text are for city staff only', async () => {
    const staff = await postGraphQL<{ surveys: { edges: Array<{ node: { responses: { totalCount: number; edges: Array<{ node: { answers: Array<{ kind: string; text: string | null }> } }> } } }> } }>(
      gatewayUrl(),
      RESPONSES,
      {},
      await tokenFor('staff'),
    );
    expect(staff.errors).toBeUndefined();
    const responses = staff.data!.surveys.edges[0].node.responses;
    expect(responses.totalCount).toBe(103);
    expect(responses.edges.flatMap((edge) => edge.node.answers).some((answer) => answer.kind === 'FREE_TEXT' && answer.text)).toBe(true);

    for (const token of [undefined, await tokenFor('member'), await tokenFor('intermediary'), await tokenFor('reviewer')]) {
      const other = await postGraphQL<{ surveys: { edges: Array<{ node: { responses: unknown } }> } }>(gatewayUrl(), RESPONSES, {}, token);
      expect(other.data!.surveys.edges.every((edge) => edge.node.responses === null)).toBe(true);
      expect(other.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(other.data)).not.toMatch(/団体同士|窓口を一本化|助成金の情報/);
    }
  });

  it("a group sees its own answers on Group.surveyResponses; another group and anonymous callers do not", async () => {
    const respondent = demoSurveyRespondents()[0].id;
    const query = `query ($id: ID!) { group(id: $id) { id surveyResponses(first: 5) { edges { node { survey { title } activityField answers { prompt chosen text } } } } } }`;
    const own = await postGraphQL<{ group: { surveyResponses: { edges: Array<{ node: { answers: unknown[] } }> } } }>(
      gatewayUrl(),
      query,
      { id: respondent },
      await tokenFor('member', respondent),
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.group.surveyResponses.edges).toHaveLength(1);
    expect(own.data!.group.surveyResponses.edges[0].node.answers.length).toBeGreaterThan(3);

    const staff = await postGraphQL<{ group: { surveyResponses: { edges: unknown[] } } }>(gatewayUrl(), query, { id: respondent }, await tokenFor('staff'));
    expect(staff.data!.group.surveyResponses.edges).toHaveLength(1);

    const other = demoGroupId(389) === respondent ? demoGroupId(388) : demoGroupId(389);
    for (const token of [undefined, await tokenFor('member', other)]) {
      const refused = await postGraphQL<{ group: { id: string; surveyResponses: unknown } }>(gatewayUrl(), query, { id: respondent }, token);
      expect(refused.data!.group.id).toBe(respondent);
      expect(refused.data!.group.surveyResponses).toBeNull();
    }
  });
});
