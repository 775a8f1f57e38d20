export * from './resources-demo-seeder';
export { buildDemoVenueBookings, buildDemoVenues, type DemoVenue, type DemoVenueBooking, type DemoVenueKind } from './demo-venues';
