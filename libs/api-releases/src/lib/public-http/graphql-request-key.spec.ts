import { createHash } from 'node:crypto';
import { graphqlRequestKey } from './graphql-request-key';

const QUERY = '{ releases { id } }';
const HASH = createHash('sha256').update(QUERY).digest('hex');
const apq = (hash: string, version = 1) => ({ persistedQuery: { version, sha256Hash: hash } });

describe('graphqlRequestKey', () => {
  it('gives GET and POST of the same operation the same key', () => {
    const get = graphqlRequestKey({
      method: 'GET',
      query: { query: QUERY, operationName: 'A', variables: '{"x": 1}' },
    });
    const post = graphqlRequestKey({
      method: 'POST',
      body: { query: QUERY, operationName: 'A', variables: { x: 1 } },
    });
    expect(get).toEqual({ documentHash: HASH, key: `${HASH}\nA\n{"x":1}` });
    expect(post).toEqual(get);
  });

  it('keys a persisted query sent by hash like the same document sent in full', () => {
    const byHash = graphqlRequestKey({
      method: 'GET',
      query: { extensions: JSON.stringify(apq(HASH)) },
    });
    expect(byHash).toEqual(graphqlRequestKey({ method: 'POST', body: { query: QUERY } }));
  });

  it('tells variables, operation names and documents apart', () => {
    const keys = [
      { query: QUERY },
      { query: QUERY, variables: { x: 1 } },
      { query: QUERY, variables: { x: 2 } },
      { query: QUERY, operationName: 'B' },
      { query: `${QUERY} ` },
    ].map((body) => graphqlRequestKey({ method: 'POST', body })!.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(
      graphqlRequestKey({ method: 'POST', body: { query: QUERY, variables: null } })!.key,
    ).toBe(keys[0]);
  });

  it.each([
    ['a batch', { method: 'POST', body: [{ query: QUERY }] }],
    ['no document', { method: 'POST', body: {} }],
    ['another method', { method: 'PUT', body: { query: QUERY } }],
    ['bad variables JSON', { method: 'GET', query: { query: QUERY, variables: '{' } }],
    [
      'variables that are not an object',
      { method: 'POST', body: { query: QUERY, variables: [1] } },
    ],
    ['a repeated parameter', { method: 'GET', query: { query: [QUERY, QUERY] } }],
    [
      'a hash that is not the document’s',
      { method: 'POST', body: { query: QUERY, extensions: apq('0'.repeat(64)) } },
    ],
    ['a malformed hash', { method: 'GET', query: { extensions: JSON.stringify(apq('xyz')) } }],
    [
      'an unknown APQ version',
      { method: 'GET', query: { extensions: JSON.stringify(apq(HASH, 2)) } },
    ],
    ['other extensions', { method: 'POST', body: { query: QUERY, extensions: { tracing: true } } }],
  ])('refuses %s', (_label, request) => {
    expect(graphqlRequestKey(request)).toBeNull();
  });
});
