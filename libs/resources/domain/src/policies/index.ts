export * from './venue-booking-policies';
