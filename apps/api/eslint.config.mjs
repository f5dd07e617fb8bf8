import baseConfig from '../../eslint.config.mjs';
import bestuurskracht from '../../tools/eslint-rules/index.js';

export default [
  ...baseConfig,
  {
    // every resolver is guarded; a public operation says so with @Public()
    files: ['**/*.resolver.ts'],
    plugins: { bestuurskracht },
    rules: { 'bestuurskracht/guarded-resolver': 'error' },
  },
];
