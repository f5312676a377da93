/**
 * The record of every Identity Store request the emulator answered, so tests can assert call
 * budgets ("GET /Users/{id} costs exactly one DescribeUser") and that a refused SCIM request
 * reached the Identity Store not at all.
 */

export type CallOutcome =
  | { readonly kind: 'ok' }
  /** The operation answered with an error (validation, not found, injected throttling, ...). */
  | { readonly kind: 'error'; readonly error: string; readonly injected: boolean }
  /** Refused before the operation ran: bad signature, unknown target, undecodable body. */
  | { readonly kind: 'refused'; readonly error: string }
  /** A fault rule destroyed the connection without an answer; `applied` when the operation ran first. */
  | { readonly kind: 'dropped'; readonly applied?: true };

export interface RecordedCall {
  /** The operation name from `X-Amz-Target` (`CreateUser`), or the raw target when unknown. */
  readonly operation: string;
  readonly input: unknown;
  readonly outcome: CallOutcome;
  readonly at: Date;
  readonly requestId: string;
}

export class CallLog {
  #calls: RecordedCall[] = [];

  record(call: RecordedCall): void {
    this.#calls.push(call);
  }

  /** A copy of the calls so far, oldest first. */
  list(): RecordedCall[] {
    return [...this.#calls];
  }

  clear(): void {
    this.#calls = [];
  }

  /** How many calls were made, of one operation when given. */
  count(operation?: string): number {
    return operation === undefined ? this.#calls.length : this.#calls.filter((c) => c.operation === operation).length;
  }
}
