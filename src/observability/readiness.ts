/**
 * Readiness: can this instance serve SCIM requests right now? Each dependency contributes a check
 * (gateway state, Identity Store reachability); all run in parallel under one deadline so a hung
 * dependency makes /readyz answer 503 quickly instead of hanging the orchestrator's probe.
 */

export interface ReadinessCheck {
  readonly name: string;
  /** Resolves when the dependency is usable; rejects (or hangs past the deadline) when it is not. */
  readonly check: (signal: AbortSignal) => Promise<void>;
}

export type CheckOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string; readonly error: unknown };

export interface ReadinessReport {
  readonly ready: boolean;
  readonly checks: Readonly<Record<string, CheckOutcome>>;
}

export const READINESS_TIMEOUT_MS = 3000;

export async function checkReadiness(checks: readonly ReadinessCheck[], timeoutMs = READINESS_TIMEOUT_MS): Promise<ReadinessReport> {
  const outcomes = await Promise.all(checks.map(async ({ name, check }) => [name, await runOne(check, timeoutMs)] as const));
  return { ready: outcomes.every(([, outcome]) => outcome.ok), checks: Object.fromEntries(outcomes) };
}

async function runOne(check: ReadinessCheck['check'], timeoutMs: number): Promise<CheckOutcome> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`timed out after ${timeoutMs} ms`);
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  try {
    await Promise.race([check(controller.signal), deadline]);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: shortReason(error), error };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * /readyz is unauthenticated, so it names what failed (an error code or class) but not the full
 * message, which may carry host names or account ids; the full error is logged instead.
 */
function shortReason(error: unknown): string {
  if (!(error instanceof Error)) return 'failed';
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code !== '') return code;
  if (error.message.startsWith('timed out after')) return error.message;
  // SDK errors wrap connection failures in a cause (AggregateError for happy-eyeballs attempts).
  const cause = error.cause instanceof Error ? shortReason(error.cause) : undefined;
  return cause !== undefined && cause !== 'failed' && cause !== 'Error' ? cause : error.name;
}
