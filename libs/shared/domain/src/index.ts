export * from './lib/organisation';
export * from './lib/vocabulary';
export * from './lib/cbs-code';
export * from './lib/period';
export * from './lib/proposal-lifecycle';
export * from './lib/council-view-term';
export * from './lib/line-diff';
