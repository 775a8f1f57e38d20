import { describe, it, expect } from 'vitest';
import { District, deterministicUuid, isKatakanaReading } from '@tsunagaru/shared-kernel';
import { DEMO_GROUP_COUNT, demoGroupId } from '@tsunagaru/shared-demo-data';
import { buildDemoVenueBookings, buildDemoVenues, type DemoVenueBooking } from './demo-venues';

const JST_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):00\+09:00$/;

function jstParts(timestamp: string): { day: string; minutes: number } {
  const match = JST_TIMESTAMP.exec(timestamp);
  if (!match) throw new Error(`not a JST timestamp: ${timestamp}`);
  return { day: match[1], minutes: Number(match[2]) * 60 + Number(match[3]) };
}

describe('buildDemoVenues', () => {
  const venues = buildDemoVenues();

  it('has about ten venues with unique codes and ids derived from them', () => {
    expect(venues.length).toBeGreaterThanOrEqual(8);
    expect(venues.length).toBeLessThanOrEqual(14);
    expect(new Set(venues.map((v) => v.code)).size).toBe(venues.length);
    for (const venue of venues) {
      expect(venue.id).toBe(deterministicUuid('venue', venue.code));
    }
  });

  it('covers all five districts and all five kinds of venue', () => {
    expect(new Set(venues.map((v) => v.district))).toEqual(new Set(Object.values(District)));
    expect(new Set(venues.map((v) => v.kind))).toEqual(
      new Set(['PUBLIC_MEETING_ROOM', 'FREE_SPACE', 'PRIVATE_COWORKING', 'WELFARE_FACILITY', 'PRIVATE_COMPANY_MEETING_ROOM']),
    );
  });

  it('gives every venue a katakana reading, an address in Kamakura and a positive capacity', () => {
    for (const venue of venues) {
      expect(isKatakanaReading(venue.nameKana), venue.nameKana).toBe(true);
      expect(venue.address.startsWith('神奈川県鎌倉市')).toBe(true);
      expect(Number.isInteger(venue.capacity) && venue.capacity > 0).toBe(true);
      expect(venue.description.length).toBeGreaterThan(0);
    }
  });

  it('is deterministic', () => {
    expect(buildDemoVenues()).toEqual(venues);
  });
});

describe('buildDemoVenueBookings', () => {
  const venues = buildDemoVenues();
  const venueById = new Map(venues.map((v) => [v.id, v]));
  const bookings = buildDemoVenueBookings();

  it('has about 300 bookings with unique ids numbered in order', () => {
    expect(bookings.length).toBeGreaterThanOrEqual(250);
    expect(bookings.length).toBeLessThanOrEqual(350);
    bookings.forEach((booking, n) => {
      expect(booking.id).toBe(deterministicUuid('venue-booking', String(n)));
    });
    expect(new Set(bookings.map((b) => b.id)).size).toBe(bookings.length);
  });

  it('refers only to known venues and demo groups, spreading the load', () => {
    const groupIds = new Set(Array.from({ length: DEMO_GROUP_COUNT }, (_, i) => demoGroupId(i)));
    const perGroup = new Map<string, number>();
    for (const booking of bookings) {
      expect(venueById.has(booking.venueId)).toBe(true);
      expect(groupIds.has(booking.groupId)).toBe(true);
      perGroup.set(booking.groupId, (perGroup.get(booking.groupId) ?? 0) + 1);
    }
    expect(Math.max(...perGroup.values())).toBeLessThanOrEqual(4);
    expect(new Set(bookings.map((b) => b.venueId)).size).toBe(venues.length);
  });

  it('books 1 to 4 hours within 9:00-21:30 JST on one day inside FY2019', () => {
    for (const booking of bookings) {
      const start = jstParts(booking.startsAt);
      const end = jstParts(booking.endsAt);
      expect(end.day).toBe(start.day);
      expect(start.day >= '2019-04-01' && start.day <= '2020-03-31', start.day).toBe(true);
      expect(start.minutes).toBeGreaterThanOrEqual(9 * 60);
      expect(end.minutes).toBeLessThanOrEqual(21 * 60 + 30);
      expect(end.minutes - start.minutes).toBeGreaterThanOrEqual(60);
      expect(end.minutes - start.minutes).toBeLessThanOrEqual(240);
    }
  });

  it('never double-books a venue', () => {
    const byVenue = new Map<string, DemoVenueBooking[]>();
    for (const booking of bookings) {
      byVenue.set(booking.venueId, [...(byVenue.get(booking.venueId) ?? []), booking]);
    }
    for (const list of byVenue.values()) {
      const sorted = [...list].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
      for (let i = 1; i < sorted.length; i++) {
        expect(Date.parse(sorted[i].startsAt)).toBeGreaterThanOrEqual(Date.parse(sorted[i - 1].endsAt));
      }
    }
  });

  it('keeps attendees between 1 and the venue capacity and states a Japanese purpose', () => {
    for (const booking of bookings) {
      const venue = venueById.get(booking.venueId);
      expect(booking.attendees).toBeGreaterThanOrEqual(1);
      expect(booking.attendees).toBeLessThanOrEqual(venue?.capacity ?? 0);
      expect(booking.purpose).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
    }
  });

  it('is deterministic', () => {
    expect(buildDemoVenueBookings()).toEqual(bookings);
  });
});
