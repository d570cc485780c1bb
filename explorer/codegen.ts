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
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
