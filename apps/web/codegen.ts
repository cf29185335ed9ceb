import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the web app: `nx run web:codegen` reads the committed API schema and every
 * `graphql()` document next to the features, and writes `libs/web-graphql/src/gql/`.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: [
    'apps/web/src/**/*.tsx',
    'libs/web-*/src/**/*.{ts,tsx}',
    '!libs/web-graphql/src/gql/**',
    '!**/*.spec.{ts,tsx}',
  ],
  ignoreNoDocuments: true,
  generates: {
    'libs/web-graphql/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        scalars: {
          ID: 'string',
          DateTime: 'string',
          CountValue: { input: 'string | number', output: 'string | number' },
        },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
