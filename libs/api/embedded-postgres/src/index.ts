export * from './lib/embedded-postgres';
export * from './lib/startup-error';
export * from './lib/free-port';
export * from './lib/embedded-postgres-url';
