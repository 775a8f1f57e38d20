export * from './sql-statement-tally';
