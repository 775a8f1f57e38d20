import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import {
  AccidentReport,
  BOOKINGS_OVERLAPPING,
  CivicFund,
  EquipmentItem,
  EquipmentLoan,
  quantitiesLent,
  grantDecisionSummaries,
  type GrantDecisionSummary,
  GrantApplication,
  GrantAward,
  GrantProgram,
  Venue,
  VenueBooking,
  VenueClosure,
  type BookingWindow,
} from '@tsunagaru/resources-domain';
import type { RequestContext } from '@tsunagaru/shared-graphql';
import { createChildPageLoader, createIdLoader } from '@tsunagaru/shared-persistence';

export function createResourcesLoaders(em: EntityManager) {
  let fundSecretariat: Promise<string | null> | undefined;
  return {
    /** The fund's secretariat department, read at most once per request. */
    fundSecretariat: () => (fundSecretariat ??= new CivicFund(em).secretariatDepartmentId()),
    venue: createIdLoader(em, Venue),
    /** Venue.bookings(from, to, first, after): one statement for all venues asked with the same arguments. */
    venueBookings: createChildPageLoader<VenueBooking, BookingWindow>(em, {
      entity: VenueBooking,
      parentColumn: 'venue_id',
      filter: BOOKINGS_OVERLAPPING,
    }),
    /** Group.venueBookings(first, after): one statement for all groups asked with the same arguments. */
    groupVenueBookings: createChildPageLoader(em, { entity: VenueBooking, parentColumn: 'group_id' }),
    /** Venue.closures(first, after). */
    venueClosures: createChildPageLoader(em, { entity: VenueClosure, parentColumn: 'venue_id' }),
    grantProgram: createIdLoader(em, GrantProgram),
    grantApplication: createIdLoader(em, GrantApplication),
    /** GrantProgram.awards, Group.grantAwards, Group.grantApplications: one statement per batch each. */
    programAwards: createChildPageLoader(em, { entity: GrantAward, parentColumn: 'program_id' }),
    groupGrantAwards: createChildPageLoader(em, { entity: GrantAward, parentColumn: 'group_id' }),
    groupGrantApplications: createChildPageLoader(em, { entity: GrantApplication, parentColumn: 'group_id' }),
    /** GrantProgram.decisions: one statement for all programmes asked. */
    grantDecisions: new DataLoader<string, GrantDecisionSummary | null>(async (ids) => {
      const found = await grantDecisionSummaries(em, [...ids]);
      return ids.map((id) => found.get(id) ?? null);
    }),
    equipmentItem: createIdLoader(em, EquipmentItem),
    groupEquipmentLoans: createChildPageLoader(em, { entity: EquipmentLoan, parentColumn: 'group_id' }),
    groupAccidentReports: createChildPageLoader(em, { entity: AccidentReport, parentColumn: 'group_id' }),
    /** EquipmentItem.availableQuantity(from, until): one statement per period for all items asked. */
    equipmentLent: new DataLoader<{ itemId: string; from: string; until: string }, number, string>(
      async (keys) => {
        const byPeriod = new Map<string, Map<string, number>>();
        for (const period of new Set(keys.map((key) => `${key.from}|${key.until}`))) {
          const [from, until] = period.split('|');
          const ids = keys.filter((key) => key.from === from && key.until === until).map((key) => key.itemId);
          byPeriod.set(period, await quantitiesLent(em, ids, from, until));
        }
        return keys.map((key) => byPeriod.get(`${key.from}|${key.until}`)?.get(key.itemId) ?? 0);
      },
      { cacheKeyFn: (key) => `${key.itemId}|${key.from}|${key.until}` },
    ),
  };
}

export type ResourcesLoaders = ReturnType<typeof createResourcesLoaders>;
export type ResourcesContext = RequestContext<ResourcesLoaders>;
