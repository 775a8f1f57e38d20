export * from './japanese-search';
