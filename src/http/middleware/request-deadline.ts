/**
 * The per-request deadline: a SCIM request that has not been answered within the configured time
 * (SCIM_BRIDGE_REQUEST_TIMEOUT_SECONDS) is answered 503 with a SCIM error body through the error
 * boundary, so an IdP sees a retryable failure instead of waiting on a hung upstream until its own
 * timeout. The handler itself cannot be stopped; when it finishes later, whatever it tries to
 * write is dropped by the error boundary (`answeredByDeadline`) and logged, and the connection
 * is kept.
 */
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { ScimError } from '../../scim/errors.ts';

const answered = new WeakSet<Response>();

/** True once the deadline has answered this response: later writes are the late handler's. */
export function answeredByDeadline(res: Response): boolean {
  return answered.has(res);
}

/** `boundary` is the app's error handler: the one place that writes error bodies. */
export function requestDeadline(timeoutMs: number, boundary: ErrorRequestHandler): RequestHandler {
  const seconds = Math.round(timeoutMs / 100) / 10;
  return (req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      const error = ScimError.unavailable(`The request did not complete within ${seconds} seconds; it may still take effect, so retry it or read the resource before retrying.`);
      boundary(error, req, res, () => undefined);
      // Marked after answering: the boundary drops whatever a marked response is sent later.
      answered.add(res);
    }, timeoutMs);
    // 'close' fires when the response is finished or the client went away.
    res.once('close', () => clearTimeout(timer));
    next();
  };
}
