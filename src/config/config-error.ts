/**
 * The one error configuration loading throws. It carries every problem found, each naming its
 * variable, so an operator fixes the environment in one pass instead of one restart per key.
 */

export interface ConfigIssue {
  /** The environment variable at fault, e.g. `PORT`. */
  readonly variable: string;
  /** What is wrong, without echoing secret values. */
  readonly problem: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'ERR_SCIM_BRIDGE_CONFIG';
  readonly issues: readonly ConfigIssue[];

  constructor(issues: readonly ConfigIssue[]) {
    const lines = issues.map((issue) => `  - ${issue.variable}: ${issue.problem}`);
    super(`Invalid configuration (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
    this.issues = Object.freeze([...issues]);
  }
}

export function isConfigError(value: unknown): value is ConfigError {
  return value instanceof ConfigError;
}
