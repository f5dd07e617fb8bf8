import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the committed schema (the API regenerates it from code), never from a live server,
// so the client builds offline and CI can diff the generated file. codegen-check writes elsewhere.
const output = process.env['CODEGEN_OUTPUT'] ?? 'libs/web/data-access/src/lib/generated/graphql.ts';

const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/src/schema.gql',
  documents: 'libs/web/data-access/src/lib/operations/**/*.graphql',
  generates: {
    [output]: {
      // typescript-operations 6 emits the schema enums and inputs an operation uses by itself; adding the
      // `typescript` plugin to the same file declares those enums twice (TS2300), so it is left out.
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        enumType: 'string-literal',
        useTypeImports: true,
        // Apollo re-exports the type; importing it from there avoids a dependency package.json does not list.
        documentNodeImport: '@apollo/client#TypedDocumentNode',
      },
    },
  },
};

export default config;
