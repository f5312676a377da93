/**
 * Fault injection by rule, to test how the gateway copes with what AWS does under load:
 * throttling (ThrottlingException with RetryAfterSeconds), server errors (InternalServerException,
 * HTTP 500, with RetryAfterSeconds), added latency, dropped connections (the socket is destroyed
 * without a response: before the operation runs, or after it ran and its change was kept, which is
 * the case a client cannot tell apart and must resolve by reading), and any other modelled exception with its Reason (`error`: a disabled KMS
 * key, AccessDenied, CONCURRENT_MODIFICATION, a quota), which no emulator state can produce. A rule may target operations, fire with a probability (drawn from a seeded
 * source, so runs replay) and/or a limited number of times.
 *
 * Rules are checked in the order added: every firing latency rule adds its delay, and the first
 * firing throttle / internal-error / drop rule decides the outcome.
 */
import type { OperationName } from '../model/operations.ts';
import { seededRandom } from './seeded-random.ts';

export type FaultAction =
  | { readonly kind: 'throttle'; readonly retryAfterSeconds?: number }
  | { readonly kind: 'internal-error'; readonly retryAfterSeconds?: number }
  | { readonly kind: 'latency'; readonly ms: number }
  /** `afterApplying`: the operation runs (its change is kept), then the answer is lost. */
  | { readonly kind: 'drop-connection'; readonly afterApplying?: boolean }
  | { readonly kind: 'error'; readonly type: InjectableErrorType; readonly reason?: string; readonly message?: string };

/** Modelled exceptions an `error` rule may answer with (throttling and internal errors have their own kinds). */
export type InjectableErrorType = 'ValidationException' | 'ConflictException' | 'AccessDeniedException' | 'ServiceQuotaExceededException' | 'ResourceNotFoundException';

export interface FaultRule {
  readonly action: FaultAction;
  /** The operation the rule applies to (shorthand for a one-item `operations`). */
  readonly operation?: OperationName;
  /** Operations the rule applies to; all when neither this nor `operation` is given. */
  readonly operations?: readonly OperationName[];
  /** Chance in [0, 1] that the rule fires on a matching call; 1 when absent. */
  readonly probability?: number;
  /** How many times the rule fires before it is removed; unlimited when absent. */
  readonly times?: number;
}

/** What happens to one call: a delay, then either the operation runs or a fault answers. */
export interface FaultDecision {
  readonly delayMs: number;
  readonly fault: Exclude<FaultAction, { kind: 'latency' }> | undefined;
}

interface ActiveRule {
  readonly rule: FaultRule;
  remaining: number;
}

export class FaultInjector {
  #rules: ActiveRule[] = [];
  readonly #random: () => number;

  constructor(seed: number = Date.now()) {
    this.#random = seededRandom(seed);
  }

  /** Adds a rule; returns a function that removes it. */
  add(rule: FaultRule): () => void {
    const p = rule.probability ?? 1;
    if (!(p >= 0 && p <= 1)) throw new RangeError('probability must be between 0 and 1');
    if (rule.times !== undefined && !(Number.isInteger(rule.times) && rule.times > 0)) throw new RangeError('times must be a positive integer');
    const active: ActiveRule = { rule, remaining: rule.times ?? Number.POSITIVE_INFINITY };
    this.#rules.push(active);
    return () => {
      this.#rules = this.#rules.filter((r) => r !== active);
    };
  }

  clear(): void {
    this.#rules = [];
  }

  /** Rules still active, in order. */
  list(): FaultRule[] {
    return this.#rules.map((r) => r.rule);
  }

  decide(operation: string): FaultDecision {
    let delayMs = 0;
    let fault: FaultDecision['fault'];
    for (const active of [...this.#rules]) {
      const { rule } = active;
      if (rule.operation !== undefined && rule.operation !== operation) continue;
      if (rule.operations !== undefined && !(rule.operations as readonly string[]).includes(operation)) continue;
      if (rule.action.kind !== 'latency' && fault !== undefined) continue;
      if (rule.probability !== undefined && this.#random() >= rule.probability) continue;
      active.remaining -= 1;
      if (active.remaining <= 0) this.#rules = this.#rules.filter((r) => r !== active);
      const action = rule.action;
      switch (action.kind) {
        case 'latency':
          delayMs += action.ms;
          break;
        case 'throttle':
        case 'internal-error':
        case 'drop-connection':
        case 'error':
          fault = action;
          break;
        default: {
          const unreachable: never = action;
          throw new Error(`unhandled fault ${JSON.stringify(unreachable)}`);
        }
      }
    }
    return { delayMs, fault };
  }
}
