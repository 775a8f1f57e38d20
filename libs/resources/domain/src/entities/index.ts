export * from './venue-booking.entity';
export * from './venue-kind';
export * from './venue.entity';
