import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every operation the explorer sends, generated from the committed
 * schema: a schema change that breaks the page fails `tsc -p explorer`.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['explorer/src/**/*.ts', 'explorer/src/**/*.tsx', '!explorer/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'explorer/src/gql/': {
      preset: 'client',
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', JSONObject: 'Record<string, unknown>' },
      },
      // persisted-documents.json: every operation by its sha256, which the
      // page sends beside the query, so a server that runs only trusted
      // documents (PERSISTED_ONLY=true) runs the explorer's.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
    },
  },
};

export default config;
