/**
 * Remembers the principals of tokens that verified, so the token an IdP sends with every request
 * costs a Map lookup instead of a signature check and two JSON parses. Keyed by the exact token
 * string: a token differing in any character (a tampered signature or payload) is a miss and gets
 * verified in full. Only successes are ever stored, so junk tokens cannot fill memory, and the
 * cache is bounded (least recently used entry evicted first).
 *
 * Expiry is the one property that changes while a token sits here; an entry whose `exp` has come
 * is dropped and reported as a miss, so the caller's full verification refuses it with the same
 * 'expired' reason and detail as an uncached token. Revocation is not this cache's business: it
 * is checked outside the verifier on every request (check-revocation.ts).
 */
import type { Principal } from './token-claims.ts';

/** Entries kept: far more than the handful of tokens (one or two per IdP) a gateway sees. */
export const DEFAULT_MAX_CACHED_TOKENS = 1_000;

/** Gateway tokens are a few hundred characters; anything much longer is not worth keeping. */
export const MAX_CACHED_TOKEN_LENGTH = 4_096;

export interface VerifiedTokenCacheOptions {
  readonly maxEntries?: number;
  readonly maxTokenLength?: number;
}

export class VerifiedTokenCache {
  // A Map iterates in insertion order; re-inserting on every hit makes its first key the LRU one.
  readonly #entries = new Map<string, Principal>();
  readonly #maxEntries: number;
  readonly #maxTokenLength: number;

  constructor(options: VerifiedTokenCacheOptions = {}) {
    this.#maxEntries = options.maxEntries ?? DEFAULT_MAX_CACHED_TOKENS;
    this.#maxTokenLength = options.maxTokenLength ?? MAX_CACHED_TOKEN_LENGTH;
    if (!Number.isInteger(this.#maxEntries) || this.#maxEntries < 1) throw new RangeError('maxEntries must be a positive integer');
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The principal of a token that verified and has not expired at `now`; undefined otherwise. */
  get(token: string, now: Date): Principal | undefined {
    const principal = this.#entries.get(token);
    if (principal === undefined) return undefined;
    this.#entries.delete(token);
    // Same rule as jsonwebtoken (expired once floor(now / 1 s) >= exp): refused from exp's second on.
    if (principal.expiresAt !== undefined && now.getTime() >= principal.expiresAt.getTime()) return undefined;
    this.#entries.set(token, principal);
    return principal;
  }

  /** Call with successful verifications only. */
  set(token: string, principal: Principal): void {
    if (token.length > this.#maxTokenLength) return;
    this.#entries.delete(token);
    this.#entries.set(token, principal);
    if (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done !== true) this.#entries.delete(oldest.value);
    }
  }
}
