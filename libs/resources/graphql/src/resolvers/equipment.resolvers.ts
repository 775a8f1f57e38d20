import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  ACCIDENT_REPORTS_NEWEST_FIRST,
  EQUIPMENT_BY_NAME,
  EquipmentItem as EquipmentItemEntity,
  EquipmentLoans,
  groupSupportPolicies,
  LOANS_NEWEST_FIRST,
  type AccidentReport as AccidentReportEntity,
  type EquipmentLoan as EquipmentLoanEntity,
} from '@tsunagaru/resources-domain';
import { allows, NotFoundError } from '@tsunagaru/shared-kernel';
import { findPage } from '@tsunagaru/shared-persistence';
import { DateScalar, ForwardPaginationArgs, toConnection, withUserErrors, type ConnectionResult } from '@tsunagaru/shared-graphql';
import type { ResourcesContext } from '../loaders';
import {
  AccidentInsuranceScheme,
  AccidentReportConnection,
  EquipmentItem,
  EquipmentItemConnection,
  EquipmentLoan,
  EquipmentLoanConnection,
  EquipmentLoanPayload,
  LendEquipmentInput,
  ReportActivityAccidentInput,
  ReportActivityAccidentPayload,
  ReturnEquipmentInput,
} from '../types/equipment.types';
import { GroupReference } from '../types/group-reference.type';

/** The city's scheme, as published on its website (鎌倉市市民活動補償制度). */
const SCHEME: AccidentInsuranceScheme = {
  name: '鎌倉市市民活動補償制度',
  whoIsCovered: '市内で公益的な市民活動を行う団体（法人格の有無を問わない）の指導者・参加者。団体の登録や加入手続き、保険料の負担は不要です。',
  coverage: '活動中の事故による参加者のけが（死亡・後遺障害・入院・通院）の補償と、活動中に第三者へ与えた損害の賠償責任の補償。',
  exclusions: '営利目的の活動、政治・宗教活動、活動場所への通常の往復、団体の故意または重大な過失による事故など。',
  howToClaim: '事故が起きたら速やかに reportActivityAccident で事故報告を行い、その後、地域のつながり推進課から届く請求書類を提出してください。',
  contact: '鎌倉市 市民生活部 地域のつながり推進課',
  enrolmentRequired: false,
};

@Resolver(() => EquipmentItem)
export class EquipmentResolver {
  @Query(() => EquipmentItemConnection, { nullable: true, description: '貸出備品: lendable equipment, by name. Public.' })
  async equipmentItems(@Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs, @Ctx() context: ResourcesContext): Promise<ConnectionResult<EquipmentItemEntity>> {
    return toConnection(await findPage(context.em, EquipmentItemEntity, {}, EQUIPMENT_BY_NAME.request(page)));
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: '空き数: how many are free on every day of [from, until]. Batched across items (one statement). Public.',
  })
  async availableQuantity(
    @Root() item: EquipmentItemEntity,
    @Arg('from', () => DateScalar) from: string,
    @Arg('until', () => DateScalar) until: string,
    @Ctx() context: ResourcesContext,
  ): Promise<number> {
    const lent = await context.loaders.equipmentLent.load({ itemId: item.id, from, until });
    return Math.max(0, item.quantityOwned - lent);
  }

  @Mutation(() => EquipmentLoanPayload, {
    description: '貸出: lend equipment to a group (its members, intermediary or city staff). Never more than owned over any period, also under concurrent requests; a shortfall is the user error NOT_ENOUGH_AVAILABLE.',
  })
  async lendEquipment(@Arg('input', () => LendEquipmentInput) input: LendEquipmentInput, @Ctx() context: ResourcesContext) {
    const groupExists = (groupId: string) => context.peers.entityExists('directory', 'Group', groupId);
    return withUserErrors(async () => ({ loan: await new EquipmentLoans(context.em).lend(input, context.principal, groupExists) }));
  }

  @Mutation(() => EquipmentLoanPayload, { description: '返却: record the return of a loan; a second return is CONFLICT.' })
  async returnEquipment(@Arg('input', () => ReturnEquipmentInput) input: ReturnEquipmentInput, @Ctx() context: ResourcesContext) {
    return withUserErrors(async () => ({ loan: await new EquipmentLoans(context.em).return(input.loanId, context.principal) }));
  }

  @Query(() => AccidentInsuranceScheme, { nullable: true, description: '市民活動補償制度: what the scheme covers, for whom, how to claim. Public.' })
  accidentInsuranceScheme(): AccidentInsuranceScheme {
    return SCHEME;
  }

  @Mutation(() => ReportActivityAccidentPayload, { description: "事故報告: the group's members or staff report an accident. Private to the group and staff." })
  async reportActivityAccident(@Arg('input', () => ReportActivityAccidentInput) input: ReportActivityAccidentInput, @Ctx() context: ResourcesContext) {
    const groupExists = (groupId: string) => context.peers.entityExists('directory', 'Group', groupId);
    return withUserErrors(async () => ({ report: await new EquipmentLoans(context.em).reportAccident(input, context.principal, groupExists) }));
  }
}

@Resolver(() => EquipmentLoan)
export class EquipmentLoanFieldsResolver {
  @FieldResolver(() => EquipmentItem, { description: 'The item lent.' })
  async item(@Root() loan: EquipmentLoanEntity, @Ctx() context: ResourcesContext): Promise<EquipmentItemEntity> {
    const item = await context.loaders.equipmentItem.load(loan.itemId);
    if (!item) throw new NotFoundError('EquipmentItem', loan.itemId);
    return item;
  }

  @FieldResolver(() => GroupReference, { nullable: true, description: 'The group that borrowed it.' })
  group(@Root() loan: EquipmentLoanEntity): GroupReference {
    return { id: loan.groupId };
  }
}

@Resolver(() => GroupReference)
export class GroupEquipmentResolver {
  @FieldResolver(() => EquipmentLoanConnection, {
    nullable: true,
    description: "貸出: the group's equipment loans, newest first. The group and staff only (groupSupport.readGroupRecords); null for everyone else. Batched.",
  })
  async equipmentLoans(
    @Root() group: GroupReference,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: ResourcesContext,
  ): Promise<ConnectionResult<EquipmentLoanEntity> | null> {
    const request = LOANS_NEWEST_FIRST.request(page);
    if (!allows(groupSupportPolicies.readGroupRecords, context.principal, { groupId: group.id })) return null;
    return toConnection(await context.loaders.groupEquipmentLoans.load(group.id, request));
  }

  @FieldResolver(() => AccidentReportConnection, {
    nullable: true,
    description: "事故報告: the group's accident reports, newest first. The group and staff only (groupSupport.readGroupRecords); null for everyone else. Batched.",
  })
  async accidentReports(
    @Root() group: GroupReference,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: ResourcesContext,
  ): Promise<ConnectionResult<AccidentReportEntity> | null> {
    const request = ACCIDENT_REPORTS_NEWEST_FIRST.request(page);
    if (!allows(groupSupportPolicies.readGroupRecords, context.principal, { groupId: group.id })) return null;
    return toConnection(await context.loaders.groupAccidentReports.load(group.id, request));
  }
}
