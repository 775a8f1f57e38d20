export * from './proposal-catalog.service';
export * from './proposal-metrics.query';
export * from './proposal-metrics.service';
