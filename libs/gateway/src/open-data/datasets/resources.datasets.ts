import { fiscalYearOf } from '@tsunagaru/shared-kernel';
import { pathOf, selectionFor, recordOf, run, connectionDataset, municipality, municipalityColumns, nestedRecords, type OpenDataColumn, type OpenDataset } from './dataset-kit';

// Venues (公共施設一覧), the fund's statements and the city's grants.
export const venues = connectionDataset({
  id: 'venues',
  title: '市民活動の場 公共施設一覧 (Venues)',
  description: 'Places for civic activity (活動の場) that groups can book, in the columns of the Digital Agency recommended dataset for public facilities (公共施設一覧), plus kind, district and capacity. Bookings are not included.',
  source: 'venues',
  recommendedFormat: '推奨データセット 公共施設一覧',
  field: 'venues',
  changedAtKey: 'updatedAt',
  fixed: municipality,
  columns: [
    ...municipalityColumns,
    { key: 'id', label: 'ID' },
    { key: 'name', label: '名称' },
    { key: 'nameKana', label: '名称_カナ' },
    { key: 'address', label: '住所' },
    { key: 'description', label: '説明' },
    { key: 'kind', label: '種別' },
    { key: 'district', label: '地区' },
    { key: 'capacity', label: '定員' },
    { key: 'code', label: '施設コード' },
    { key: 'updatedAt', label: '更新日時' },
  ],
});

/** 寄附の経路 of the fund statement, one pair of columns each (the graph's DonationChannel values). */
const DONATION_CHANNELS: ReadonlyArray<[channel: string, label: string]> = [
  ['DIRECT', '直接の寄附'],
  ['FURUSATO_NOZEI', 'ふるさと寄附金'],
  ['VENDING_MACHINE', '寄附型自動販売機'],
  ['OTHER', 'その他'],
];
const channelKey = (channel: string) => channel.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
const fundColumns: OpenDataColumn[] = [
  ...municipalityColumns,
  { key: 'fiscalYear', label: '年度' },
  { key: 'openingBalanceYen', label: '前年度繰越額' },
  { key: 'donationsYen', label: '寄附収入' },
  { key: 'disbursementsYen', label: '助成金支出' },
  { key: 'closingBalanceYen', label: '次年度繰越額' },
  ...DONATION_CHANNELS.flatMap(([channel, label]): OpenDataColumn[] => [
    { key: `${channelKey(channel)}Yen`, label: `寄附収入_${label}` },
    { key: `${channelKey(channel)}Count`, label: `寄附件数_${label}` },
  ]),
];
const FIRST_POSSIBLE_FISCAL_YEAR = 1989;
const FUND_YEARS_PER_QUERY = 5;
interface FundStatementNode {
  fiscalYear: number;
  openingBalanceYen: number;
  donationsYen: number;
  disbursementsYen: number;
  closingBalanceYen: number;
  donationsByChannel: Array<{ channel: string; amountYen: number; count: number }>;
}
export const fundStatements: OpenDataset = {
  id: 'fund-statements',
  title: '市民活動支援基金 収支 (Fund statements)',
  description:
    "The civic activity fund's (市民活動支援基金) statement per fiscal year (年度), from its ledger: opening balance, donations by channel (寄附の経路), grant disbursements, closing balance. " +
    'From the first year with a movement to the current one. Donor identities are never included. Derived figures: no change time.',
  source: 'fundStatement',
  columns: fundColumns,
  load: async (execute) => {
    const selection = 'fiscalYear openingBalanceYen donationsYen disbursementsYen closingBalanceYen donationsByChannel { channel amountYen count }';
    const statements: FundStatementNode[] = [];
    // Newest year back, a few years a query, until a year opens with nothing before it.
    let year = fiscalYearOf(new Date());
    for (let done = false; !done && year >= FIRST_POSSIBLE_FISCAL_YEAR; year -= FUND_YEARS_PER_QUERY) {
      const years = Array.from({ length: FUND_YEARS_PER_QUERY }, (_, index) => year - index).filter((y) => y >= FIRST_POSSIBLE_FISCAL_YEAR);
      const data = await run(execute, `query OpenData_fundStatements { ${years.map((y) => `fy${y}: fundStatement(fiscalYear: ${y}) { ${selection} }`).join(' ')} }`, {});
      for (const y of years) {
        const statement = data[`fy${y}`] as FundStatementNode | null;
        if (!statement) continue;
        statements.push(statement);
        if (statement.openingBalanceYen === 0) {
          done = true;
          break;
        }
      }
    }
    // Leading years without any movement are not part of the fund's history.
    const moved = (s: FundStatementNode) => s.openingBalanceYen !== 0 || s.donationsYen !== 0 || s.disbursementsYen !== 0 || s.closingBalanceYen !== 0;
    statements.sort((a, b) => a.fiscalYear - b.fiscalYear);
    const first = statements.findIndex(moved);
    return (first < 0 ? [] : statements.slice(first)).map((statement) => {
      const record = recordOf(statement, fundColumns, municipality);
      for (const { channel, amountYen, count } of statement.donationsByChannel) {
        if (!DONATION_CHANNELS.some(([known]) => known === channel)) throw new Error(`open data: fund-statements has no column for the donation channel ${channel}`);
        record[`${channelKey(channel)}Yen`] = amountYen;
        record[`${channelKey(channel)}Count`] = count;
      }
      return record;
    });
  },
};

export const grantPrograms = connectionDataset({
  id: 'grant-programs',
  title: '市民活動 助成制度と選考結果 (Grant programmes and their decisions)',
  description:
    "Grant programmes (助成制度): the city's own, paid from the civic activity fund, and private ones listed for information, with eligibility, application period, published selection criteria " +
    'and the decisions made (選考結果: applications, awards, rejections, amounts awarded and paid). Applications themselves are never included.',
  source: 'grantPrograms',
  field: 'grantPrograms',
  fixed: municipality,
  columns: [
    ...municipalityColumns,
    { key: 'id', label: 'ID' },
    { key: 'code', label: '制度コード' },
    { key: 'kind', label: '種類' },
    { key: 'name', label: '制度名' },
    { key: 'provider', label: '実施主体' },
    { key: 'description', label: '概要' },
    { key: 'fiscalYear', label: '年度' },
    { key: 'budgetYen', label: '予算額' },
    { key: 'minAwardYen', label: '助成額下限' },
    { key: 'maxAwardYen', label: '助成額上限' },
    { key: 'eligibleFields', label: '対象分野' },
    { key: 'eligibleOrganizationTypes', label: '対象団体' },
    { key: 'opensOn', label: '募集開始日' },
    { key: 'closesOn', label: '締切日' },
    { key: 'selectionCriteria', label: '選考基準' },
    { key: 'applicationMethod', label: '申請方法' },
    { key: 'url', label: 'URL' },
    { key: 'applications', label: '申請件数', path: 'decisions.applications' },
    { key: 'awarded', label: '交付決定件数', path: 'decisions.awarded' },
    { key: 'rejected', label: '不交付決定件数', path: 'decisions.rejected' },
    { key: 'awardedYen', label: '交付決定額合計', path: 'decisions.awardedYen' },
    { key: 'paidYen', label: '支払額合計', path: 'decisions.paidYen' },
    { key: 'remainingBudgetYen', label: '予算残額', path: 'decisions.remainingBudgetYen' },
  ],
});

const awardColumns: OpenDataColumn[] = [
  ...municipalityColumns,
  { key: 'id', label: 'ID' },
  { key: 'programId', label: '制度ID' },
  { key: 'programName', label: '制度名' },
  { key: 'groupId', label: '団体ID', path: 'group.id' },
  { key: 'groupName', label: '団体名', path: 'group.name' },
  { key: 'amountYen', label: '交付決定額' },
  { key: 'awardedOn', label: '交付決定日' },
  { key: 'paidOn', label: '支払日' },
];
export const grantAwards: OpenDataset = {
  id: 'grant-awards',
  title: '市民活動 助成金交付決定一覧 (Grant awards)',
  description:
    'Grant awards (交付決定) of every programme: the group, the programme, the amount, the day decided and the day paid. ' +
    "The application's plan, the reasons of rejections and the use reports are never included.",
  source: 'grantPrograms.awards',
  columns: awardColumns,
  load: (execute) => {
    const own = awardColumns.filter((column) => !['localGovernmentCode', 'localGovernmentName', 'programId', 'programName'].includes(column.key));
    return nestedRecords(
      execute,
      { parents: 'grantPrograms', parentPage: 20, parentSelection: 'id name', single: 'grantProgram', children: 'awards', childPage: 50, childSelection: selectionFor(own.map(pathOf)) },
      (program, node) => recordOf(node, awardColumns, { ...municipality, programId: program.id, programName: program.name as string }),
    );
  },
};
