/**
 * The rules are plain CommonJS, as ESLint loads them, so Jest runs them as they are: no transform, and so not the
 * workspace preset, whose ts-jest transform would be merged in.
 */
module.exports = {
  displayName: 'eslint-rules',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.js'],
  transform: {},
  coverageDirectory: '../../coverage/tools/eslint-rules',
};
