/**
 * What the Identity Store client reports about its calls, in the project's own terms, so the AWS
 * layer does not know about logs or Prometheus: the composition root hands in an observer that
 * does (src/observability/upstream-telemetry.ts).
 */

/** `ok`, or the aws-error-table.ts exception that failed the call (`other` for the catch-all row). */
export type UpstreamOutcome = string;

export interface UpstreamCall {
  /** The Identity Store operation, e.g. `CreateUser`. */
  readonly operation: string;
  readonly outcome: UpstreamOutcome;
  /** From the first attempt to the answer, backoff and pacing included. */
  readonly durationMs: number;
  /** Attempts sent (1 = no retry). 0 when the call never left the process (client-side pacing). */
  readonly attempts: number;
  /**
   * The store answered that the user, group or membership does not exist (a lookup's miss, or a
   * resource deleted meanwhile), as opposed to a failure. Set by the AWS adapter, which tells the
   * two apart (a missing identity store is a failure); absent in what the SDK middleware reports.
   */
  readonly missingResource?: boolean;
}

export interface UpstreamObserver {
  /** One call finished, after its retries. */
  callFinished(call: UpstreamCall): void;
  /** One attempt was answered with a ThrottlingException. */
  attemptThrottled(operation: string): void;
  /** The number of attempts in flight (holding a concurrency permit) changed. */
  inFlightChanged(inFlight: number): void;
}

export const NO_UPSTREAM_OBSERVER: UpstreamObserver = {
  callFinished: () => undefined,
  attemptThrottled: () => undefined,
  inFlightChanged: () => undefined,
};
