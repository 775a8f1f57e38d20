export * from './venue-booking.entity';
export * from './venue-kind';
export * from './venue.entity';
export * from './venue-closure.entity';
export * from './fund.entities';
export * from './grant.entities';
export * from './equipment.entities';
