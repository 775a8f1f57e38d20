export * from './booking-rules';
export * from './venue-bookings.service';
export * from './venue-catalog.service';
export * from './venue-closures';
export * from './civic-fund.service';
export * from './paging';
export * from './grants.service';
export * from './equipment.service';
