export * from './csv';
export * from './datasets';
export * from './open-data-handler';
