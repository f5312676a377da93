/**
 * Typed access to what middleware attaches to a response (`res.locals` is untyped in express):
 * the request id from request-id.ts and the principal from authenticate.ts.
 */
import type { Response } from 'express';
import type { Principal } from '../auth/token-claims.ts';

const REQUEST_ID = 'scimBridgeRequestId';
const PRINCIPAL = 'scimBridgePrincipal';

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
