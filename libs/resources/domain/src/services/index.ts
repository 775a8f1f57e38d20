export * from './booking-rules';
export * from './venue-bookings.service';
export * from './venue-catalog.service';
export * from './sql';
export * from './venue-closures';
export * from './civic-fund.service';
export * from './paging';
export * from './grants.service';
