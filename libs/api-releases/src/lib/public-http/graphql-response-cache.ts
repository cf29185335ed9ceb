import { Injectable } from '@nestjs/common';
import { CACHE_CONTROL, type CachePolicy, LATEST_MAX_AGE_SECONDS } from './cache-policy';
import { strongEtag } from './etag';
import { LruCache } from './lru-cache';
import { ReleaseCacheGeneration } from './release-cache-generation';

/** A GraphQL answer as sent: its exact bytes and the headers that go with them. */
export interface CachedAnswer {
  body: Buffer;
  etag: string;
  cacheControl: string;
  policy: CachePolicy;
  /** The release generation the answer was computed in (see ReleaseCacheGeneration). */
  generation: number;
  expiresAt: number;
}

/** Bounds of the in-memory answer cache: enough for every public query of the web app many times over. */
const LIMITS = { maxEntries: 10_000, maxBytes: 64 * 1024 * 1024 };
/** Map overhead and key per entry, roughly; keeps the byte budget honest for small answers. */
const ENTRY_OVERHEAD_BYTES = 256;

/**
 * Public GraphQL answers by request key. Answers about named releases live until evicted;
 * answers about the latest release until a release is published or withdrawn, or a minute passes
 * (other API instances publish without telling this one).
 */
@Injectable()
export class GraphQLResponseCache {
  private readonly answers = new LruCache<CachedAnswer>(LIMITS);

  constructor(private readonly generation: ReleaseCacheGeneration) {}

  get(key: string): CachedAnswer | undefined {
    const answer = this.answers.get(key);
    if (!answer) return undefined;
    if (
      answer.policy === 'latest' &&
      (answer.generation !== this.generation.current || answer.expiresAt <= Date.now())
    ) {
      this.answers.delete(key);
      return undefined;
    }
    return answer;
  }

  /**
   * The answer with its validator and lifetime; kept for later requests unless a release was
   * published or withdrawn while it was computed (it may describe the release before).
   */
  store(key: string, policy: CachePolicy, text: string, generation: number): CachedAnswer {
    const body = Buffer.from(text, 'utf8');
    const answer: CachedAnswer = {
      body,
      etag: strongEtag(body),
      cacheControl: CACHE_CONTROL[policy],
      policy,
      generation,
      expiresAt: Date.now() + LATEST_MAX_AGE_SECONDS * 1000,
    };
    if (policy === 'immutable' || generation === this.generation.current)
      this.answers.set(key, answer, body.length + key.length + ENTRY_OVERHEAD_BYTES);
    return answer;
  }
}
