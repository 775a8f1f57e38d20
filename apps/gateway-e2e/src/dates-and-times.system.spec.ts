import { describe, expect, it } from 'vitest';
import { errorCodes, gatewayUrl, postGraphQL, postToSubgraph, tokenFor } from '@tsunagaru/shared-testing';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const JAPAN_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?\+09:00$/;

const BOOKINGS = `query ($from: DateTime, $to: DateTime) {
  venues(first: 20) { edges { node { name bookings(from: $from, to: $to, first: 100) { edges { node { startsAt endsAt } } } } } }
}`;

interface VenueBookings {
  venues: { edges: Array<{ node: { name: string; bookings: { edges: Array<{ node: { startsAt: string; endsAt: string } }> } } }> };
}

function bookingsOf(response: { data?: VenueBookings | null }): Array<{ startsAt: string; endsAt: string }> {
  return response.data!.venues.edges.flatMap((venue) => venue.node.bookings.edges.map((edge) => edge.node));
}

describe('Date and DateTime through the gateway', () => {
  it('writes calendar dates as YYYY-MM-DD', async () => {
    const response = await postGraphQL<{ proposals: { edges: Array<{ node: { submittedOn: string; decidedOn: string | null } }> } }>(
      gatewayUrl(),
      `{ proposals(first: 20) { edges { node { submittedOn decidedOn } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.proposals.edges.map((edge) => edge.node);
    expect(nodes.length).toBe(20);
    for (const node of nodes) {
      expect(node.submittedOn).toMatch(CALENDAR_DATE);
      if (node.decidedOn !== null) expect(node.decidedOn >= node.submittedOn).toBe(true);
    }
    const groups = await postGraphQL<{ groups: { edges: Array<{ node: { foundedOn: string | null; registeredOn: string | null } }> } }>(
      gatewayUrl(),
      `{ groups(first: 100) { edges { node { foundedOn registeredOn } } } }`,
    );
    expect(groups.errors).toBeUndefined();
    const registered = groups.data!.groups.edges.map((edge) => edge.node.registeredOn);
    expect(registered.length).toBe(100);
    for (const day of registered) expect(day).toMatch(CALENDAR_DATE);
  });

  it('takes a window in any offset and answers in Japan time: one JST day asked for in UTC', async () => {
    const june = await postGraphQL<VenueBookings>(gatewayUrl(), BOOKINGS, { from: '2019-06-01T00:00:00+09:00', to: '2019-07-01T00:00:00+09:00' });
    const day = bookingsOf(june)[0]!.startsAt.slice(0, 10);
    const [year, month, date] = day.split('-').map(Number);
    // A day in Kamakura runs from 15:00 UTC the day before to 15:00 UTC on the day.
    const utc = (offsetDays: number) => new Date(Date.UTC(year, month - 1, date + offsetDays, 15)).toISOString();
    const response = await postGraphQL<VenueBookings>(gatewayUrl(), BOOKINGS, { from: utc(-1), to: utc(0) });
    expect(response.errors).toBeUndefined();
    const bookings = bookingsOf(response);
    expect(bookings.length).toBeGreaterThan(0);
    for (const booking of bookings) {
      expect(booking.startsAt).toMatch(JAPAN_DATE_TIME);
      expect(booking.endsAt).toMatch(JAPAN_DATE_TIME);
      // Venues open 9:00–22:00 JST, so every booking overlapping that day lies on it.
      expect(booking.startsAt.slice(0, 10)).toBe(day);
      expect(booking.endsAt.slice(0, 10)).toBe(day);
    }
    const sameDayInJapanTime = await postGraphQL<VenueBookings>(gatewayUrl(), BOOKINGS, {
      from: `${day}T00:00:00+09:00`,
      to: `${day}T23:59:59.999+09:00`,
    });
    expect(sameDayInJapanTime.data).toEqual(response.data);
  });

  it('refuses a DateTime variable without an offset, or a bare date, as BAD_USER_INPUT before any subgraph works', async () => {
    for (const from of ['2019-06-01T00:00:00', '2019-06-01', '2019-06-31T00:00:00+09:00', 1559314800000]) {
      const response = await postGraphQL(gatewayUrl(), BOOKINGS, { from });
      expect(response.status, String(from)).toBe(400);
      expect(errorCodes(response), String(from)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.message).toMatch(/^Variable "\$from" got invalid value .*RFC 3339/);
      expect(response.headers.get('x-sql-statements')).toBe('0');
    }
  });

  it('refuses a bad DateTime literal as GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await postGraphQL(gatewayUrl(), `{ venues { edges { node { bookings(from: "2019-06-01") { edges { node { startsAt } } } } } } }`);
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors?.[0]?.message).toMatch(/Expected value of type "DateTime", found "2019-06-01"/);
  });

  it('still judges ranges in the domain: a window that ends before it starts is BAD_USER_INPUT on `to`', async () => {
    const response = await postGraphQL(gatewayUrl(), BOOKINGS, { from: '2019-06-02T00:00:00+09:00', to: '2019-06-01T00:00:00+09:00' });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.issues).toEqual([expect.objectContaining({ field: ['to'], code: 'INVALID_RANGE' })]);
  });

  it('refuses a Date variable naming a day that does not exist, and writes nothing', async () => {
    const response = await postGraphQL(
      gatewayUrl(),
      `mutation ($input: UpdateGroupProfileInput!) { updateGroupProfile(input: $input) { group { foundedOn } userErrors { code } } }`,
      { input: { groupId: '00000000-0000-4000-8000-000000000000', foundedOn: '2019-02-29' } },
      await tokenFor('staff'),
    );
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toMatch(/^Variable "\$input" got invalid value "2019-02-29" at "input.foundedOn"; Expected type "Date"/);
    expect(response.data).toBeUndefined();
  });

  it('refuses a bad Date literal as GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await postGraphQL(
      gatewayUrl(),
      `mutation { updateGroupProfile(input: { groupId: "00000000-0000-4000-8000-000000000000", foundedOn: "2019/04/01" }) { userErrors { code } } }`,
      {},
      await tokenFor('staff'),
    );
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('is refused by the subgraph too when a caller bypasses the gateway', async () => {
    const response = await postToSubgraph('resources', `query ($from: DateTime) { venues { edges { node { bookings(from: $from) { edges { node { id } } } } } } }`, {
      from: '2019-06-01 00:00',
    });
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});
