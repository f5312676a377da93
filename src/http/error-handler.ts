/**
 * The one error boundary (style.md practice 4; RFC 7644 section 3.12 bodies). Everything thrown or
 * passed to `next(err)` on any route ends here:
 * - ScimError: its own body. Every ScimError detail is written by this project for the person who
 *   must act (the IdP admin for 4xx; the operator for 5xx, e.g. "the identity store's KMS key is
 *   disabled" from docs/error-mapping.md), never an upstream message verbatim in a 5xx; 5xx
 *   details get the request id appended, and the cause chain is logged (redacted).
 * - Anything else (a bug, an unexpected exception): a generic 500 detail with the request id; the
 *   cause is logged, never sent. No stack trace ever reaches a client.
 */
import type { ErrorRequestHandler, Response } from 'express';
import { isScimError, ScimError, type ScimErrorBody } from '../scim/errors.ts';
import type { Logger } from '../observability/logger.ts';
import { mapBodyParserError } from './map-body-parser-error.ts';
import { mapRequestDecodingError } from './map-request-decoding-error.ts';
import { answeredByDeadline } from './middleware/request-deadline.ts';
import { requestIdOf } from './request-context.ts';
import { sendScim } from './send-scim.ts';

export const BEARER_CHALLENGE = 'Bearer realm="scim-bridge"';

export function createErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    const requestId = requestIdOf(res);
    const known = isScimError(error) ? error : (mapBodyParserError(error) ?? mapRequestDecodingError(error));
    if (answeredByDeadline(res)) {
      // The deadline already answered 503; this is the handler finishing late. Keep the connection.
      logger.warn('request finished after its deadline', { requestId, method: req.method, path: req.originalUrl.split('?')[0], error });
      return;
    }
    if (res.headersSent) {
      // Too late for a body: let express end the connection; the client sees a truncated response.
      logger.error('error after response started', { requestId, method: req.method, path: req.originalUrl.split('?')[0], error });
      next(error);
      return;
    }
    if (known === undefined) {
      logger.error('request failed', { requestId, method: req.method, path: req.originalUrl.split('?')[0], error });
      sendScim(res, 500, ScimError.internal(`Internal server error (request id ${requestId}).`).toBody());
      return;
    }
    if (known.status >= 500) logger.error('request failed', { requestId, method: req.method, path: req.originalUrl.split('?')[0], error: known });
    else logger.debug('request refused', { requestId, method: req.method, path: req.originalUrl.split('?')[0], status: known.status, detail: known.detail });
    const body: ScimErrorBody = known.status >= 500 ? { ...known.toBody(), detail: `${known.detail} (request id ${requestId})` } : known.toBody();
    setChallengeAndRetry(res, known);
    sendScim(res, known.status, body);
  };
}

function setChallengeAndRetry(res: Response, error: ScimError): void {
  // RFC 6750 section 3: every 401 carries a Bearer challenge; authenticate.ts may have set a richer one.
  if (error.status === 401 && !res.hasHeader('WWW-Authenticate')) res.set('WWW-Authenticate', BEARER_CHALLENGE);
  if (error.retryAfterSeconds !== undefined) res.set('Retry-After', String(Math.max(0, Math.ceil(error.retryAfterSeconds))));
}
