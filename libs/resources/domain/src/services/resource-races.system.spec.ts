import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, fiscalYearOf, todayInJapan, yen } from '@tsunagaru/shared-kernel';
import { createOrm } from '@tsunagaru/shared-persistence';
import { createScratchDatabase, demoGroupId, demoPrincipal } from '@tsunagaru/shared-testing';
import { resourcesPersistence } from '../resources.module';
import { EquipmentLoans } from './equipment.service';
import { Grants } from './grants.service';
import { VenueBookings } from './venue-bookings.service';

// Every other state change of resources raced against itself on a real PostgreSQL: of any
// number of concurrent attempts exactly one changes the row, the others are refused.
let orm: MikroORM;

beforeAll(async () => {
  orm = await createOrm(resourcesPersistence, { databaseUrl: await createScratchDatabase(), poolMax: 12 });
});

afterAll(async () => {
  await orm?.close();
});

async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  return orm.em.getConnection().execute<T[]>(text, params);
}

const outcome = (results: Array<PromiseSettledResult<unknown>>) => ({
  won: results.filter((result) => result.status === 'fulfilled').length,
  lost: results.filter((result) => result.status === 'rejected').length,
});

const secretariat = demoPrincipal('staff');
const today = todayInJapan();

it('10 concurrent approvals of one requested booking: one confirms it', async () => {
  const [venue] = await sql<{ id: string }>("select id from venue where code = 'kajiwara-welfare-community-room'");
  await sql("update venue set closed_weekdays = '{}' where id = ?", [venue.id]);
  const group = demoGroupId(90);
  const booking = await new VenueBookings(orm.em.fork()).book(
    { venueId: venue.id, groupId: group, startsAt: new Date(`${addDays(today, 20)}T10:00:00+09:00`), endsAt: new Date(`${addDays(today, 20)}T12:00:00+09:00`), purpose: '定例会', attendees: 5 },
    demoPrincipal('member', group),
  );
  expect(booking.status).toBe('REQUESTED');
  const results = await Promise.allSettled(Array.from({ length: 10 }, () => new VenueBookings(orm.em.fork()).approve(booking.id, demoPrincipal('intermediary'))));
  expect(outcome(results)).toEqual({ won: 1, lost: 9 });
  const [row] = await sql<{ status: string }>('select status from venue_booking where id = ?', [booking.id]);
  expect(row.status).toBe('CONFIRMED');
});

describe('grant applications', () => {
  async function submitted(n: number): Promise<string> {
    const [program] = await sql<{ id: string }>(`select id from grant_program where code = ?`, [`community-connection-grant-${fiscalYearOf(new Date())}`]);
    const group = demoGroupId(n);
    const application = await new Grants(orm.em.fork()).apply(
      { programId: program.id, groupId: group, title: '競合試験', activityField: 'ENVIRONMENT' as never, organizationType: 'VOLUNTARY_ASSOCIATION' as never, requestedYen: yen(100_000) },
      demoPrincipal('member', group),
    );
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => new Grants(orm.em.fork()).submit(application.id, demoPrincipal('member', group))));
    expect(outcome(results)).toEqual({ won: 1, lost: 4 });
    return application.id;
  }

  it('5 concurrent submissions: one; 5 awards racing 5 rejections: exactly one decision stands', async () => {
    const id = await submitted(91);
    const racers = Array.from({ length: 10 }, (_, i) =>
      i % 2 === 0 ? new Grants(orm.em.fork()).award(id, yen(80_000), secretariat) : new Grants(orm.em.fork()).reject(id, '対象外', secretariat),
    );
    expect(outcome(await Promise.allSettled(racers))).toEqual({ won: 1, lost: 9 });
    const [row] = await sql<{ status: string; awards: number }>('select status, (select count(*)::int from grant_award where application_id = ?) as awards from grant_application where id = ?', [id, id]);
    expect(row.status === 'AWARDED' ? row.awards : row.awards + 1).toBe(1);
  });

  it('5 concurrent reviews: one; 5 concurrent use reports of a paid award: one', async () => {
    const id = await submitted(92);
    expect(outcome(await Promise.allSettled(Array.from({ length: 5 }, () => new Grants(orm.em.fork()).startReview(id, secretariat))))).toEqual({ won: 1, lost: 4 });
    const award = await new Grants(orm.em.fork()).award(id, yen(60_000), secretariat);
    await new Grants(orm.em.fork()).pay(award.id, secretariat);
    const member = demoPrincipal('member', demoGroupId(92));
    const results = await Promise.allSettled(Array.from({ length: 5 }, (_, i) => new Grants(orm.em.fork()).report(award.id, `報告 ${i}`, member)));
    expect(outcome(results)).toEqual({ won: 1, lost: 4 });
  });

  it('a second application of one group to one programme is refused by the unique key, also when raced', async () => {
    const [program] = await sql<{ id: string }>(`select id from grant_program where code = ?`, [`community-connection-grant-${fiscalYearOf(new Date())}`]);
    const group = demoGroupId(93);
    const apply = () =>
      new Grants(orm.em.fork()).apply(
        { programId: program.id, groupId: group, title: '競合試験', activityField: 'ENVIRONMENT' as never, organizationType: 'VOLUNTARY_ASSOCIATION' as never, requestedYen: yen(50_000) },
        demoPrincipal('member', group),
      );
    expect(outcome(await Promise.allSettled(Array.from({ length: 5 }, apply)))).toEqual({ won: 1, lost: 4 });
  });
});

it('5 concurrent returns of one loan: one records it', async () => {
  const [item] = await sql<{ id: string }>("select id from equipment_item where code = 'long-table'");
  const group = demoGroupId(94);
  const loan = await new EquipmentLoans(orm.em.fork()).lend(
    { itemId: item.id, groupId: group, quantity: 2, startsOn: addDays(today, 40), endsOn: addDays(today, 41) },
    demoPrincipal('member', group),
  );
  const results = await Promise.allSettled(Array.from({ length: 5 }, () => new EquipmentLoans(orm.em.fork()).return(loan.id, demoPrincipal('intermediary'))));
  expect(outcome(results)).toEqual({ won: 1, lost: 4 });
});
