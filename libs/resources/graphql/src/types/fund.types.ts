import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DONATION_CHANNEL_LABELS, DonationChannel } from '@tsunagaru/resources-domain';
import { CACHE_PUBLIC, ActivityField, ConnectionType, DateScalar, describeValues, SignedYenScalar, UserError, YenScalar } from '@tsunagaru/shared-graphql';

registerEnumType(DonationChannel, {
  name: 'DonationChannel',
  description: '寄附の経路: how a donation reached the civic activity fund (市民活動支援基金).',
  valuesConfig: describeValues(DONATION_CHANNEL_LABELS),
});

export { DonationChannel };

/** Donor identity and the designated group are resolved by DonationFieldsResolver. */
@ObjectType('Donation', {
  description:
    '寄附: a donation to the civic activity fund (市民活動支援基金). Public: amount, channel, day, earmark and the display name the donor agreed to show. ' +
    "The donor's name and contact: the fund's secretariat staff only.",
})
export class Donation {
  @Field(() => ID)
  id!: string;

  @Field(() => YenScalar, { description: '寄附額 in whole yen.' })
  amountYen!: number;

  @Field(() => DonationChannel, { description: '寄附の経路' })
  channel!: DonationChannel;

  @Field(() => DateScalar, { description: '受領日' })
  receivedOn!: string;

  @Field(() => ActivityField, { nullable: true, description: '分野指定: the activity field the donation is earmarked for, if any.' })
  earmarkField?: ActivityField | null;

  @Field(() => String, { nullable: true, description: '公表名: the name the donor agreed to show publicly; null without consent.' })
  publicDisplayName?: string | null;
}

@ObjectType('DonationConnection', { description: 'A page of donations (寄附), latest first.' })
export class DonationConnection extends ConnectionType(Donation, 'Donation') {}

@Directive(CACHE_PUBLIC)
@ObjectType('DonationChannelTotal', { description: 'Donations of one channel (寄附の経路) in a fiscal year.' })
export class DonationChannelTotal {
  @Field(() => DonationChannel)
  channel!: DonationChannel;

  @Field(() => SignedYenScalar, { description: 'Sum in whole yen.' })
  amountYen!: number;

  @Field(() => Int, { description: 'Number of donations.' })
  count!: number;
}

@Directive(CACHE_PUBLIC)
@ObjectType('ProgramDisbursement', { description: "助成金の支出 of one programme in a fiscal year; the programme is resolved by FundStatementFieldsResolver." })
export class ProgramDisbursement {
  @Field(() => SignedYenScalar, { description: 'Sum paid in whole yen.' })
  amountYen!: number;

  @Field(() => Int, { description: 'Number of awards paid.' })
  count!: number;
}

@Directive(CACHE_PUBLIC)
@ObjectType('FundStatement', {
  description: '基金の収支: the fund\'s statement for a fiscal year (年度), from the ledger. opening + donations − disbursements = closing. Public.',
})
export class FundStatement {
  @Field(() => Int, { description: '年度, e.g. 2019 for April 2019 – March 2020.' })
  fiscalYear!: number;

  @Field(() => SignedYenScalar, { description: '前年度繰越: the balance at the start of the year.' })
  openingBalanceYen!: number;

  @Field(() => SignedYenScalar, { description: '寄附収入 of the year.' })
  donationsYen!: number;

  @Field(() => SignedYenScalar, { description: '助成金の支出 of the year.' })
  disbursementsYen!: number;

  @Field(() => SignedYenScalar, { description: '次年度繰越: the balance at the end of the year.' })
  closingBalanceYen!: number;

  @Field(() => [DonationChannelTotal], { description: 'Donations by channel (寄附の経路), every channel once.' })
  donationsByChannel!: DonationChannelTotal[];
}

@InputType('RecordDonationInput', {
  description:
    "寄附の記録: the fund's secretariat records a donation. The idempotencyKey makes retries safe: the same key with the same content returns the first result; " +
    'with other content it is the user error IDEMPOTENCY_KEY_REUSED.',
})
export class RecordDonationInput {
  @Field(() => String, { description: 'A key unique to this donation, chosen by the caller (e.g. the receipt number), 1–200 characters.' })
  idempotencyKey!: string;

  @Field(() => YenScalar, { description: '寄附額 in whole yen, at least 1.' })
  amountYen!: number;

  @Field(() => DonationChannel, { description: '寄附の経路' })
  channel!: DonationChannel;

  @Field(() => DateScalar, { nullable: true, description: '受領日; today (Japan time) when omitted.' })
  receivedOn?: string | null;

  @Field(() => ActivityField, { nullable: true, description: '分野指定: earmark for an activity field.' })
  earmarkField?: ActivityField | null;

  @Field(() => ID, { nullable: true, description: '団体指定: a group the donation is designated to.' })
  designatedGroupId?: string | null;

  @Field(() => String, { nullable: true, description: "寄附者の氏名. Seen by the secretariat's staff only." })
  donorName?: string | null;

  @Field(() => String, { nullable: true, description: "寄附者の連絡先. Seen by the secretariat's staff only." })
  donorContact?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the donor agreed to a public display name (公表の同意).' })
  consentToPublicName?: boolean | null;

  @Field(() => String, { nullable: true, description: '公表名: shown publicly; only with consentToPublicName.' })
  publicDisplayName?: string | null;
}

@ObjectType('RecordDonationPayload', { description: 'Result of recordDonation (寄附の記録).' })
export class RecordDonationPayload {
  @Field(() => Donation, { nullable: true, description: 'The donation (the first one recorded under the key); null when userErrors is not empty.' })
  donation?: Donation | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the key had been used with the same content: nothing new was booked.' })
  replayed?: boolean | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
