import { jest } from '@jest/globals';
import { gql } from '@apollo/client';
import { createApolloClient } from './apollo-client';

const QUERY = gql`
  query Probe {
    metrics {
      code
    }
  }
`;

describe('createApolloClient', () => {
  const realFetch = globalThis.fetch;
  let calls: string[];

  beforeEach(() => {
    calls = [];
    globalThis.fetch = jest.fn(async (input: string | URL | Request) => {
      calls.push(String(input));
      return Response.json({ data: { metrics: [{ __typename: 'Metric', code: 'a.b' }] } });
    }) as typeof fetch;
  });

  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it.each([
    [undefined, '/graphql'],
    ['http://127.0.0.1:3000/graphql', 'http://127.0.0.1:3000/graphql'],
  ])('sends queries for uri %p to %p', async (uri, expected) => {
    const client = createApolloClient(uri);
    const result = await client.query({ query: QUERY });
    expect(result.data).toEqual({ metrics: [{ __typename: 'Metric', code: 'a.b' }] });
    expect(calls).toEqual([expected]);
  });
});
