/**
 * One line of the `scim-bridge doctor` report: what was checked, how it went, and for anything
 * that is not ok, what the operator should do. Never carries a secret: summaries name variables
 * and resources, not their secret values.
 */

export type CheckStatus = 'ok' | 'warn' | 'fail' | 'skip';

export interface CheckResult {
  readonly name: string;
  readonly status: CheckStatus;
  /** What was found, in one sentence. */
  readonly summary: string;
  /** What to do about it (fail and warn), or how to run what was skipped. */
  readonly advice?: string;
}

export const check = (name: string, status: CheckStatus, summary: string, advice?: string): CheckResult =>
  advice === undefined ? { name, status, summary } : { name, status, summary, advice };

/** Later checks that could not run because an earlier one failed. */
export const skippedAfter = (name: string, earlier: string): CheckResult => check(name, 'skip', `not checked: ${earlier} failed`);
