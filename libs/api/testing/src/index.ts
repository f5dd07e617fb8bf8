export * from './lib/test-database';
export * from './lib/graphql-request';
export * from './lib/statement-counter';
