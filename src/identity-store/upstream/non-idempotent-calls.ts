/**
 * Identity Store operations that create a resource. The API takes no idempotency token for them, so
 * sending one twice can create twice (or fail the second time with a uniqueness conflict, which an
 * IdP would read as "someone else has this userName"). Their failures are marked as they pass the
 * attempt middleware, so the retry strategy can tell them apart: the SDK's RetryStrategyV2 sees the
 * error, not the command.
 */

export const NON_IDEMPOTENT_OPERATIONS: ReadonlySet<string> = new Set(['CreateUser', 'CreateGroup']);

const nonIdempotentFailures = new WeakSet<object>();

export function markNonIdempotentFailure(error: unknown): void {
  if (typeof error === 'object' && error !== null) nonIdempotentFailures.add(error);
}

export function isNonIdempotentFailure(error: unknown): boolean {
  return typeof error === 'object' && error !== null && nonIdempotentFailures.has(error);
}
