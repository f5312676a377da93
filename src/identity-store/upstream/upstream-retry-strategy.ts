/**
 * The SDK retry strategy of the gateway's Identity Store client (docs/decisions/0006-upstream-retries.md).
 * It is the SDK's adaptive mode with three changes the SDK's own strategies cannot be configured for:
 * - the retry decision is decide-retry.ts: the error table's `backoff` rows, never a create after an
 *   ambiguous failure, and the store's RetryAfterSeconds (a body member the SDK reads only from a
 *   Retry-After header) as the shortest wait;
 * - no wait exceeds `maxWaitMs`, the client-side pacing included: a SCIM request is not held open
 *   for longer, the IdP is told to come back instead (429/503 with Retry-After);
 * - delays come from the configuration (and, in tests, an injected clock), not SDK constants.
 * The client-side rate limiting is the SDK's own DefaultRateLimiter (the adaptive-mode token bucket
 * with CUBIC rate recovery): idle until the store throttles, then pacing every call of this
 * process, so several gateway instances back off without coordinating.
 */
import type { IdentitystoreClientConfig } from '@aws-sdk/client-identitystore';
import { DefaultRateLimiter } from '@smithy/core/retry';
import { classifyAwsError, type UpstreamFailure } from '../classify-aws-error.ts';
import { decideRetry, type RetryRules } from './decide-retry.ts';
import { isNonIdempotentFailure } from './non-idempotent-calls.ts';

type RetryStrategyV2 = Extract<NonNullable<IdentitystoreClientConfig['retryStrategy']>, { acquireInitialRetryToken: unknown }>;
type RetryToken = Awaited<ReturnType<RetryStrategyV2['acquireInitialRetryToken']>>;
type RetryErrorInfo = Parameters<RetryStrategyV2['refreshRetryTokenForRetry']>[1];

export interface UpstreamRetryOptions extends RetryRules {
  /** Floor of the adaptive rate, in calls per second. */
  readonly minRate: number;
  readonly random?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
}

/**
 * Raised instead of a call when this process's adaptive rate would make it wait longer than
 * `maxWaitMs`: the store has been throttling, and adding to its load would only be throttled again.
 * aws-error-table.ts answers it 429 with Retry-After.
 */
export class ClientSideThrottlingError extends Error {
  override readonly name = 'ClientSideThrottling';
  readonly RetryAfterSeconds: number;

  constructor(waitedMs: number) {
    super(`The gateway is pacing its Identity Store calls after throttling; no call slot within ${waitedMs} ms`);
    this.RetryAfterSeconds = Math.max(1, Math.ceil(waitedMs / 1000));
  }
}

class AttemptToken implements RetryToken {
  readonly #retries: number;

  constructor(retries: number) {
    this.#retries = retries;
  }

  getRetryCount(): number {
    return this.#retries;
  }

  /** The strategy has already waited when it hands out a token. */
  getRetryDelay(): number {
    return 0;
  }
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class UpstreamRetryStrategy implements RetryStrategyV2 {
  readonly #rules: RetryRules;
  readonly #limiter: DefaultRateLimiter;
  readonly #random: () => number;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #now: () => number;

  constructor(options: UpstreamRetryOptions) {
    this.#rules = { maxAttempts: options.maxAttempts, backoffMs: options.backoffMs, maxWaitMs: options.maxWaitMs };
    this.#limiter = new DefaultRateLimiter({ minFillRate: options.minRate });
    this.#random = options.random ?? Math.random;
    this.#sleep = options.sleep ?? realSleep;
    this.#now = options.now ?? Date.now;
  }

  async acquireInitialRetryToken(): Promise<RetryToken> {
    await this.#pace();
    return new AttemptToken(0);
  }

  async refreshRetryTokenForRetry(token: RetryToken, info: RetryErrorInfo): Promise<RetryToken> {
    this.#limiter.updateClientSendingRate(info);
    const failure = classifyAwsError(info.error);
    const decision = decideRetry(
      { failure, retries: token.getRetryCount(), nonIdempotent: isNonIdempotentFailure(info.error), hintMs: this.#hintMs(failure, info) },
      this.#rules,
      this.#random,
    );
    // Refusing a token makes the SDK's retry middleware throw the attempt's own error.
    if (decision.kind === 'give-up') throw new Error(`Identity Store call not retried: ${decision.reason}`);
    await this.#sleep(decision.delayMs);
    await this.#pace();
    return new AttemptToken(token.getRetryCount() + 1);
  }

  recordSuccess(): void {
    this.#limiter.updateClientSendingRate({});
  }

  /** The longer of the store's RetryAfterSeconds and a Retry-After header, if either came. */
  #hintMs(failure: UpstreamFailure, info: RetryErrorInfo): number | undefined {
    const fromBody = failure.retryAfterSeconds === undefined ? undefined : failure.retryAfterSeconds * 1000;
    const fromHeader = info.retryAfterHint === undefined ? undefined : Math.max(0, info.retryAfterHint.getTime() - this.#now());
    if (fromBody === undefined) return fromHeader;
    return fromHeader === undefined ? fromBody : Math.max(fromBody, fromHeader);
  }

  /**
   * Waits for the adaptive token bucket, at most maxWaitMs. A caller that gives up leaves its
   * token request queued; it takes a token later that nobody uses, which only slows this process
   * down further while the store is throttling it anyway.
   */
  async #pace(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const tooLong = new Promise<'too-long'>((resolve) => {
      timer = setTimeout(() => resolve('too-long'), this.#rules.maxWaitMs);
    });
    try {
      const outcome = await Promise.race([this.#limiter.getSendToken().then(() => 'paced' as const), tooLong]);
      if (outcome === 'too-long') throw new ClientSideThrottlingError(this.#rules.maxWaitMs);
    } finally {
      clearTimeout(timer);
    }
  }
}
