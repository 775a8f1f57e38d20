export * from './city-scalars';
export * from './date-time.scalar';
export * from './date.scalar';
export * from './yen.scalar';
