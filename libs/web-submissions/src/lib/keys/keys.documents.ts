import { graphql } from '@candor/web-graphql';

export const apiKeyFieldsFragment = graphql(`
  fragment ApiKeyFields on ApiKey {
    id
    organizationId
    name
    prefix
    createdAt
    lastUsedAt
    revokedAt
  }
`);

/** The organization's API keys, newest first. */
export const apiKeysQuery = graphql(`
  query ApiKeys($organizationId: ID!) {
    apiKeys(organizationId: $organizationId) {
      ...ApiKeyFields
    }
  }
`);

export const createApiKeyMutation = graphql(`
  mutation CreateApiKey($organizationId: ID!, $name: String!) {
    createApiKey(organizationId: $organizationId, name: $name) {
      key
      apiKey {
        ...ApiKeyFields
      }
    }
  }
`);

export const revokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      ...ApiKeyFields
    }
  }
`);
