import { createHash } from 'node:crypto';

/** The cache key of a GraphQL request: document hash, operation name, variables. */
export interface GraphQLRequestKey {
  key: string;
  /** SHA-256 (hex) of the document text: what Apollo calls the query hash. */
  documentHash: string;
}

interface RequestLike {
  method: string;
  query?: unknown;
  body?: unknown;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The key of a `GET /graphql?query=…&variables=…` or a `POST /graphql` JSON body, or null when the
 * request is not a single well-formed operation (Apollo then answers it, uncached). A persisted
 * query sent by hash alone has the same key as the same document sent in full.
 */
export function graphqlRequestKey(request: RequestLike): GraphQLRequestKey | null {
  const params =
    request.method === 'GET'
      ? fromSearch(request.query)
      : request.method === 'POST'
        ? fromBody(request.body)
        : null;
  if (!params) return null;
  const { query, operationName, variables, extensions } = params;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
    return null;
  if (variables !== undefined && variables !== null && !isPlainObject(variables)) return null;
  const persisted = persistedHashOf(extensions);
  if (persisted === false) return null;
  let documentHash: string;
  if (typeof query === 'string' && query !== '') {
    documentHash = createHash('sha256').update(query).digest('hex');
    if (persisted && persisted !== documentHash) return null;
  } else if (query === undefined && persisted) {
    documentHash = persisted;
  } else {
    return null;
  }
  return {
    documentHash,
    key: `${documentHash}\n${operationName ?? ''}\n${JSON.stringify(variables ?? {})}`,
  };
}

interface Params {
  query: unknown;
  operationName: unknown;
  variables: unknown;
  extensions: unknown;
}

function fromSearch(search: unknown): Params | null {
  if (!isPlainObject(search)) return null;
  const variables = parseJson(search['variables']);
  const extensions = parseJson(search['extensions']);
  if (variables === INVALID || extensions === INVALID) return null;
  return { query: search['query'], operationName: search['operationName'], variables, extensions };
}

function fromBody(body: unknown): Params | null {
  if (!isPlainObject(body)) return null; // a batch (array) or no JSON body
  return {
    query: body['query'],
    operationName: body['operationName'],
    variables: body['variables'],
    extensions: body['extensions'],
  };
}

const INVALID = Symbol('invalid');

function parseJson(raw: unknown): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') return INVALID;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return INVALID;
  }
}

/** The APQ hash; undefined when there is none; false when the extension is malformed. */
function persistedHashOf(extensions: unknown): string | undefined | false {
  if (extensions === undefined || extensions === null) return undefined;
  if (!isPlainObject(extensions)) return false;
  const persisted = extensions['persistedQuery'];
  if (persisted === undefined) return Object.keys(extensions).length === 0 ? undefined : false;
  if (!isPlainObject(persisted) || persisted['version'] !== 1) return false;
  const hash = persisted['sha256Hash'];
  return typeof hash === 'string' && SHA256_HEX.test(hash) ? hash : false;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
