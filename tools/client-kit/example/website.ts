import { BookVenueDocument, GroupDirectoryDocument, MyGroupDocument, VenuesDocument } from '../generated/graphql';
import { request } from './client';

/** The website's directory page: names and public contacts of groups matching a search. */
export async function directoryPage(endpoint: string, text: string): Promise<string[]> {
  const { data } = await request(endpoint, GroupDirectoryDocument, { text, first: 20 });
  return (data?.groups?.edges ?? []).map(({ node }) => `${node.name} (${node.nameKana}) ${node.publicContact.email ?? ''}`.trim());
}

/** An NPO app: its group's private contact (a member token) and a booking with its user errors. */
export async function bookFirstVenue(endpoint: string, token: string, groupId: string, startsAt: string, endsAt: string): Promise<string> {
  const group = await request(endpoint, MyGroupDocument, { id: groupId }, token);
  const contact = group.data?.group?.privateContact?.representativeName ?? 'unknown';
  const venues = await request(endpoint, VenuesDocument, { first: 1 });
  const venueId = venues.data?.venues?.edges[0]?.node.id;
  if (!venueId) return 'no venue';
  const booked = await request(endpoint, BookVenueDocument, { input: { venueId, groupId, startsAt, endsAt, purpose: `${contact}の打合せ`, attendees: 4 } }, token);
  const errors = booked.data?.bookVenue.userErrors ?? [];
  return errors.length ? errors.map((error) => `${error.field.join('.')}: ${error.code}`).join(', ') : `booked ${booked.data?.bookVenue.booking?.id}`;
}
