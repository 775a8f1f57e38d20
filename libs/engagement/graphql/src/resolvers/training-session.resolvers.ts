import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  SESSION_ENROLLMENTS_IN_ORDER,
  TRAINING_SESSIONS_BY_START,
  trainingPolicies,
  trainingSessionPolicies,
  TrainingParticipation as Participation,
  TrainingSessions,
  type ParticipationFigures,
  type StaffTrainingFigure as StaffTrainingFigureValue,
  type TrainingAudience as TrainingAudienceValue,
  type TrainingProgram as TrainingProgramEntity,
  type TrainingSession as TrainingSessionEntity,
  type TrainingSessionEnrollment as EnrollmentEntity,
} from '@tsunagaru/engagement-domain';
import { refuse } from '@tsunagaru/shared-kernel';
import { ForwardPaginationArgs, requires, toConnection, withUserErrors, type ConnectionResult } from '@tsunagaru/shared-graphql';
import { fiscalYearOf } from '@tsunagaru/shared-kernel';
import {
  AddInternshipHostInput,
  CancelTrainingEnrollmentInput,
  EnrollInTrainingSessionInput,
  RecordAttendanceInput,
  ScheduleTrainingSessionInput,
  TrainingSessionFilter,
} from '../inputs/training-session.inputs';
import type { EngagementContext } from '../loaders';
import { DepartmentReference } from '../types/department-reference.type';
import { TrainingAudience } from '../types/engagement-enums';
import { GroupReference } from '../types/group-reference.type';
import {
  CancelTrainingEnrollmentPayload,
  StaffTrainingFigure,
  TrainingParticipation,
  TrainingSession,
  TrainingSessionConnection,
  TrainingSessionEnrollment,
  TrainingSessionEnrollmentConnection,
  TrainingSessionEnrollmentPayload,
  TrainingSessionPayload,
} from '../types/training-session.types';
import { TrainingProgram } from '../types/training-program.type';
import { VenueReference } from '../types/venue-reference.type';

@Resolver(() => TrainingSession)
export class TrainingSessionResolver {
  @Query(() => TrainingSessionConnection, { nullable: true, description: '研修カレンダー: sessions by start time (public).' })
  async trainingSessions(
    @Arg('filter', () => TrainingSessionFilter, { nullable: true }) filter: TrainingSessionFilter | null,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: EngagementContext,
  ): Promise<ConnectionResult<TrainingSessionEntity>> {
    return toConnection(await new TrainingSessions(context.em).list(filter ?? {}, TRAINING_SESSIONS_BY_START.request(page)));
  }

  @Query(() => TrainingSession, { nullable: true, description: 'One session by id; null when unknown.' })
  async trainingSession(@Arg('id', () => ID) id: string, @Ctx() context: EngagementContext): Promise<TrainingSessionEntity | null> {
    return context.loaders.trainingSession.load(id);
  }

  @Query(() => TrainingSessionEnrollmentConnection, { nullable: true, description: "The signed-in person's own session enrolments, in the order made." })
  async myTrainingSessionEnrollments(
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: EngagementContext,
  ): Promise<ConnectionResult<EnrollmentEntity>> {
    return toConnection(await new TrainingSessions(context.em).own(context.principal, SESSION_ENROLLMENTS_IN_ORDER.request(page)));
  }

  @Query(() => TrainingParticipation, { nullable: true, description: '研修の参加状況: sessions, enrolled, attendance rate, first-time participants of a fiscal year (public).' })
  async trainingParticipation(
    @Arg('fiscalYear', () => Int, { nullable: true, description: 'Defaults to the current fiscal year.' }) fiscalYear: number | null,
    @Arg('audience', () => TrainingAudience, { nullable: true }) audience: TrainingAudienceValue | null,
    @Ctx() context: EngagementContext,
  ): Promise<ParticipationFigures> {
    return new Participation(context.em).figures(fiscalYear ?? fiscalYearOf(new Date()), audience ?? null);
  }

  @FieldResolver(() => TrainingProgram, { nullable: true })
  async program(@Root() session: TrainingSessionEntity, @Ctx() context: EngagementContext): Promise<TrainingProgramEntity | null> {
    return context.loaders.trainingProgram.load(session.programId);
  }

  @FieldResolver(() => Int, { description: '受講決定数' })
  async enrolledCount(@Root() session: TrainingSessionEntity, @Ctx() context: EngagementContext): Promise<number> {
    return (await context.loaders.sessionCounts.load(session.id)).enrolled;
  }

  @FieldResolver(() => Int, { description: 'キャンセル待ち数' })
  async waitlistedCount(@Root() session: TrainingSessionEntity, @Ctx() context: EngagementContext): Promise<number> {
    return (await context.loaders.sessionCounts.load(session.id)).waitlisted;
  }

  @FieldResolver(() => VenueReference, { nullable: true, description: '会場: a venue of the resources subgraph; null for an online session.' })
  venue(@Root() session: TrainingSessionEntity): VenueReference | null {
    return session.venueId ? { id: session.venueId } : null;
  }

  @FieldResolver(() => Boolean, { description: 'オンライン開催' })
  online(@Root() session: TrainingSessionEntity): boolean {
    return session.venueId === null;
  }

  @FieldResolver(() => [GroupReference], { nullable: 'itemsAndList', description: '受入団体: groups hosting this internship session (hosts, not participants).' })
  async hostGroups(
    @Root() session: TrainingSessionEntity,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'At most 100.' }) first: number,
    @Ctx() context: EngagementContext,
  ): Promise<GroupReference[]> {
    const hosts = await context.loaders.hostsBySession.load(session.id);
    return hosts.slice(0, Math.max(0, Math.min(first ?? 20, 100))).map((id) => ({ id }));
  }

  @Authorized(requires(trainingSessionPolicies.readSessionEnrollments, () => null))
  @FieldResolver(() => TrainingSessionEnrollmentConnection, { nullable: true, description: '受講者一覧: city staff and intermediary staff only.' })
  async enrollments(
    @Root() session: TrainingSessionEntity,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: EngagementContext,
  ): Promise<ConnectionResult<EnrollmentEntity>> {
    return toConnection(await context.loaders.enrollmentsBySession.load(session.id, SESSION_ENROLLMENTS_IN_ORDER.request(page)));
  }

  @Mutation(() => TrainingSessionPayload, { description: '開催回の登録 (city staff): a time, a capacity, and a venue of resources or none (online).' })
  async scheduleTrainingSession(@Arg('input', () => ScheduleTrainingSessionInput) input: ScheduleTrainingSessionInput, @Ctx() context: EngagementContext) {
    return withUserErrors(async () => {
      if (input.venueId && !(await context.peers.entityExists('resources', 'Venue', input.venueId))) {
        throw refuse('venueId', 'NOT_FOUND', 'No venue has this id.');
      }
      return { session: await new TrainingSessions(context.em).schedule(input, context.principal) };
    });
  }

  @Mutation(() => TrainingSessionEnrollmentPayload, {
    description: '受講申込: enrol yourself; ENROLLED while seats remain, else WAITLISTED with a position. CONFLICT when already in.',
  })
  async enrollInTrainingSession(@Arg('input', () => EnrollInTrainingSessionInput) input: EnrollInTrainingSessionInput, @Ctx() context: EngagementContext) {
    return withUserErrors(async () => ({
      enrollment: await new TrainingSessions(context.em).enroll(input.sessionId, input.groupId ?? null, context.principal),
    }));
  }

  @Mutation(() => CancelTrainingEnrollmentPayload, { description: '受講取消: the freed seat goes to waitlist position 1, exactly once.' })
  async cancelTrainingEnrollment(@Arg('input', () => CancelTrainingEnrollmentInput) input: CancelTrainingEnrollmentInput, @Ctx() context: EngagementContext) {
    return withUserErrors(async () => {
      const { cancelled, promoted } = await new TrainingSessions(context.em).cancel(input.enrollmentId, context.principal);
      return { enrollment: cancelled, promoted };
    });
  }

  @Mutation(() => TrainingSessionEnrollmentPayload, { description: '出欠の記録 (city or intermediary staff).' })
  async recordAttendance(@Arg('input', () => RecordAttendanceInput) input: RecordAttendanceInput, @Ctx() context: EngagementContext) {
    return withUserErrors(async () => ({
      enrollment: await new TrainingSessions(context.em).recordAttendance(input.enrollmentId, input.attended, context.principal),
    }));
  }

  @Mutation(() => TrainingSessionPayload, { description: '受入団体の登録 (city staff): a host group of an internship session.' })
  async addInternshipHost(@Arg('input', () => AddInternshipHostInput) input: AddInternshipHostInput, @Ctx() context: EngagementContext) {
    return withUserErrors(async () => {
      if (!(await context.peers.entityExists('directory', 'Group', input.groupId))) throw refuse('groupId', 'NOT_FOUND', 'No group has this id.');
      await new TrainingSessions(context.em).addHost(input.sessionId, input.groupId, context.principal);
      return { session: await context.loaders.trainingSession.load(input.sessionId) };
    });
  }
}

@Resolver(() => TrainingSessionEnrollment)
export class TrainingSessionEnrollmentResolver {
  @FieldResolver(() => TrainingSession, { nullable: true })
  async session(@Root() enrollment: EnrollmentEntity, @Ctx() context: EngagementContext): Promise<TrainingSessionEntity | null> {
    return context.loaders.trainingSession.load(enrollment.sessionId);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'キャンセル待ち順位: 1 = next to get a seat; null unless WAITLISTED.' })
  async position(@Root() enrollment: EnrollmentEntity, @Ctx() context: EngagementContext): Promise<number | null> {
    if (enrollment.status !== 'WAITLISTED') return null;
    return (await context.loaders.waitlistPosition.load(enrollment.id)) ?? null;
  }

  @FieldResolver(() => GroupReference, { nullable: true, description: 'The group the person takes part for, if any.' })
  group(@Root() enrollment: EnrollmentEntity): GroupReference | null {
    return enrollment.groupId ? { id: enrollment.groupId } : null;
  }
}

@Resolver(() => GroupReference)
export class GroupTrainingSessionResolver {
  @Authorized(requires(trainingPolicies.readGroupEnrollments, (group: GroupReference) => ({ groupId: group.id })))
  @FieldResolver(() => TrainingSessionEnrollmentConnection, {
    nullable: true,
    description: "受講申込 (開催回): enrolments its people made for the group; the group's members and staff only.",
  })
  async trainingSessionEnrollments(
    @Root() group: GroupReference,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: EngagementContext,
  ): Promise<ConnectionResult<EnrollmentEntity>> {
    return toConnection(await context.loaders.sessionEnrollmentsByGroup.load(group.id, SESSION_ENROLLMENTS_IN_ORDER.request(page)));
  }
}

@Resolver(() => DepartmentReference)
export class DepartmentTrainingResolver {
  @FieldResolver(() => [StaffTrainingFigure], {
    nullable: 'itemsAndList',
    description: '職員研修の実績: staff of this department trained per level (若手・中堅・管理職) in a fiscal year (one row per level at most).',
  })
  async staffTraining(
    @Root() department: DepartmentReference,
    @Arg('fiscalYear', () => Int, { nullable: true, description: 'Defaults to the current fiscal year.' }) fiscalYear: number | null,
    @Ctx() context: EngagementContext,
  ): Promise<StaffTrainingFigureValue[]> {
    return context.loaders.staffTraining(fiscalYear ?? fiscalYearOf(new Date())).load(department.id);
  }
}

@Resolver(() => VenueReference)
export class VenueTrainingResolver {
  @FieldResolver(() => TrainingSessionConnection, { nullable: true, description: 'Training sessions held at this venue, by start time (engagement).' })
  async trainingSessions(
    @Root() venue: VenueReference,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: EngagementContext,
  ): Promise<ConnectionResult<TrainingSessionEntity>> {
    return toConnection(await context.loaders.sessionsByVenue.load(venue.id, TRAINING_SESSIONS_BY_START.request(page)));
  }
}
