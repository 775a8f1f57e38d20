import { AgreementOrigin, ProposalActorCapacity, ProposalStatus } from '@tsunagaru/collaboration-domain';
import { ActivityField, deterministicUuid, fiscalYearLastDay, fiscalYearOf, ProposerType } from '@tsunagaru/shared-kernel';
import { addDays, dayNumber, demoDepartmentId, intBetween, seededRandom, type DemoGroup } from '@tsunagaru/shared-demo-data';
import { at, earlier, lastSigner, later, staffActor, type CollaborationWriter, type ProposalRow } from './demo-collaboration';
import { createThemeScorer, groupsWorkingIn } from './group-picking';

/**
 * This year's pipeline, placed relative to the day the seed runs: open city challenges, a
 * draft, proposals submitted and under review, one adopted and being agreed, one agreed,
 * one running, one not adopted, two withdrawn. Events are spread over the current fiscal year
 * up to today (at most the last 240 days). In a fiscal year's first two months there is no
 * room yet, so the pipeline then starts in the last weeks of the previous year.
 *
 * Also the departments' own collaboration projects and commissions (6(3)ア, 6(5)イ), which
 * run to this year with their yearly results, and one commission being agreed now.
 */

const F = ActivityField;

interface PipelineProposal {
  key: string;
  by: ProposerType;
  dept: string;
  field: ActivityField;
  status: ProposalStatus;
  /** Key of the challenge it answers. */
  challenge?: string;
  /** When it was submitted, as a fraction of the window (null: never submitted). */
  submittedAt: number | null;
  decidedAt?: number;
  title: string;
  summary: string;
  problem: string;
  expectedEffects: string;
  partnersSought: string;
  requestedBudget: number | null;
  reason?: string;
}

interface PipelineChallenge {
  key: string;
  dept: string;
  field: ActivityField;
  title: string;
  description: string;
  /** Days relative to today. */
  opens: number;
  closes: number;
}

const CHALLENGES: readonly PipelineChallenge[] = [
  {
    key: 'beach-litter',
    dept: 'environment',
    field: F.ENVIRONMENT,
    title: '海岸の漂着ごみを減らす仕組みづくり',
    description:
      '由比ガ浜・材木座・腰越の海岸では、観光シーズン以外にも漂着ごみが多く、清掃活動の担い手が高齢化している。' +
      '若い世代や海を利用する事業者を巻き込み、ごみの発生を減らす取組を一緒に考えてくれる団体を募集する。',
    opens: -30,
    closes: 45,
  },
  {
    key: 'elderly-transport',
    dept: 'health-welfare',
    field: F.HEALTH_MEDICAL_WELFARE,
    title: '坂道の多い地域での高齢者の外出支援',
    description:
      '山あいの住宅地では、買い物や通院のための外出が難しい高齢者が増えている。地域の支え合いによる移動支援や、' +
      '外出のきっかけとなる場づくりについて、団体からの提案を募集する。',
    opens: -10,
    closes: 60,
  },
  {
    key: 'multilingual-disaster',
    dept: 'disaster-safety',
    field: F.DISASTER_RELIEF,
    title: '外国籍市民と観光客のための多言語防災情報',
    description: '災害時に外国籍の市民や観光客へ避難情報を届ける仕組みが不足している。多言語での情報発信と訓練について提案を募集する。',
    opens: -200,
    closes: -150,
  },
];

const PROPOSALS: readonly PipelineProposal[] = [
  {
    key: 'draft-beach',
    by: ProposerType.GROUP,
    dept: 'environment',
    field: F.ENVIRONMENT,
    status: ProposalStatus.DRAFT,
    challenge: 'beach-litter',
    submittedAt: null,
    title: 'サーファーと学生による海岸ごみ調査と発生抑制キャンペーン',
    summary: '海を利用するサーファーや大学生と、漂着ごみの種類と量を毎月調べ、発生を減らす呼びかけを行う。',
    problem: '漂着ごみの清掃は続けているが、どこから来るごみが多いのか分からず、減らす手立てが打てていない。',
    expectedEffects: 'ごみの発生源が分かり、事業者や利用者と一緒に発生を減らす取組が始まる。',
    partnersSought: '市（環境部）: 調査結果の公表、事業者への呼びかけ。',
    requestedBudget: 300_000,
  },
  {
    key: 'submitted-beach',
    by: ProposerType.GROUP,
    dept: 'environment',
    field: F.ENVIRONMENT,
    status: ProposalStatus.SUBMITTED,
    challenge: 'beach-litter',
    submittedAt: 0.97,
    title: 'ビーチクリーンと海辺の環境学習を組み合わせた親子プログラム',
    summary: '毎月の海岸清掃に親子向けの環境学習を組み合わせ、海のごみ問題を家庭から考えるきっかけをつくる。',
    problem: '清掃活動の参加者が固定化し、子育て世代の参加が少ない。',
    expectedEffects: '親子で海のごみ問題を学び、家庭でのごみの出し方が変わる。清掃の担い手が若返る。',
    partnersSought: '市（環境部）: 清掃用具の貸出、集めたごみの回収、学校への周知。',
    requestedBudget: 450_000,
  },
  {
    key: 'review-tutoring',
    by: ProposerType.GROUP,
    dept: 'children-future',
    field: F.CHILD_DEVELOPMENT,
    status: ProposalStatus.UNDER_REVIEW,
    submittedAt: 0.45,
    title: '外国につながる子どもの学習と日本語の支援',
    summary: '外国につながる小中学生に、日本語と教科の学習を週2回支援する教室を開く。保護者の相談にも応じる。',
    problem: '外国につながる子どもが増えているが、学校の授業についていくための支援が足りない。',
    expectedEffects: '子どもたちが学校生活に安心して参加でき、保護者と地域のつながりも生まれる。',
    partnersSought: '市（こどもみらい部）: 会場の確保、学校との連絡調整。',
    requestedBudget: 600_000,
  },
  {
    key: 'review-city-frailty',
    by: ProposerType.CITY,
    dept: 'health-welfare',
    field: F.HEALTH_MEDICAL_WELFARE,
    status: ProposalStatus.UNDER_REVIEW,
    submittedAt: 0.35,
    title: '地域の通いの場を広げるフレイル予防の協働事業',
    summary: '市がフレイル予防のプログラムと専門職の派遣を用意し、団体が身近な集会所で通いの場を開く。',
    problem: '通いの場が一部の地区に偏り、坂の多い地区の高齢者が参加しにくい。',
    expectedEffects: '歩いて通える範囲に通いの場が増え、高齢者の外出と交流が増える。',
    partnersSought: '高齢者の見守りや体操の活動を続け、集会所での場づくりを担える市民活動団体。',
    requestedBudget: 900_000,
  },
  {
    key: 'adopted-disaster',
    by: ProposerType.GROUP,
    dept: 'disaster-safety',
    field: F.DISASTER_RELIEF,
    status: ProposalStatus.ADOPTED,
    challenge: 'multilingual-disaster',
    submittedAt: 0.1,
    decidedAt: 0.55,
    title: 'やさしい日本語と多言語による防災訓練',
    summary: '外国籍の市民と一緒に避難訓練を行い、やさしい日本語と多言語の防災カードをつくる。',
    problem: '外国籍の市民が避難所の場所や避難の方法を知らず、地域の訓練にも参加していない。',
    expectedEffects: '外国籍の市民が地域の防災訓練に参加し、災害時に助け合える関係ができる。',
    partnersSought: '市（防災安全部）: 訓練会場の確保、防災情報の翻訳確認、自治会への呼びかけ。',
    requestedBudget: 500_000,
  },
  {
    key: 'agreed-city-shopping',
    by: ProposerType.CITY,
    dept: 'community-connection',
    field: F.COMMUNITY_DEVELOPMENT,
    status: ProposalStatus.AGREED,
    submittedAt: 0.05,
    decidedAt: 0.35,
    title: '空き店舗を生かした多世代の交流拠点',
    summary: '市が空き店舗の所有者との調整と改修費の一部を担い、団体が週4日の交流拠点を運営する。',
    problem: '商店街の空き店舗が増え、住民が気軽に集まれる場所が少ない。',
    expectedEffects: '子どもから高齢者までが立ち寄れる場ができ、商店街のにぎわいが戻る。',
    partnersSought: '多世代の居場所づくりや商店街の活性化に取り組み、拠点の運営を担える市民活動団体。',
    requestedBudget: 1_200_000,
  },
  {
    key: 'running-satoyama',
    by: ProposerType.GROUP,
    dept: 'environment',
    field: F.ENVIRONMENT,
    status: ProposalStatus.IMPLEMENTED,
    submittedAt: 0,
    decidedAt: 0.2,
    title: '谷戸の湿地再生と生きもの観察会',
    summary: '荒れた谷戸の湿地を市民と再生し、ホタルやカエルが戻る水辺をつくる。毎月観察会を開く。',
    problem: '谷戸の湿地が乾燥し、水辺の生きものが減っている。手入れの担い手も足りない。',
    expectedEffects: '水辺の生きものが戻り、子どもたちが自然に親しむ場ができる。',
    partnersSought: '市（環境部）: 作業の許可、安全対策の助言、観察会の広報。',
    requestedBudget: 350_000,
  },
  {
    key: 'not-adopted-festival',
    by: ProposerType.GROUP,
    dept: 'culture-human-rights',
    field: F.CULTURE_ARTS_SPORTS,
    status: ProposalStatus.NOT_ADOPTED,
    submittedAt: 0.2,
    decidedAt: 0.5,
    title: '市民音楽祭の開催',
    summary: '市内の音楽団体が集まる音楽祭を年1回開き、市が会場と広報を担う。',
    problem: '市内の音楽団体が発表できる場が少ない。',
    expectedEffects: '音楽団体どうしの交流が生まれ、市民が音楽に親しむ機会が増える。',
    partnersSought: '市（文化人権課）: 会場の確保、広報。',
    requestedBudget: 800_000,
    reason: '既存の文化事業との重複があり、担当課の事業の中で団体と連携する方向で調整することとした。',
  },
  {
    key: 'withdrawn-library',
    by: ProposerType.GROUP,
    dept: 'education',
    field: F.SOCIAL_EDUCATION,
    status: ProposalStatus.WITHDRAWN,
    submittedAt: 0.3,
    decidedAt: 0.5,
    title: '地域の本棚とまちライブラリー',
    summary: '商店や集会所に本棚を置き、地域の人が本を持ち寄って貸し借りする。',
    problem: '身近に本と出会える場が少ない。',
    expectedEffects: '本を通じて地域の人どうしの会話が生まれる。',
    partnersSought: '市（教育部）: 図書館との連携、本棚の設置場所の紹介。',
    requestedBudget: 150_000,
    reason: '審査の中で既存の制度を活用できることが分かり、団体の自主事業として進めることにした。',
  },
  {
    key: 'withdrawn-draft',
    by: ProposerType.GROUP,
    dept: 'children-future',
    field: F.CHILD_DEVELOPMENT,
    status: ProposalStatus.WITHDRAWN,
    submittedAt: null,
    decidedAt: 0.7,
    title: '公園での外遊びの日',
    summary: '月1回、公園で子どもたちが自由に遊べる日をつくる。',
    problem: '外で遊ぶ子どもが減っている。',
    expectedEffects: '子どもたちが外遊びを楽しみ、体力がつく。',
    partnersSought: '市（こどもみらい部）: 公園の使用許可。',
    requestedBudget: null,
    reason: '会場の確保が難しくなったため、計画を練り直すことにした。',
  },
];

/** The window the pipeline is told in: up to today, within the current fiscal year when there is room. */
function windowOf(today: string): { start: string; at: (fraction: number) => string } {
  const fiscalYearStart = `${fiscalYearOf(today)}-04-01`;
  const roomThisYear = dayNumber(today) - dayNumber(fiscalYearStart);
  const start = roomThisYear >= 60 ? later(fiscalYearStart, addDays(today, -240)) : addDays(today, -60);
  const span = dayNumber(today) - dayNumber(start);
  return { start, at: (fraction) => earlier(addDays(start, Math.floor(fraction * span)), today) };
}

export function buildCurrentPipeline(writer: CollaborationWriter, groups: readonly DemoGroup[], today: string): void {
  const window = windowOf(today);
  const score = createThemeScorer(groups);
  const used = new Set(writer.data.proposals.map((proposal) => proposal.proposingGroupId).filter((id): id is string => id !== null));
  const pick = (field: ActivityField, text: string, date: string, exclude: readonly string[] = []): DemoGroup => {
    const candidates = groupsWorkingIn(groups, field, date).filter((group) => !used.has(group.id) && !exclude.includes(group.id));
    const chosen = candidates.sort((a, b) => score(text, b) - score(text, a) || a.index - b.index)[0];
    if (!chosen) throw new Error(`no demo group works in ${field}`);
    used.add(chosen.id);
    return chosen;
  };

  const challengeIds = new Map<string, string>();
  for (const challenge of CHALLENGES) {
    const id = deterministicUuid('city-challenge', challenge.key);
    challengeIds.set(challenge.key, id);
    const opensOn = later(addDays(today, challenge.opens), window.start);
    const closesOn = later(addDays(today, challenge.closes), opensOn);
    const departmentId = demoDepartmentId(challenge.dept);
    writer.data.challenges.push({
      id,
      title: challenge.title,
      description: challenge.description,
      activityField: challenge.field,
      departmentId,
      opensOn,
      closesOn,
      fiscalYear: fiscalYearOf(opensOn),
      publishedAt: at(addDays(opensOn, -7), 10),
      publishedBy: staffActor(departmentId).subject,
    });
  }

  for (const spec of PROPOSALS) {
    const random = seededRandom(900_000 + PROPOSALS.indexOf(spec));
    const challenge = spec.challenge ? CHALLENGES.find((candidate) => candidate.key === spec.challenge) : undefined;
    const challengeRow = challenge ? writer.data.challenges.find((row) => row.id === challengeIds.get(challenge.key)) : undefined;
    // A proposal answering a challenge is submitted while it takes proposals.
    let submittedOn = spec.submittedAt === null ? null : window.at(spec.submittedAt);
    if (submittedOn && challengeRow) submittedOn = earlier(later(submittedOn, challengeRow.opensOn), challengeRow.closesOn);
    const startedOn = addDays(submittedOn ?? window.at(spec.decidedAt ?? 0.9), -intBetween(random, 5, 20));
    const decidedOn = spec.decidedAt === undefined ? null : later(window.at(spec.decidedAt), addDays(submittedOn ?? startedOn, 7));
    const departmentId = demoDepartmentId(spec.dept);
    const text = `${spec.title}${spec.summary}`;
    const proposer = spec.by === ProposerType.GROUP ? pick(spec.field, text, submittedOn ?? startedOn) : null;
    const partners =
      spec.by === ProposerType.CITY && decidedOn && spec.status !== ProposalStatus.NOT_ADOPTED
        ? [pick(spec.field, text, submittedOn ?? startedOn)]
        : spec.key === 'running-satoyama'
          ? [pick(spec.field, text, submittedOn!, proposer ? [proposer.id] : [])]
          : [];
    const proposal: ProposalRow = {
      id: deterministicUuid('proposal', `pipeline:${spec.key}`),
      title: spec.title,
      summary: spec.summary,
      problem: spec.problem,
      expectedEffects: spec.expectedEffects,
      partnersSought: spec.partnersSought,
      requestedBudget: spec.requestedBudget,
      challengeId: challenge ? challengeIds.get(challenge.key)! : null,
      proposerType: spec.by,
      proposingGroupId: proposer?.id ?? null,
      partnerGroupIds: partners.map((group) => group.id),
      departmentId,
      fiscalYear: fiscalYearOf(submittedOn ?? startedOn),
      activityField: spec.field,
      status: spec.status,
      submittedOn,
      decidedOn,
      version: 1,
      createdBy: null,
      createdAt: at(startedOn, 20),
      updatedAt: at(decidedOn ?? submittedOn ?? startedOn, 17),
    };
    proposal.createdBy = writer.proposerOf(proposal).subject;
    writer.data.proposals.push(proposal);
    const proposerActor = writer.proposerOf(proposal);

    if (submittedOn === null) {
      writer.move(proposal, null, ProposalStatus.DRAFT, at(startedOn, 20), proposerActor, ProposalActorCapacity.PROPOSER);
      if (spec.status === ProposalStatus.WITHDRAWN) {
        writer.move(proposal, ProposalStatus.DRAFT, ProposalStatus.WITHDRAWN, at(decidedOn!, 16), proposerActor, ProposalActorCapacity.PROPOSER, spec.reason ?? null);
      }
    } else {
      const decided = [ProposalStatus.ADOPTED, ProposalStatus.AGREED, ProposalStatus.IMPLEMENTED].includes(spec.status) ? ProposalStatus.ADOPTED : spec.status;
      const asRead = { ...proposal, status: decided };
      writer.moveUntilDecision(asRead, random, spec.reason ?? null, staffActor(departmentId));
    }
    if (![ProposalStatus.ADOPTED, ProposalStatus.AGREED, ProposalStatus.IMPLEMENTED].includes(spec.status)) continue;

    // Adopted this year: the agreement is being written, is signed, or the project runs.
    const groupIds = [...(proposer ? [proposer.id] : []), ...partners.map((group) => group.id)];
    const draftedOn = earlier(addDays(decidedOn!, intBetween(random, 5, 12)), today);
    const revisedOn = earlier(addDays(draftedOn, intBetween(random, 7, 14)), today);
    const signers = spec.status === ProposalStatus.ADOPTED ? 1 : undefined;
    const startsOn = spec.status === ProposalStatus.IMPLEMENTED ? earlier(addDays(revisedOn, 20), today) : addDays(today, 30);
    const agreement = writer.agree(
      {
        id: deterministicUuid('agreement', `pipeline:${spec.key}`),
        origin: AgreementOrigin.MUTUAL_PROPOSAL,
        proposalId: proposal.id,
        title: spec.title,
        purpose: `${spec.title}を通じて、${spec.expectedEffects}`,
        departmentId,
        groupIds,
        intermediaryId: null,
        activityField: spec.field,
        startsOn,
        endsOn: fiscalYearLastDay(fiscalYearOf(startsOn) + 1),
        budget: spec.requestedBudget ?? 200_000,
        draftedOn,
        revisedOn,
        departmentSignsFirstDraft: true,
        signers,
        notAfter: spec.status === ProposalStatus.IMPLEMENTED ? addDays(startsOn, -1) : today,
      },
      random,
    );
    writer.consult(proposal.id, earlier(addDays(draftedOn, 3), today), 0, staffActor(departmentId));
    if (spec.status === ProposalStatus.ADOPTED) continue;
    writer.move(proposal, ProposalStatus.ADOPTED, ProposalStatus.AGREED, agreement.activatedAt!, lastSigner(writer, agreement), ProposalActorCapacity.PARTY);
    if (spec.status === ProposalStatus.AGREED) continue;
    writer.start(agreement, startsOn);
    writer.move(proposal, ProposalStatus.AGREED, ProposalStatus.IMPLEMENTED, agreement.startedAt!, staffActor(departmentId), ProposalActorCapacity.RESPONSIBLE_DEPARTMENT);
    writer.consult(proposal.id, earlier(addDays(startsOn, 40), today), 1, staffActor(departmentId));
  }

  writeDepartmentProjects(writer, today, pick);
}

interface DepartmentProject {
  key: string;
  origin: AgreementOrigin;
  dept: string;
  field: ActivityField;
  title: string;
  purpose: string;
  theme: string;
  groups: number;
  fromYear: number | 'this';
  budget: number;
}

const DEPARTMENT_PROJECTS: readonly DepartmentProject[] = [
  {
    key: 'park-care',
    origin: AgreementOrigin.COMMISSION,
    dept: 'urban-landscape',
    field: F.ENVIRONMENT,
    title: '街区公園の清掃・除草業務（公園愛護会への委託）',
    purpose: '身近な公園を日ごろ使う住民の団体に清掃と除草を委託し、きめ細かな管理と地域の見守りを両立する。',
    theme: '公園愛護会 公園の清掃と草刈り 遊具',
    groups: 2,
    fromYear: 2010,
    budget: 480_000,
  },
  {
    key: 'disaster-drills',
    origin: AgreementOrigin.DEPARTMENT_PROJECT,
    dept: 'disaster-safety',
    field: F.DISASTER_RELIEF,
    title: '地域の防災訓練と防災マップづくり',
    purpose: '自治会・町内会と市が一緒に、地区ごとの防災訓練を企画し、防災マップを毎年更新する。',
    theme: '町内会 自治会 防災訓練 避難',
    groups: 2,
    fromYear: 2016,
    budget: 300_000,
  },
  {
    key: 'dementia-cafe',
    origin: AgreementOrigin.DEPARTMENT_PROJECT,
    dept: 'health-welfare',
    field: F.HEALTH_MEDICAL_WELFARE,
    title: '認知症カフェの運営協力',
    purpose: '認知症の人と家族、地域の人が気軽に集えるカフェを、団体と地域包括支援センター、市が協力して運営する。',
    theme: 'オレンジカフェ 認知症 家族',
    groups: 1,
    fromYear: 2018,
    budget: 240_000,
  },
  {
    key: 'after-school',
    origin: AgreementOrigin.COMMISSION,
    dept: 'children-future',
    field: F.CHILD_DEVELOPMENT,
    title: '放課後の子どもの居場所づくり（委託）',
    purpose: '放課後に子どもが安心して過ごせる居場所を、子どもの活動に取り組む団体に委託して開く。',
    theme: '放課後 子ども 居場所 学習',
    groups: 1,
    fromYear: 'this',
    budget: 1_500_000,
  },
];

function writeDepartmentProjects(
  writer: CollaborationWriter,
  today: string,
  pick: (field: ActivityField, text: string, date: string, exclude?: readonly string[]) => DemoGroup,
): void {
  const currentYear = fiscalYearOf(today);
  for (const project of DEPARTMENT_PROJECTS) {
    const random = seededRandom(950_000 + DEPARTMENT_PROJECTS.indexOf(project));
    const departmentId = demoDepartmentId(project.dept);
    const department = staffActor(departmentId);
    const negotiatingNow = project.fromYear === 'this';
    const startsOn = negotiatingNow ? addDays(today, 30) : `${project.fromYear}-04-01`;
    const chosen: DemoGroup[] = [];
    for (let i = 0; i < project.groups; i += 1) chosen.push(pick(project.field, project.theme, negotiatingNow ? today : startsOn, chosen.map((group) => group.id)));
    const agreement = writer.agree(
      {
        id: deterministicUuid('agreement', `department:${project.key}`),
        origin: project.origin,
        proposalId: null,
        title: project.title,
        purpose: project.purpose,
        departmentId,
        groupIds: chosen.map((group) => group.id),
        intermediaryId: null,
        activityField: project.field,
        startsOn,
        endsOn: fiscalYearLastDay(negotiatingNow ? fiscalYearOf(startsOn) : currentYear),
        budget: project.budget,
        draftedOn: negotiatingNow ? addDays(today, -20) : addDays(startsOn, -45),
        revisedOn: negotiatingNow ? addDays(today, -8) : null,
        departmentSignsFirstDraft: negotiatingNow,
        signers: negotiatingNow ? 1 : undefined,
        notAfter: negotiatingNow ? today : addDays(startsOn, -1),
      },
      random,
    );
    if (negotiatingNow) continue;
    writer.start(agreement, startsOn);
    const share = Math.round((project.budget * (project.origin === AgreementOrigin.COMMISSION ? 1 : 0.8)) / 1000) * 1000;
    for (let year = project.fromYear as number; year < currentYear; year += 1) writer.result(agreement, year, random, share, project.origin === AgreementOrigin.COMMISSION ? 0 : 40_000, department);
  }
}
