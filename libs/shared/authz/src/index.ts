export * from './lib/vocabulary';
export * from './lib/actor';
export * from './lib/standing';
export * from './lib/define-rules';
export * from './lib/packed-rules';
