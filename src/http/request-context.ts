/**
 * Typed access to what middleware attaches to a response (`res.locals` is untyped in express):
 * the request id from request-id.ts, the principal from authenticate.ts and the upstream call
 * summary from access-log.ts.
 */
import type { Response } from 'express';
import type { Principal } from '../auth/token-claims.ts';
import type { UpstreamCallSummary } from '../observability/upstream-call-summary.ts';

const REQUEST_ID = 'scimBridgeRequestId';
const PRINCIPAL = 'scimBridgePrincipal';
const UPSTREAM_CALLS = 'scimBridgeUpstreamCalls';

export function setRequestId(res: Response, requestId: string): void {
  res.locals[REQUEST_ID] = requestId;
}

/** `unknown` if the request-id middleware did not run (it always does in createApp). */
export function requestIdOf(res: Response): string {
  const value: unknown = res.locals[REQUEST_ID];
  return typeof value === 'string' ? value : 'unknown';
}

export function setPrincipal(res: Response, principal: Principal): void {
  res.locals[PRINCIPAL] = principal;
}

export function principalOf(res: Response): Principal | undefined {
  return res.locals[PRINCIPAL] as Principal | undefined;
}

export function setUpstreamCalls(res: Response, summary: UpstreamCallSummary): void {
  res.locals[UPSTREAM_CALLS] = summary;
}

/** `undefined` where no access log runs (then calls are not counted per request). */
export function upstreamCallsOf(res: Response): UpstreamCallSummary | undefined {
  return res.locals[UPSTREAM_CALLS] as UpstreamCallSummary | undefined;
}
