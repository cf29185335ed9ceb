import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { graphqlOutcomeOf } from '@candor/api-platform';
import { carriesCredentials } from '@candor/api-auth';
import { cachePolicyOf } from './cache-policy';
import { ifNoneMatchMatches } from './etag';
import { type CachedAnswer, GraphQLResponseCache } from './graphql-response-cache';
import { graphqlRequestKey, type GraphQLRequestKey } from './graphql-request-key';
import { ReleaseCacheGeneration } from './release-cache-generation';

/**
 * Serves repeated anonymous public queries from memory before Apollo runs, and remembers
 * Apollo's complete answers to them. Requests with a session cookie or an API key, mutations and
 * answers with errors always go through Apollo uncached.
 */
@Injectable()
export class GraphQLResponseCacheMiddleware implements NestMiddleware {
  constructor(
    private readonly cache: GraphQLResponseCache,
    private readonly generation: ReleaseCacheGeneration,
  ) {}

  use(request: Request, response: Response, next: NextFunction): void {
    if (carriesCredentials(request)) return next();
    const key = graphqlRequestKey(request);
    if (!key) return next();
    const hit = this.cache.get(key.key);
    if (hit) return sendAnswer(request, response, hit, 'HIT');
    this.rememberAnswer(request, response, key, this.generation.current);
    next();
  }

  /** Apollo's Express integration ends with `res.send(text)`: catch the text there. */
  private rememberAnswer(
    request: Request,
    response: Response,
    key: GraphQLRequestKey,
    generation: number,
  ): void {
    const send = response.send;
    response.send = ((body?: unknown) => {
      response.send = send;
      const outcome = graphqlOutcomeOf(request);
      const policy =
        typeof body === 'string' &&
        response.statusCode === 200 &&
        outcome?.complete &&
        outcome.document &&
        outcome.operation &&
        outcome.queryHash === key.documentHash
          ? cachePolicyOf(outcome.document, outcome.operation, outcome.variables)
          : null;
      if (!policy) return send.call(response, body);
      const answer = this.cache.store(key.key, policy, body as string, generation);
      sendAnswer(request, response, answer, 'MISS');
      return response;
    }) as Response['send'];
  }
}

function sendAnswer(
  request: Request,
  response: Response,
  answer: CachedAnswer,
  cache: 'HIT' | 'MISS',
): void {
  const headers = { 'Cache-Control': answer.cacheControl, ETag: answer.etag, 'X-Cache': cache };
  // Conditional requests are a GET matter (RFC 9110): a POST always gets the answer.
  if (
    request.method === 'GET' &&
    ifNoneMatchMatches(request.headers['if-none-match'], answer.etag)
  ) {
    response.writeHead(304, headers).end();
    return;
  }
  response
    .writeHead(200, {
      ...headers,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': answer.body.length,
    })
    .end(answer.body);
}
