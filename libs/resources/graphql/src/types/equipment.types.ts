import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EquipmentLoanStatus } from '@tsunagaru/resources-domain';
import { CACHE_PUBLIC, ConnectionType, DateScalar, DateTimeScalar, UserError } from '@tsunagaru/shared-graphql';

registerEnumType(EquipmentLoanStatus, {
  name: 'EquipmentLoanStatus',
  description: '貸出の状態',
  valuesConfig: { LENT: { description: '貸出中' }, RETURNED: { description: '返却済み' } },
});

export { EquipmentLoanStatus };

@Directive(CACHE_PUBLIC)
@ObjectType('EquipmentItem', { description: '貸出備品: lendable equipment (projectors, tents, tables …) and how many the city owns. Public.' })
export class EquipmentItem {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String, { description: '品名' })
  name!: string;

  @Field(() => String, { description: '説明' })
  description!: string;

  @Field(() => Int, { description: '保有数' })
  quantityOwned!: number;
}

@Directive(CACHE_PUBLIC)
@ObjectType('EquipmentItemConnection', { description: 'A page of lendable equipment (貸出備品), by name.' })
export class EquipmentItemConnection extends ConnectionType(EquipmentItem, 'EquipmentItem') {}

@ObjectType('EquipmentLoan', { description: '貸出: a group\'s loan of equipment. The group and staff only.' })
export class EquipmentLoan {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '数量' })
  quantity!: number;

  @Field(() => DateScalar, { description: '貸出開始日' })
  startsOn!: string;

  @Field(() => DateScalar, { description: '返却予定日 (last day of the loan)' })
  endsOn!: string;

  @Field(() => EquipmentLoanStatus)
  status!: EquipmentLoanStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: '返却日時' })
  returnedAt?: Date | null;
}

@ObjectType('EquipmentLoanConnection', { description: 'A page of equipment loans (貸出), newest first.' })
export class EquipmentLoanConnection extends ConnectionType(EquipmentLoan, 'EquipmentLoan') {}

@InputType('LendEquipmentInput', { description: '貸出: lend a quantity of an item to a group for a period (days, at most 14).' })
export class LendEquipmentInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => ID)
  groupId!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => DateScalar)
  endsOn!: string;
}

@InputType('ReturnEquipmentInput', { description: '返却: record the return of a loan.' })
export class ReturnEquipmentInput {
  @Field(() => ID)
  loanId!: string;
}

@ObjectType('EquipmentLoanPayload', { description: 'Result of lendEquipment or returnEquipment.' })
export class EquipmentLoanPayload {
  @Field(() => EquipmentLoan, { nullable: true })
  loan?: EquipmentLoan | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@Directive(CACHE_PUBLIC)
@ObjectType('AccidentInsuranceScheme', { description: '市民活動補償制度: what the city\'s accident insurance covers, for whom, and how to claim. Public (6 (2) イ).' })
export class AccidentInsuranceScheme {
  @Field(() => String, { description: '制度名' })
  name!: string;

  @Field(() => String, { description: '対象となる活動と人' })
  whoIsCovered!: string;

  @Field(() => String, { description: '補償の内容 (傷害・賠償責任)' })
  coverage!: string;

  @Field(() => String, { description: '対象外となる場合' })
  exclusions!: string;

  @Field(() => String, { description: '手続き: how to report and claim (reportActivityAccident, then the claim form).' })
  howToClaim!: string;

  @Field(() => String, { description: '問合せ先' })
  contact!: string;

  @Field(() => Boolean, { description: 'Groups need not enrol or pay: the city holds the policy.' })
  enrolmentRequired!: boolean;
}

@ObjectType('AccidentReport', { description: '事故報告: a group\'s report of an accident in its activity. The group and staff only.' })
export class AccidentReport {
  @Field(() => ID)
  id!: string;

  @Field(() => DateScalar, { description: '発生日' })
  occurredOn!: string;

  @Field(() => String, { description: '活動内容' })
  activity!: string;

  @Field(() => String, { description: '事故の状況' })
  description!: string;

  @Field(() => Int, { description: '負傷者数' })
  injuredCount!: number;
}

@ObjectType('AccidentReportConnection', { description: 'A page of accident reports (事故報告), newest first.' })
export class AccidentReportConnection extends ConnectionType(AccidentReport, 'AccidentReport') {}

@InputType('ReportActivityAccidentInput', { description: '事故報告: report an accident during the group\'s activity.' })
export class ReportActivityAccidentInput {
  @Field(() => ID)
  groupId!: string;

  @Field(() => DateScalar)
  occurredOn!: string;

  @Field(() => String)
  activity!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Int)
  injuredCount!: number;
}

@ObjectType('ReportActivityAccidentPayload', { description: 'Result of reportActivityAccident.' })
export class ReportActivityAccidentPayload {
  @Field(() => AccidentReport, { nullable: true })
  report?: AccidentReport | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
