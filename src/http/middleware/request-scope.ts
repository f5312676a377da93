/**
 * Runs the rest of the request inside a request scope (src/observability/request-scope.ts), so
 * every log line written on its behalf, down to an Identity Store call in the AWS adapter, carries
 * its request id. Mounted right after requestId.
 */
import type { RequestHandler } from 'express';
import { runInRequestScope } from '../../observability/request-scope.ts';
import { requestIdOf } from '../request-context.ts';

export const requestScope: RequestHandler = (_req, res, next) => {
  runInRequestScope({ requestId: requestIdOf(res) }, next);
};
