/**
 * Per-token rate limiting on /scim/v2, after `authenticate` (the key is the verified token's jti,
 * so anonymous or forged requests never get a bucket). Over the limit: 429 with `Retry-After`
 * (whole seconds, at least 1) and a SCIM error body; the request goes no further, so the Identity
 * Store sees no call. The limit is per instance (docs/authentication.md, "Rate limits").
 */
import type { RequestHandler } from 'express';
import { ScimError } from '../../scim/errors.ts';
import type { TokenBucketLimiter } from '../rate-limit/token-bucket-limiter.ts';
import { principalOf } from '../request-context.ts';

export function rateLimitPerToken(limiter: TokenBucketLimiter): RequestHandler {
  const { requestsPerSecond, burst } = limiter.limit;
  return (_req, res, next) => {
    const principal = principalOf(res);
    if (principal === undefined) throw new Error('rateLimitPerToken ran before authenticate');
    const decision = limiter.take(principal.tokenId);
    if (!decision.allowed) {
      const retryAfter = Math.max(1, Math.ceil(decision.retryAfterSeconds));
      throw ScimError.tooManyRequests(
        `Too many requests with this bearer token (limit ${requestsPerSecond} per second, bursts of ${burst}); retry after ${retryAfter} second${retryAfter === 1 ? '' : 's'}.`,
        retryAfter,
      );
    }
    next();
  };
}
