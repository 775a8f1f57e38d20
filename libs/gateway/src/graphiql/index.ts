export * from './graphiql-handler';
