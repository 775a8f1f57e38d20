export * from './japanese-search';
export * from './group-statistics-sql';
