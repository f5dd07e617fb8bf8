import type { CodegenConfig } from '@graphql-codegen/cli';
import { existsSync, readdirSync } from 'node:fs';

// Types come from the committed schema (the API regenerates it from code), never from a live server, so the
// client builds offline and CI can diff the generated files. Every web lib with `src/lib/operations/*.graphql`
// gets its own `src/lib/generated/graphql.ts`, so features do not share (and fight over) one generated file.
// codegen-check sets CODEGEN_OUT_DIR to write them elsewhere and compare.
const outDir = process.env['CODEGEN_OUT_DIR'];
const operations = (lib: string) => `libs/web/${lib}/src/lib/operations`;
const libs = readdirSync('libs/web').filter(
  (lib) =>
    existsSync(operations(lib)) && readdirSync(operations(lib)).some((file) => file.endsWith('.graphql')),
);

const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/src/schema.gql',
  generates: Object.fromEntries(
    libs.map((lib) => [
      outDir ? `${outDir}/${lib}/graphql.ts` : `libs/web/${lib}/src/lib/generated/graphql.ts`,
      {
        documents: `${operations(lib)}/*.graphql`,
        // typescript-operations 6 emits the schema enums and inputs an operation uses by itself; adding the
        // `typescript` plugin to the same file declares those enums twice (TS2300), so it is left out.
        plugins: ['typescript-operations', 'typed-document-node'],
        config: {
          enumType: 'string-literal',
          // Dates travel as ISO 8601 text; pages format them with the bkDate pipe.
          scalars: { DateTime: 'string' },
          useTypeImports: true,
          // Apollo re-exports the type; importing it from there avoids a dependency package.json does not list.
          documentNodeImport: '@apollo/client#TypedDocumentNode',
        },
      },
    ]),
  ),
};

export default config;
