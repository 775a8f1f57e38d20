import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  CivicFund,
  DONATIONS_NEWEST_FIRST,
  fundPolicies,
  type Donation as DonationEntity,
  type FundStatement as FundStatementResult,
  type GrantProgram as GrantProgramEntity,
  type ProgramDisbursement as ProgramDisbursementResult,
} from '@tsunagaru/resources-domain';
import { allows, NotFoundError, type SignedYen } from '@tsunagaru/shared-kernel';
import { ForwardPaginationArgs, SignedYenScalar, toConnection, withArgumentPath, withUserErrors, type ConnectionResult } from '@tsunagaru/shared-graphql';
import type { ResourcesContext } from '../loaders';
import { Donation, DonationConnection, FundStatement, ProgramDisbursement, RecordDonationInput, RecordDonationPayload } from '../types/fund.types';
import { GrantProgram } from '../types/grant.types';
import { GroupReference } from '../types/group-reference.type';
import type { DonationChannel } from '@tsunagaru/resources-domain';
import type { ActivityField, Yen } from '@tsunagaru/shared-kernel';

@Resolver()
export class FundResolver {
  @Query(() => FundStatement, {
    nullable: true,
    description: '基金の収支: the civic activity fund\'s statement for a fiscal year (年度), derived from the ledger. Public (5 (1) ウ).',
  })
  async fundStatement(@Arg('fiscalYear', () => Int) fiscalYear: number, @Ctx() context: ResourcesContext): Promise<FundStatementResult> {
    return withArgumentPath('fiscalYear', () => new CivicFund(context.em).statement(fiscalYear));
  }

  @Query(() => SignedYenScalar, { nullable: true, description: '基金残高: the fund\'s balance now, the sum of its ledger. Public.' })
  async fundBalanceYen(@Ctx() context: ResourcesContext): Promise<SignedYen> {
    return new CivicFund(context.em).balance();
  }

  @Query(() => DonationConnection, { nullable: true, description: '寄附: donations to the fund, latest first, of one fiscal year or all. Public without donor identities.' })
  async donations(
    @Arg('fiscalYear', () => Int, { nullable: true }) fiscalYear: number | null,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: ResourcesContext,
  ): Promise<ConnectionResult<DonationEntity>> {
    return toConnection(await new CivicFund(context.em).donations(fiscalYear ?? null, DONATIONS_NEWEST_FIRST.request(page)));
  }

  @Mutation(() => RecordDonationPayload, {
    description:
      "寄附の記録: the fund's secretariat (地域のつながり推進課) records a donation; it is booked in the ledger in the same transaction. " +
      'Safe to retry with the same idempotencyKey; concurrent duplicates book once.',
  })
  async recordDonation(@Arg('input', () => RecordDonationInput) input: RecordDonationInput, @Ctx() context: ResourcesContext) {
    return withUserErrors(async () =>
      new CivicFund(context.em).recordDonation(
        {
          ...input,
          amountYen: input.amountYen as Yen,
          channel: input.channel as DonationChannel,
          earmarkField: (input.earmarkField ?? null) as ActivityField | null,
        },
        context.principal,
        (groupId) => context.peers.entityExists('directory', 'Group', groupId),
      ),
    );
  }
}

@Resolver(() => Donation)
export class DonationFieldsResolver {
  private async mayReadDonor(context: ResourcesContext): Promise<boolean> {
    // Anonymous callers never may; only a signed-in caller costs the look-up of the secretariat (once per request).
    if (!context.principal) return false;
    return allows(fundPolicies.readDonorIdentity, context.principal, { secretariatDepartmentId: await context.loaders.fundSecretariat() });
  }

  @FieldResolver(() => String, { nullable: true, description: "寄附者の氏名: the fund's secretariat staff only (fund.readDonorIdentity); null for everyone else." })
  async donorName(@Root() donation: DonationEntity, @Ctx() context: ResourcesContext): Promise<string | null> {
    return (await this.mayReadDonor(context)) ? donation.donorName : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "寄附者の連絡先: the fund's secretariat staff only (fund.readDonorIdentity); null for everyone else." })
  async donorContact(@Root() donation: DonationEntity, @Ctx() context: ResourcesContext): Promise<string | null> {
    return (await this.mayReadDonor(context)) ? donation.donorContact : null;
  }

  @FieldResolver(() => GroupReference, { nullable: true, description: '団体指定: the group the donation is designated to, if any.' })
  designatedGroup(@Root() donation: DonationEntity): GroupReference | null {
    return donation.designatedGroupId ? { id: donation.designatedGroupId } : null;
  }
}

@Resolver(() => FundStatement)
export class FundStatementFieldsResolver {
  @FieldResolver(() => [ProgramDisbursement], {
    description: '助成金の支出 by programme in the year, largest first (at most 100 programmes; a year has a handful).',
  })
  disbursementsByProgram(@Root() statement: FundStatementResult): ProgramDisbursementResult[] {
    return statement.disbursementsByProgram;
  }
}

@Resolver(() => ProgramDisbursement)
export class ProgramDisbursementFieldsResolver {
  @FieldResolver(() => GrantProgram, { description: 'The programme paid from the fund.' })
  async program(@Root() row: ProgramDisbursementResult, @Ctx() context: ResourcesContext): Promise<GrantProgramEntity> {
    const program = await context.loaders.grantProgram.load(row.programId);
    if (!program) throw new NotFoundError('GrantProgram', row.programId);
    return program;
  }
}
