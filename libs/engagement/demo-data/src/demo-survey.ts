import { deterministicUuid, OrganizationType } from '@tsunagaru/shared-kernel';
import { CITYWIDE_DISTRICT, SurveyAudience, SurveyQuestionKind } from '@tsunagaru/engagement-domain';
import { buildDemoGroups, seededRandom, shuffle, type DemoGroup, type Random } from '@tsunagaru/shared-demo-data';

/**
 * The September 2019 activity-status survey (活動状況に関するアンケート, guideline 3 (2)–(3)):
 * 103 responding groups. What the guideline states is kept exactly — the respondents, the
 * challenges in its order, the three main collaboration challenges for groups and for the city,
 * and over half willing to collaborate; every per-option count beyond that is illustrative.
 */
export const DEMO_SURVEY_CODE = '2019-09-activity-status';
export const DEMO_SURVEY_RESPONDENTS = 103;
const SEED = 20190901;

export interface DemoSurveyRows {
  survey: {
    id: string;
    code: string;
    version: number;
    previousVersionId: null;
    title: string;
    description: string;
    audience: SurveyAudience;
    opensOn: string;
    closesOn: string;
    createdAt: Date;
  };
  questions: Array<{
    id: string;
    surveyId: string;
    position: number;
    kind: SurveyQuestionKind;
    prompt: string;
    scaleMin: number | null;
    scaleMax: number | null;
    scaleMinLabel: string | null;
    scaleMaxLabel: string | null;
  }>;
  options: Array<{ id: string; questionId: string; position: number; label: string; isOther: boolean }>;
  responses: Array<{
    id: string;
    surveyId: string;
    respondentKey: string;
    groupId: string;
    personSubject: null;
    activityField: string;
    organizationType: string;
    district: string;
    submittedAt: Date;
    updatedAt: Date;
    submittedBy: string;
  }>;
  answers: Array<{ id: string; responseId: string; questionId: string; optionId: string | null; scaleValue: number | null; text: string | null }>;
}

interface ChoiceSpec {
  label: string;
  /** Respondents choosing it (illustrative unless the guideline says so). */
  count: number;
  isOther?: boolean;
}

interface QuestionSpec {
  key: string;
  kind: SurveyQuestionKind;
  prompt: string;
  choices?: ChoiceSpec[];
  scale?: { min: number; max: number; minLabel: string; maxLabel: string; weights: number[] };
  items?: string[];
}

const QUESTIONS: readonly QuestionSpec[] = [
  {
    key: 'collaboration-willingness',
    kind: SurveyQuestionKind.SINGLE_CHOICE,
    prompt: '市との協働事業について、どのようにお考えですか。',
    // 3 (3): 「積極的に…取り組みたい」「内容によっては取り組みたい」 together over 50 % (56 of 103).
    choices: [
      { label: '積極的に協働によるまちづくりに取り組みたい', count: 19 },
      { label: '内容によっては取り組みたい', count: 37 },
      { label: 'あまり取り組みたくない', count: 17 },
      { label: '取り組みたくない', count: 8 },
      { label: 'わからない', count: 22 },
    ],
  },
  {
    key: 'activity-challenges',
    kind: SurveyQuestionKind.MULTIPLE_CHOICE,
    prompt: '団体が活動を継続していく上での課題は何ですか。（複数回答）',
    // 3 (2), in the guideline's order: 『人員』 first, then funds and equipment, then a place.
    choices: [
      { label: 'スタッフの世代の偏り（高齢化）', count: 57 },
      { label: '活動の担い手不足', count: 52 },
      { label: '特定の個人に責任や作業が集中する', count: 46 },
      { label: '新しい会員が増えない', count: 43 },
      { label: '活動の中心になるリーダーや後継者が育たない', count: 38 },
      { label: '活動資金・資器材の調達', count: 29 },
      { label: '活動場所・拠点の確保', count: 24 },
      { label: 'その他（具体的に）', count: 7, isOther: true },
    ],
  },
  {
    key: 'collaboration-challenges-groups',
    kind: SurveyQuestionKind.MULTIPLE_CHOICE,
    prompt: '市と協働を進めるうえでの「市民活動団体」の課題は何ですか。（複数回答）',
    choices: [
      { label: '市と話し合う機会がない', count: 41 },
      { label: '市政やまちづくりに関する情報不足', count: 36 },
      { label: '協働への関心が低い', count: 27 },
      { label: '協働の進め方がわからない', count: 19 },
      { label: '特にない', count: 12 },
      { label: 'その他（具体的に）', count: 5, isOther: true },
    ],
  },
  {
    key: 'collaboration-challenges-city',
    kind: SurveyQuestionKind.MULTIPLE_CHOICE,
    prompt: '市と協働を進めるうえでの「市」の課題は何ですか。（複数回答）',
    choices: [
      { label: '市民活動団体に関する理解不足', count: 44 },
      { label: '市の中で連携がとれていない', count: 38 },
      { label: '協働に消極的である', count: 31 },
      { label: '相談窓口がわかりにくい', count: 21 },
      { label: '特にない', count: 10 },
      { label: 'その他（具体的に）', count: 4, isOther: true },
    ],
  },
  {
    key: 'activity-fulfilment',
    kind: SurveyQuestionKind.SCALE,
    prompt: '団体の現在の活動は、目的に照らしてどの程度充実していますか。',
    scale: { min: 1, max: 5, minLabel: '充実していない', maxLabel: '充実している', weights: [8, 17, 36, 30, 12] },
  },
  {
    key: 'center-services',
    kind: SurveyQuestionKind.MATRIX,
    prompt: '市民活動センターの次の機能について、どの程度役立っていますか。',
    scale: { min: 1, max: 4, minLabel: '役立っていない', maxLabel: '役立っている', weights: [1, 2, 4, 3] },
    items: ['会議室・作業スペース', '情報の収集と提供', '相談・助言', '団体間の交流'],
  },
  {
    key: 'requests',
    kind: SurveyQuestionKind.FREE_TEXT,
    prompt: '市民活動の推進について、市へのご意見・ご要望をご自由にお書きください。',
  },
];

const OTHER_TEXTS = ['会員間の連絡手段の確保', '活動の広報が届かない', 'コロナ前から会場費の負担が大きい', '事務作業の負担', '他団体とのつながりが少ない'];
const FREE_TEXTS = [
  '団体同士が知り合える場を定期的に設けてほしい。',
  '市の担当課がどこか分かりにくいので、窓口を一本化してほしい。',
  '若い世代に活動を知ってもらう機会がほしい。',
  '会議室の予約をインターネットでできるようにしてほしい。',
  '協働事業の成果を市民に広く知らせてほしい。',
  '助成金の情報をまとめて知らせてほしい。',
];

function pickWeighted(random: Random, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let roll = random() * total;
  for (let index = 0; index < weights.length; index += 1) {
    roll -= weights[index];
    if (roll < 0) return index;
  }
  return weights.length - 1;
}

/** The 103 respondents: groups registered by September 2019, drawn deterministically; individuals excluded. */
export function demoSurveyRespondents(groups: readonly DemoGroup[] = buildDemoGroups()): DemoGroup[] {
  const eligible = groups.filter((group) => group.registeredOn <= '2019-09-30' && group.organizationType !== OrganizationType.INDIVIDUAL);
  return shuffle(seededRandom(SEED), eligible).slice(0, DEMO_SURVEY_RESPONDENTS);
}

export function buildDemoSurvey(): DemoSurveyRows {
  const random = seededRandom(SEED + 1);
  const surveyId = deterministicUuid('survey', `${DEMO_SURVEY_CODE}:1`);
  const survey = {
    id: surveyId,
    code: DEMO_SURVEY_CODE,
    version: 1,
    previousVersionId: null,
    title: '鎌倉市内の市民活動団体の活動状況に関するアンケート',
    description:
      '令和元年（2019年）9月実施。市民活動センター登録団体等を対象に、活動の状況と課題、市との協働について調査（回答数 103 団体）。' +
      '指針 3 (2)・(3) が述べる事項（回答団体数、課題の順序、協働に取り組みたいとの回答が 50% を超えること、主な協働の課題）は指針のとおりです。' +
      'それ以外の選択肢ごとの件数、クロス集計と自由記述はデモ用の例示です（Per-option counts beyond what the guideline states are illustrative）。',
    audience: SurveyAudience.GROUPS,
    opensOn: '2019-09-01',
    closesOn: '2019-09-30',
    createdAt: new Date('2019-08-20T09:00:00+09:00'),
  };
  const rows: DemoSurveyRows = { survey, questions: [], options: [], responses: [], answers: [] };
  const respondents = demoSurveyRespondents();

  rows.responses = respondents.map((group, index) => {
    const submittedAt = new Date(Date.parse('2019-09-02T10:00:00+09:00') + Math.floor((index / respondents.length) * 27 * 86_400_000));
    return {
      id: deterministicUuid('survey-response', `${DEMO_SURVEY_CODE}:${group.id}`),
      surveyId,
      respondentKey: `group:${group.id}`,
      groupId: group.id,
      personSubject: null,
      activityField: group.activityFields[0],
      organizationType: group.organizationType,
      district: group.districts[0] ?? CITYWIDE_DISTRICT,
      submittedAt,
      updatedAt: submittedAt,
      submittedBy: `demo-member-${group.id}`,
    };
  });
  const responseIds = rows.responses.map((response) => response.id);
  let answerSeq = 0;
  const answer = (responseId: string, questionId: string, optionId: string | null, scaleValue: number | null, text: string | null) =>
    rows.answers.push({ id: deterministicUuid('survey-answer', `${DEMO_SURVEY_CODE}:${(answerSeq += 1)}`), responseId, questionId, optionId, scaleValue, text });

  QUESTIONS.forEach((spec, questionIndex) => {
    const questionId = deterministicUuid('survey-question', `${DEMO_SURVEY_CODE}:1:${spec.key}`);
    rows.questions.push({
      id: questionId,
      surveyId,
      position: questionIndex + 1,
      kind: spec.kind,
      prompt: spec.prompt,
      scaleMin: spec.scale?.min ?? null,
      scaleMax: spec.scale?.max ?? null,
      scaleMinLabel: spec.scale?.minLabel ?? null,
      scaleMaxLabel: spec.scale?.maxLabel ?? null,
    });
    const labels = spec.choices?.map((choice) => choice.label) ?? spec.items ?? [];
    const optionIds = labels.map((label, position) => {
      const id = deterministicUuid('survey-option', `${questionId}:${position + 1}`);
      rows.options.push({ id, questionId, position: position + 1, label, isOther: spec.choices?.[position]?.isOther === true });
      return id;
    });

    if (spec.kind === SurveyQuestionKind.SINGLE_CHOICE) {
      // Exact counts: deal the shuffled respondents out option by option.
      const order = shuffle(random, responseIds);
      let next = 0;
      spec.choices!.forEach((choice, index) => {
        for (const responseId of order.slice(next, next + choice.count)) answer(responseId, questionId, optionIds[index], null, null);
        next += choice.count;
      });
    } else if (spec.kind === SurveyQuestionKind.MULTIPLE_CHOICE) {
      // Each option goes to exactly `count` respondents; anyone left with none gets the first option.
      const chosen = new Map<string, Set<number>>(responseIds.map((id) => [id, new Set<number>()]));
      spec.choices!.forEach((choice, index) => {
        for (const responseId of shuffle(random, responseIds).slice(0, choice.count)) chosen.get(responseId)!.add(index);
      });
      for (const set of chosen.values()) if (set.size === 0) set.add(0);
      for (const [responseId, set] of chosen) {
        for (const index of [...set].sort((a, b) => a - b)) {
          const other = spec.choices![index].isOther ? OTHER_TEXTS[Math.floor(random() * OTHER_TEXTS.length)] : null;
          answer(responseId, questionId, optionIds[index], null, other);
        }
      }
    } else if (spec.kind === SurveyQuestionKind.SCALE) {
      for (const responseId of responseIds) answer(responseId, questionId, null, spec.scale!.min + pickWeighted(random, spec.scale!.weights), null);
    } else if (spec.kind === SurveyQuestionKind.MATRIX) {
      for (const responseId of responseIds) {
        optionIds.forEach((optionId) => answer(responseId, questionId, optionId, spec.scale!.min + pickWeighted(random, spec.scale!.weights), null));
      }
    } else {
      for (const responseId of responseIds) {
        if (random() < 0.3) answer(responseId, questionId, null, null, FREE_TEXTS[Math.floor(random() * FREE_TEXTS.length)]);
      }
    }
  });
  return rows;
}
