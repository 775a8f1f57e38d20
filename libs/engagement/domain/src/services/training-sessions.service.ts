import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  authorize,
  ConflictError,
  fiscalYearInterval,
  isUuid,
  NotFoundError,
  requirePrincipal,
  type Principal,
  IssueCollector,
  refuse,
} from '@tsunagaru/shared-kernel';
import { findPage, hasSqlState, keysetOrder, SqlState, type Page, type PageRequest, sql } from '@tsunagaru/shared-persistence';
import { TrainingAudience, TrainingEnrollmentStatus, TrainingSession, TrainingSessionEnrollment } from '../entities';
import { participantKindOf, staffDepartmentOf, trainingSessionPolicies } from '../policies';

/** The training calendar: sessions by start time, then id. */
export const TRAINING_SESSIONS_BY_START = keysetOrder<TrainingSession>(
  { sql: 'starts_at', type: 'timestamp', of: (session) => session.startsAt },
  { sql: 'id', type: 'uuid', of: (session) => session.id },
);

/** Enrolments in the order made. */
export const SESSION_ENROLLMENTS_IN_ORDER = keysetOrder<TrainingSessionEnrollment>(
  { sql: 'enrolled_at', type: 'timestamp', of: (enrollment) => enrollment.enrolledAt },
  { sql: 'id', type: 'uuid', of: (enrollment) => enrollment.id },
);

export interface TrainingSessionFilter {
  programId?: string | null;
  from?: Date | null;
  to?: Date | null;
  venueId?: string | null;
  online?: boolean | null;
}

export interface ScheduleSessionRequest {
  programId: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  venueId?: string | null;
}

export interface SessionCounts {
  enrolled: number;
  waitlisted: number;
}

const STAFF_AUDIENCES: readonly string[] = [TrainingAudience.YOUNG_STAFF, TrainingAudience.MID_CAREER_STAFF, TrainingAudience.MANAGERIAL_STAFF];

/**
 * 研修の開催回 and 受講申込: people enrol themselves; a full session puts them on its
 * waitlist, served in order as seats free. Every enrolment and cancellation locks the session
 * row (select … for update) first, so seats are counted and the waitlist promoted by one
 * transaction at a time.
 */
export class TrainingSessions {
  constructor(private readonly em: EntityManager) {}

  async list(filter: TrainingSessionFilter, page: PageRequest<TrainingSession>): Promise<Page<TrainingSession>> {
    const where: Record<string, unknown> = {};
    if (filter.programId != null) where.programId = isUuid(filter.programId) ? filter.programId : '00000000-0000-0000-0000-000000000000';
    if (filter.venueId != null) where.venueId = isUuid(filter.venueId) ? filter.venueId : '00000000-0000-0000-0000-000000000000';
    if (filter.online === true) where.venueId = null;
    if (filter.online === false && filter.venueId == null) where.venueId = { $ne: null };
    const startsAt: Record<string, Date> = {};
    if (filter.from) startsAt.$gte = filter.from;
    if (filter.to) startsAt.$lt = filter.to;
    if (Object.keys(startsAt).length > 0) where.startsAt = startsAt;
    return findPage(this.em, TrainingSession, where, page);
  }

  /** Enrolled and waitlisted per session, one grouped statement. */
  async counts(sessionIds: readonly string[]): Promise<Map<string, SessionCounts>> {
    const ids = sessionIds.filter(isUuid);
    if (ids.length === 0) return new Map();
    const rows = await sql<{ session_id: string; enrolled: string; waitlisted: string }>(
      this.em,
      `select session_id, count(*) filter (where status = 'ENROLLED') as enrolled, count(*) filter (where status = 'WAITLISTED') as waitlisted
         from training_session_enrollment where session_id in (${ids.map(() => '?').join(', ')}) and status <> 'CANCELLED'
        group by session_id`,
      ids,
    );
    return new Map(rows.map((row) => [row.session_id, { enrolled: Number(row.enrolled), waitlisted: Number(row.waitlisted) }]));
  }

  /** Waitlist position (1 = next) of each waitlisted enrolment, one statement; others have none. */
  async positions(enrollmentIds: readonly string[]): Promise<Map<string, number>> {
    const ids = enrollmentIds.filter(isUuid);
    if (ids.length === 0) return new Map();
    const rows = await sql<{ id: string; position: string }>(
      this.em,
      `select w.id, w.position from (
         select e.id, row_number() over (partition by e.session_id order by e.queued_at, e.id) as position
           from training_session_enrollment e
          where e.status = 'WAITLISTED'
            and e.session_id in (select session_id from training_session_enrollment where id in (${ids.map(() => '?').join(', ')}))
       ) w where w.id in (${ids.map(() => '?').join(', ')})`,
      [...ids, ...ids],
    );
    return new Map(rows.map((row) => [row.id, Number(row.position)]));
  }

  /** 開催回の登録 (city staff); a venue must exist in resources (checked by the caller's resolver). */
  async schedule(request: ScheduleSessionRequest, caller: Principal | null): Promise<TrainingSession> {
    const principal = authorize(trainingSessionPolicies.schedule, caller, null);
    const issues = new IssueCollector();
    if (!isUuid(request.programId)) issues.add('programId', 'INVALID_FORMAT', 'programId is not a training programme id.');
    if (request.venueId != null && !isUuid(request.venueId)) issues.add('venueId', 'INVALID_FORMAT', 'venueId is not a venue id.');
    if (!(request.endsAt > request.startsAt)) issues.add('endsAt', 'BEFORE_START', 'endsAt must be after startsAt.');
    if (!Number.isInteger(request.capacity) || request.capacity < 1 || request.capacity > 10000) {
      issues.add('capacity', 'OUT_OF_RANGE', 'capacity must be a whole number from 1 to 10000.');
    }
    issues.throwIfAny();
    const [program] = await sql<{ id: string }>(this.em, 'select id from training_program where id = ?', [request.programId]);
    if (!program) throw refuse('programId', 'NOT_FOUND', 'No training programme has this id.');
    const id = randomUUID();
    await sql(
      this.em,
      'insert into training_session (id, program_id, starts_at, ends_at, capacity, venue_id, scheduled_by) values (?, ?, ?, ?, ?, ?, ?)',
      [id, request.programId, request.startsAt, request.endsAt, request.capacity, request.venueId ?? null, principal.subject],
    );
    return this.em.findOneOrFail(TrainingSession, { id }, { refresh: true });
  }

  /**
   * Enrols the caller: ENROLLED while seats remain, else WAITLISTED at the end of the queue.
   * CONFLICT when the person already holds a live enrolment in the session.
   */
  async enroll(sessionId: string, groupId: string | null, caller: Principal | null): Promise<TrainingSessionEnrollment> {
    const principal = requirePrincipal(caller);
    if (!isUuid(sessionId)) throw refuse('sessionId', 'INVALID_FORMAT', 'sessionId is not a training session id.');
    if (groupId !== null && !isUuid(groupId)) throw refuse('groupId', 'INVALID_FORMAT', 'groupId is not a group id.');
    try {
      return await this.em.transactional(async (tx) => {
        const [session] = await sql<{ id: string; capacity: number; audience: string; ends_at: Date }>(
          tx,
          `select s.id, s.capacity, p.audience, s.ends_at from training_session s join training_program p on p.id = s.program_id
            where s.id = ? for update of s`,
          [sessionId],
        );
        if (!session) throw new NotFoundError('TrainingSession', sessionId);
        authorize(trainingSessionPolicies.enrollSelf, principal, { staffProgramme: STAFF_AUDIENCES.includes(session.audience), groupId });
        if (new Date(session.ends_at) < new Date()) throw new ConflictError('This session is over.');
        const [live] = await sql<{ n: string; enrolled: string }>(
          tx,
          `select count(*) filter (where person_subject = ?) as n, count(*) filter (where status = 'ENROLLED') as enrolled
             from training_session_enrollment where session_id = ? and status <> 'CANCELLED'`,
          [principal.subject, sessionId],
        );
        if (Number(live.n) > 0) throw new ConflictError('You are already enrolled in (or waiting for) this session.');
        const status = Number(live.enrolled) < session.capacity ? TrainingEnrollmentStatus.ENROLLED : TrainingEnrollmentStatus.WAITLISTED;
        const id = randomUUID();
        await sql(
          tx,
          `insert into training_session_enrollment
             (id, session_id, person_subject, person_name, person_role, department_id, group_id, status, queued_at, enrolled_at, status_changed_at, attended)
           values (?, ?, ?, ?, ?, ?, ?, ?, clock_timestamp(), clock_timestamp(), clock_timestamp(), null)`,
          [id, sessionId, principal.subject, principal.displayName ?? null, participantKindOf(principal), staffDepartmentOf(principal), groupId, status],
        );
        return tx.findOneOrFail(TrainingSessionEnrollment, { id }, { refresh: true });
      });
    } catch (error) {
      if (hasSqlState(error, SqlState.UNIQUE_VIOLATION)) throw new ConflictError('You are already enrolled in (or waiting for) this session.');
      throw error;
    }
  }

  /**
   * Cancels an enrolment (the person or staff). A freed seat goes to waitlist position 1, in
   * the same transaction and under the session's lock: cancelling twice is CONFLICT the
   * second time, so a seat is handed on exactly once.
   */
  async cancel(enrollmentId: string, caller: Principal | null): Promise<{ cancelled: TrainingSessionEnrollment; promoted: TrainingSessionEnrollment | null }> {
    const principal = requirePrincipal(caller);
    if (!isUuid(enrollmentId)) throw refuse('enrollmentId', 'INVALID_FORMAT', 'enrollmentId is not an enrolment id.');
    return this.em.transactional(async (tx) => {
      const [read] = await sql<{ session_id: string; person_subject: string }>(
        tx,
        'select session_id, person_subject from training_session_enrollment where id = ?',
        [enrollmentId],
      );
      if (!read) throw new NotFoundError('TrainingSessionEnrollment', enrollmentId);
      authorize(trainingSessionPolicies.cancel, principal, { personSubject: read.person_subject });
      const [session] = await sql<{ capacity: number }>(tx, 'select capacity from training_session where id = ? for update', [read.session_id]);
      const [current] = await sql<{ status: TrainingEnrollmentStatus }>(tx, 'select status from training_session_enrollment where id = ?', [enrollmentId]);
      if (current.status === TrainingEnrollmentStatus.CANCELLED) throw new ConflictError('This enrolment is already cancelled.');
      await sql(tx, "update training_session_enrollment set status = 'CANCELLED', status_changed_at = clock_timestamp() where id = ?", [enrollmentId]);
      let promotedId: string | null = null;
      if (current.status === TrainingEnrollmentStatus.ENROLLED) {
        const [next] = await sql<{ id: string }>(
          tx,
          `update training_session_enrollment set status = 'ENROLLED', status_changed_at = clock_timestamp()
            where id = (
              select id from training_session_enrollment
               where session_id = ? and status = 'WAITLISTED'
                 and (select count(*) from training_session_enrollment where session_id = ? and status = 'ENROLLED') < ?
               order by queued_at, id limit 1)
            returning id`,
          [read.session_id, read.session_id, session.capacity],
        );
        promotedId = next?.id ?? null;
      }
      const cancelled = await tx.findOneOrFail(TrainingSessionEnrollment, { id: enrollmentId }, { refresh: true });
      const promoted = promotedId ? await tx.findOneOrFail(TrainingSessionEnrollment, { id: promotedId }, { refresh: true }) : null;
      return { cancelled, promoted };
    });
  }

  /** 出欠の記録 (staff): only an ENROLLED person can have attended. */
  async recordAttendance(enrollmentId: string, attended: boolean, caller: Principal | null): Promise<TrainingSessionEnrollment> {
    authorize(trainingSessionPolicies.recordAttendance, caller, null);
    if (!isUuid(enrollmentId)) throw refuse('enrollmentId', 'INVALID_FORMAT', 'enrollmentId is not an enrolment id.');
    const rows = await sql<{ id: string; status: string }>(
      this.em,
      `update training_session_enrollment set attended = ? where id = ? and status = 'ENROLLED' returning id, status`,
      [attended, enrollmentId],
    );
    if (rows.length === 0) {
      const [exists] = await sql<{ status: string }>(this.em, 'select status from training_session_enrollment where id = ?', [enrollmentId]);
      if (!exists) throw new NotFoundError('TrainingSessionEnrollment', enrollmentId);
      throw refuse('enrollmentId', 'NOT_ENROLLED', `Attendance is recorded for enrolled people only; this enrolment is ${exists.status}.`);
    }
    return this.em.findOneOrFail(TrainingSessionEnrollment, { id: enrollmentId }, { refresh: true });
  }

  /** The caller's own enrolments, newest first. */
  async own(caller: Principal | null, page: PageRequest<TrainingSessionEnrollment>): Promise<Page<TrainingSessionEnrollment>> {
    const principal = authorize(trainingSessionPolicies.readOwnEnrollments, caller, null);
    return findPage(this.em, TrainingSessionEnrollment, { personSubject: principal.subject }, page);
  }

  /** Records a host group of an internship session (staff). */
  async addHost(sessionId: string, groupId: string, caller: Principal | null): Promise<void> {
    authorize(trainingSessionPolicies.schedule, caller, null);
    if (!isUuid(sessionId)) throw refuse('sessionId', 'INVALID_FORMAT', 'sessionId is not a session id.');
    if (!isUuid(groupId)) throw refuse('groupId', 'INVALID_FORMAT', 'groupId is not a group id.');
    const [session] = await sql<{ format: string }>(
      this.em,
      'select p.format from training_session s join training_program p on p.id = s.program_id where s.id = ?',
      [sessionId],
    );
    if (!session) throw new NotFoundError('TrainingSession', sessionId);
    if (session.format !== 'INTERNSHIP') throw refuse('sessionId', 'NOT_AN_INTERNSHIP', 'Host groups are recorded for internship sessions.');
    await sql(this.em, 'insert into training_session_host (session_id, group_id) values (?, ?) on conflict do nothing', [sessionId, groupId]);
  }
}

export interface StaffTrainingFigure {
  audience: TrainingAudience;
  /** Distinct staff members with an attended session of this level in the fiscal year. */
  staffTrained: number;
  enrolled: number;
  attended: number;
}

export interface ParticipationFigures {
  fiscalYear: number;
  sessions: number;
  enrolled: number;
  attended: number;
  /** attended / enrolled among sessions whose attendance is recorded; null when none is. */
  attendanceRate: number | null;
  /** People whose first attended session ever is in this fiscal year. */
  firstTimeParticipants: number;
}

/** 研修の参加状況: participation figures computed in SQL. */
export class TrainingParticipation {
  constructor(private readonly em: EntityManager) {}

  async figures(fiscalYear: number, audience: TrainingAudience | null): Promise<ParticipationFigures> {
    const { start, end } = fiscalYearInterval(fiscalYear);
    const [row] = await sql<{ sessions: string; enrolled: string; attended: string; recorded: string; first_timers: string }>(
      this.em,
      `with s as (
         select s.id from training_session s join training_program p on p.id = s.program_id
          where s.starts_at >= ? and s.starts_at < ? and (?::text is null or p.audience = ?::text)),
       e as (select e.* from training_session_enrollment e join s on s.id = e.session_id where e.status = 'ENROLLED'),
       firsts as (
         select e.person_subject, min(ts.starts_at) as first_at
           from training_session_enrollment e join training_session ts on ts.id = e.session_id
          where e.attended is true group by e.person_subject)
       select (select count(*) from s) as sessions,
              (select count(*) from e) as enrolled,
              (select count(*) from e where attended is true) as attended,
              (select count(*) from e where attended is not null) as recorded,
              (select count(*) from firsts f where f.first_at >= ? and f.first_at < ?
                  and exists (select 1 from e where e.person_subject = f.person_subject and e.attended is true)) as first_timers`,
      [start, end, audience, audience, start, end],
    );
    const recorded = Number(row.recorded);
    return {
      fiscalYear,
      sessions: Number(row.sessions),
      enrolled: Number(row.enrolled),
      attended: Number(row.attended),
      attendanceRate: recorded === 0 ? null : Number(row.attended) / recorded,
      firstTimeParticipants: Number(row.first_timers),
    };
  }

  /** Staff trained per department and level in a fiscal year, for many departments in one statement. */
  async staffTraining(departmentIds: readonly string[], fiscalYear: number): Promise<Map<string, StaffTrainingFigure[]>> {
    const ids = departmentIds.filter(isUuid);
    const result = new Map<string, StaffTrainingFigure[]>();
    if (ids.length === 0) return result;
    const { start, end } = fiscalYearInterval(fiscalYear);
    const rows = await sql<{ department_id: string; audience: TrainingAudience; staff_trained: string; enrolled: string; attended: string }>(
      this.em,
      `select e.department_id, p.audience,
              count(distinct e.person_subject) filter (where e.attended is true) as staff_trained,
              count(*) as enrolled, count(*) filter (where e.attended is true) as attended
         from training_session_enrollment e
         join training_session s on s.id = e.session_id
         join training_program p on p.id = s.program_id
        where e.department_id in (${ids.map(() => '?').join(', ')}) and e.status = 'ENROLLED'
          and s.starts_at >= ? and s.starts_at < ?
        group by e.department_id, p.audience
        order by e.department_id, p.audience`,
      [...ids, start, end],
    );
    for (const row of rows) {
      const list = result.get(row.department_id) ?? [];
      list.push({ audience: row.audience, staffTrained: Number(row.staff_trained), enrolled: Number(row.enrolled), attended: Number(row.attended) });
      result.set(row.department_id, list);
    }
    return result;
  }
}
