/**
 * Whether, and after how long, a failed Identity Store call attempt is sent again. Pure: the
 * retry strategy (upstream-retry-strategy.ts) feeds it the classified failure and acts on the answer.
 *
 * - Only rows of aws-error-table.ts marked `backoff` are retried. CONCURRENT_MODIFICATION is one,
 *   but re-sending the same write would overwrite the other writer's change: the translation layer
 *   retries it from a fresh read instead (src/translate/retry-on-concurrent-modification.ts).
 * - A call that creates something (CreateUser, CreateGroup) is re-sent only after a throttle, which
 *   AWS answers before doing anything. Any other failure may come after the store applied it; the
 *   adapter resolves that by looking the resource up (create-exactly-once.ts), never by re-sending.
 * - Full-jitter exponential backoff (AWS Architecture Blog, "Exponential Backoff And Jitter"), but
 *   never shorter than the store's RetryAfterSeconds. A wait longer than `maxWaitMs` is not waited
 *   inside a SCIM request: the failure is answered at once with Retry-After, and the IdP waits.
 */
import type { UpstreamFailure } from '../classify-aws-error.ts';

export interface RetryRules {
  /** Attempts in total, the first included. */
  readonly maxAttempts: number;
  /** Upper bound of the first backoff, doubled per retry. */
  readonly backoffMs: number;
  /** Longest single wait. */
  readonly maxWaitMs: number;
}

export interface FailedAttempt {
  readonly failure: UpstreamFailure;
  /** Retries made before this attempt (0 when the first attempt failed). */
  readonly retries: number;
  /** The call creates a resource: re-sending it after an ambiguous failure could create it twice. */
  readonly nonIdempotent: boolean;
  /** How long the store asked us to wait (RetryAfterSeconds, a Retry-After header), in ms. */
  readonly hintMs: number | undefined;
}

export type GiveUpReason = 'not-retryable' | 'may-have-applied' | 'attempts-exhausted' | 'wait-too-long';

export type RetryDecision =
  | { readonly kind: 'retry'; readonly delayMs: number }
  | { readonly kind: 'give-up'; readonly reason: GiveUpReason };

const giveUp = (reason: GiveUpReason): RetryDecision => ({ kind: 'give-up', reason });

export function decideRetry(attempt: FailedAttempt, rules: RetryRules, random: () => number): RetryDecision {
  const { failure } = attempt;
  if (failure.rule.retry !== 'backoff' || failure.exception === 'ConflictException') return giveUp('not-retryable');
  if (attempt.nonIdempotent && failure.exception !== 'ThrottlingException') return giveUp('may-have-applied');
  if (attempt.retries + 1 >= rules.maxAttempts) return giveUp('attempts-exhausted');
  const hintMs = attempt.hintMs ?? 0;
  if (hintMs > rules.maxWaitMs) return giveUp('wait-too-long');
  const ceiling = Math.min(rules.maxWaitMs, rules.backoffMs * 2 ** attempt.retries);
  return { kind: 'retry', delayMs: Math.max(Math.floor(random() * ceiling), Math.ceil(hintMs)) };
}
