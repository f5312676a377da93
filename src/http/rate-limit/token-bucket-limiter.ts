/**
 * Token buckets by key (a bearer token's jti), in this process's memory: each bucket holds up to
 * `burst` requests and refills at `requestsPerSecond`. Hand-rolled rather than a library (see
 * docs/decisions/0005-per-token-rate-limit.md). No express here: the middleware adapts it.
 *
 * Memory stays bounded: buckets are kept in least-recently-used order and the oldest is dropped
 * beyond `maxKeys`; a dropped bucket comes back full, which only ever errs towards letting a
 * request through. Keys are jtis of tokens that verified, so only the operator can add keys.
 */

export interface RateLimit {
  readonly requestsPerSecond: number;
  readonly burst: number;
}

export type RateLimitDecision =
  | { readonly allowed: true; readonly remaining: number }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

export interface TokenBucketOptions {
  /** Milliseconds on a monotonic clock; performance.now() by default (tests pass their own). */
  readonly now?: () => number;
  readonly maxKeys?: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const DEFAULT_MAX_KEYS = 10_000;

export class TokenBucketLimiter {
  readonly limit: RateLimit;
  readonly #now: () => number;
  readonly #maxKeys: number;
  readonly #buckets = new Map<string, Bucket>();

  constructor(limit: RateLimit, options: TokenBucketOptions = {}) {
    if (!(limit.requestsPerSecond > 0) || !(limit.burst >= 1)) throw new RangeError('A rate limit needs requestsPerSecond > 0 and burst >= 1');
    this.limit = limit;
    this.#now = options.now ?? (() => performance.now());
    this.#maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
  }

  /** Takes one request from `key`'s bucket, or says how long until one is available. */
  take(key: string): RateLimitDecision {
    const now = this.#now();
    const bucket = this.#buckets.get(key) ?? { tokens: this.limit.burst, updatedAt: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.limit.requestsPerSecond);
    bucket.updatedAt = now;
    // Re-inserting keeps the map in least-recently-used order.
    this.#buckets.delete(key);
    this.#buckets.set(key, bucket);
    if (this.#buckets.size > this.#maxKeys) {
      const oldest = this.#buckets.keys().next();
      if (oldest.done !== true) this.#buckets.delete(oldest.value);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, remaining: Math.floor(bucket.tokens) };
    }
    return { allowed: false, retryAfterSeconds: (1 - bucket.tokens) / this.limit.requestsPerSecond };
  }

  /** How many keys have a bucket (for tests of the memory bound). */
  get size(): number {
    return this.#buckets.size;
  }
}
