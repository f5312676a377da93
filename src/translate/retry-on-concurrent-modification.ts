/**
 * Retries a read-modify-write when the Identity Store answers ConflictException
 * CONCURRENT_MODIFICATION (the error table marks it `retry: 'backoff'`): another writer changed the
 * user or group between our read and our write, so the whole step is run again from a fresh read. Small
 * jittered backoff ("full jitter") keeps two gateways from colliding again in lockstep. After the
 * last attempt the error surfaces and maps to 409 (docs/error-mapping.md).
 *
 * Throttling and 5xx are not retried here: the SDK's own retry strategy already handles them.
 */
import { isIdentityStoreCallError } from '../identity-store/identity-store-call-error.ts';

export interface RetryOptions {
  /** Attempts in total, the first included. */
  readonly attempts?: number;
  /** Upper bound of the first backoff in ms; doubled per attempt. */
  readonly baseDelayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

export function isConcurrentModification(error: unknown): boolean {
  return isIdentityStoreCallError(error) && error.failure.exception === 'ConflictException' && error.failure.rule.retry === 'backoff';
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function retryOnConcurrentModification<T>(run: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 4;
  const baseDelayMs = options.baseDelayMs ?? 25;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isConcurrentModification(error)) throw error;
      await sleep(Math.floor(random() * baseDelayMs * 2 ** (attempt - 1)));
    }
  }
}
