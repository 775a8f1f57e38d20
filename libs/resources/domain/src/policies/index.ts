export * from './venue-booking-policies';
export * from './fund-policies';
export * from './grant-policies';
