/**
 * What an SDK call's result or error says about how it went, in the terms of UpstreamCall:
 * the outcome (a metric label, so bounded by the error table) and the attempts the SDK sent.
 */
import { classifyAwsError, type UpstreamFailure } from '../classify-aws-error.ts';
import type { UpstreamOutcome } from './upstream-observer.ts';

export function outcomeOf(error: unknown): UpstreamOutcome {
  return outcomeOfFailure(classifyAwsError(error));
}

/** The same, for an error already classified. */
export function outcomeOfFailure(failure: UpstreamFailure): UpstreamOutcome {
  // The catch-all row would otherwise let any error name become a metric label.
  return failure.rule.exception === '*' ? 'other' : failure.exception;
}

/** `$metadata.attempts` of an SDK output or error; 0 when absent (the call never left the process). */
export function attemptsOf(value: unknown): number {
  const metadata = typeof value === 'object' && value !== null ? (value as { $metadata?: { attempts?: unknown } }).$metadata : undefined;
  return typeof metadata?.attempts === 'number' ? metadata.attempts : 0;
}
