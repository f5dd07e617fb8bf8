export * from './lib/vocabulary';
export * from './lib/define-rules';
