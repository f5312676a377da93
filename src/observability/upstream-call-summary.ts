/**
 * What one request cost upstream, for its access line: how many Identity Store calls it made, of
 * which operations, how long they took in total, how many attempts were retries, how many calls
 * were answered "no such resource" and how many failed otherwise. The HTTP layer makes one per
 * request and hands it down in the ScimRequestContext; the AWS adapter adds each call it makes for
 * the request (src/translate/request-store.ts), and `onCall` sees each one as it is added (the
 * per-call debug line).
 */
import type { UpstreamCallTally } from '../identity-store/port.ts';
import type { UpstreamCall } from '../identity-store/upstream/upstream-observer.ts';
import type { LogFields } from './logger.ts';

/** Milliseconds to the microsecond, like the request line's own `ms`. */
function roundMs(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** The fields of one call's `upstream call` debug line. */
export function upstreamCallLine(requestId: string, call: UpstreamCall): LogFields {
  return { requestId, operation: call.operation, outcome: call.outcome, ms: roundMs(call.durationMs), attempts: call.attempts };
}

export interface UpstreamCallFields {
  readonly calls: number;
  /** Summed over the calls: more than the request took when calls ran in parallel (membership writes). */
  readonly ms: number;
  /** Attempts beyond the first, over all calls. */
  readonly retries: number;
  /**
   * Calls answered that the user, group or membership does not exist: a lookup that found nothing
   * (a 404, a membership looked up before it is removed) or a resource deleted meanwhile. Kept out
   * of `failed`, so `failed` can be alerted on (a missing identity store is a failure).
   */
  readonly notFound: number;
  /** Calls that ended in any other error after their retries (throttled out, denied, store errors). */
  readonly failed: number;
  /** Calls per operation, e.g. `{ "DescribeUser": 1, "UpdateUser": 1 }`. */
  readonly operations: Readonly<Record<string, number>>;
}

export class UpstreamCallSummary implements UpstreamCallTally {
  #calls = 0;
  #ms = 0;
  #retries = 0;
  #notFound = 0;
  #failed = 0;
  readonly #operations = new Map<string, number>();
  readonly #onCall: ((call: UpstreamCall) => void) | undefined;

  constructor(onCall?: (call: UpstreamCall) => void) {
    this.#onCall = onCall;
  }

  add(call: UpstreamCall): void {
    this.#onCall?.(call);
    this.#calls += 1;
    this.#ms += call.durationMs;
    this.#retries += Math.max(0, call.attempts - 1);
    if (call.missingResource === true) this.#notFound += 1;
    else if (call.outcome !== 'ok') this.#failed += 1;
    this.#operations.set(call.operation, (this.#operations.get(call.operation) ?? 0) + 1);
  }

  /** The fields for the access line; undefined when the request made no call, which keeps such lines short. */
  fields(): UpstreamCallFields | undefined {
    if (this.#calls === 0) return undefined;
    return {
      calls: this.#calls,
      ms: roundMs(this.#ms),
      retries: this.#retries,
      notFound: this.#notFound,
      failed: this.#failed,
      operations: Object.fromEntries(this.#operations),
    };
  }
}
