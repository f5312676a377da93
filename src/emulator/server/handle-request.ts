/**
 * The emulator's HTTP pipeline, one named step per line of `handleRequest`:
 * read body -> SSO portal routes -> route (POST /) -> target -> SigV4 -> body -> faults ->
 * operation -> response. Every Identity Store request ends in the call log with its outcome:
 * `refused` when it never reached an operation, `error`/`ok` otherwise, `dropped` for injected
 * connection drops (`applied` when the operation ran before the drop). This is the single place
 * that writes Identity Store error bodies.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CallLog, CallOutcome } from '../calls/call-log.ts';
import type { IdentityStoreCore } from '../core/identity-store-core.ts';
import type { CredentialRegistry } from '../credentials.ts';
import type { FaultInjector } from '../faults/fault-injector.ts';
import type { OperationName } from '../model/operations.ts';
import { parseAuthorization } from '../sigv4/parse-authorization.ts';
import { verifySigV4 } from '../sigv4/verify-sigv4.ts';
import { handleSsoPortal } from '../sso-portal/handle-sso-portal.ts';
import type { SsoPortal } from '../sso-portal/handle-sso-portal.ts';
import { IdentityStoreError } from '../wire/identity-store-error.ts';
import { parseBody, parseTarget, rawTarget } from '../wire/parse-request.ts';
import { sendError, sendJson } from '../wire/send-response.ts';
import { readBody } from './read-body.ts';

export interface EmulatorServices {
  readonly core: IdentityStoreCore;
  readonly calls: CallLog;
  readonly faults: FaultInjector;
  readonly registry: CredentialRegistry;
  readonly ssoPortal: SsoPortal;
  /**
   * Fixed at start: true when the emulator was started with credentials. Credentials the SSO
   * portal issues later are then accepted too; an emulator started without any never starts
   * refusing requests because the portal handed some out.
   */
  readonly verifySignatures: boolean;
}

/** Who signed the request, for CreatedBy/UpdatedBy when signatures are not checked. */
function claimedAccessKey(req: IncomingMessage): string {
  const header = req.headers.authorization;
  if (header === undefined) return 'anonymous';
  const parsed = parseAuthorization(header);
  return parsed.kind === 'parsed' ? parsed.value.accessKeyId : 'anonymous';
}

export async function handleRequest(req: IncomingMessage, res: ServerResponse, services: EmulatorServices): Promise<void> {
  const { core, calls, faults, registry, ssoPortal, verifySignatures } = services;
  const body = await readBody(req);
  const rawUrl = req.url ?? '/';
  const queryAt = rawUrl.indexOf('?');
  const path = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
  const query = queryAt === -1 ? '' : rawUrl.slice(queryAt + 1);
  const method = req.method ?? 'GET';

  const portal = handleSsoPortal({ method, path, query: new URLSearchParams(query), headers: req.headers, body }, registry, ssoPortal);
  if (portal !== undefined) {
    res.writeHead(portal.status, portal.headers);
    res.end(portal.body);
    return;
  }

  const requestId = randomUUID();
  let operation: string = rawTarget(req.headers);
  let input: unknown;
  const record = (outcome: CallOutcome): void => calls.record({ operation, input, outcome, at: new Date(), requestId });
  const refuse = (error: IdentityStoreError): void => {
    record({ kind: 'refused', error: error.type });
    sendError(res, error, requestId);
  };

  if (method !== 'POST' || path !== '/') return refuse(IdentityStoreError.unknownOperation(`${method} ${path}`));
  let name: OperationName;
  try {
    name = parseTarget(req.headers);
    operation = name;
  } catch (error) {
    return refuse(error as IdentityStoreError);
  }

  let actor = claimedAccessKey(req);
  if (verifySignatures) {
    const verdict = verifySigV4({ method, path, query, headers: req.headers, body }, registry);
    if (!verdict.ok) {
      record({ kind: 'refused', error: verdict.errorType });
      return sendJson(res, verdict.status, { __type: verdict.errorType, message: verdict.message }, requestId);
    }
    actor = verdict.accessKeyId;
  }

  try {
    input = parseBody(req.headers, body);
  } catch (error) {
    return refuse(error as IdentityStoreError);
  }

  const { delayMs, fault } = faults.decide(name);
  if (delayMs > 0) await sleep(delayMs);
  if (fault !== undefined) {
    switch (fault.kind) {
      case 'drop-connection':
        if (fault.afterApplying !== true) return dropConnection(req, record, false);
        break;
      case 'throttle':
      case 'internal-error':
      case 'error': {
        const error = fault.kind === 'throttle'
          ? IdentityStoreError.throttling(fault.retryAfterSeconds ?? 1)
          : fault.kind === 'internal-error'
            ? IdentityStoreError.internal(fault.retryAfterSeconds)
            : IdentityStoreError.injected(fault.type, fault.message ?? `Injected ${fault.type}.`, fault.reason);
        record({ kind: 'error', error: error.type, injected: true });
        return sendError(res, error, requestId);
      }
      default: {
        const unreachable: never = fault;
        throw new Error(`unhandled fault ${JSON.stringify(unreachable)}`);
      }
    }
  }

  let output: Record<string, unknown>;
  try {
    output = core.invoke(name, input, { actor });
  } catch (error) {
    // Anything but an IdentityStoreError is a bug: answer a generic 500, never the cause.
    const wire = error instanceof IdentityStoreError ? error : IdentityStoreError.internal();
    if (!(error instanceof IdentityStoreError)) console.error(`identity store emulator: ${operation} failed (request ${requestId})`, error);
    if (fault?.kind === 'drop-connection') return dropConnection(req, record, false);
    record({ kind: 'error', error: wire.type, injected: false });
    return sendError(res, wire, requestId);
  }
  // afterApplying: the change is kept, only the answer is lost.
  if (fault?.kind === 'drop-connection') return dropConnection(req, record, true);
  record({ kind: 'ok' });
  sendJson(res, 200, output, requestId);
}

/** Destroys the socket without an answer; the client sees ECONNRESET ("socket hang up"). */
function dropConnection(req: IncomingMessage, record: (outcome: CallOutcome) => void, applied: boolean): void {
  record(applied ? { kind: 'dropped', applied: true } : { kind: 'dropped' });
  req.socket.destroy();
}
