/**
 * The workspace's own ESLint plugin: `plugins: { bestuurskracht }` in eslint.config.mjs. @nx/eslint-plugin also
 * loads this folder by its name (with tsconfig.json here) and offers the same rules as `@nx/workspace-<rule>`.
 */
module.exports = {
  meta: { name: 'bestuurskracht' },
  rules: { 'guarded-resolver': require('./src/guarded-resolver') },
};
