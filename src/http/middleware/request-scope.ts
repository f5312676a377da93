/**
 * Runs the rest of the request inside a request scope (src/observability/request-scope.ts), so
 * every log line written on its behalf, down to an Identity Store call in the AWS adapter, carries
 * its request id. Mounted right after requestId, and only when debug lines are written: the lines
 * of the HTTP layer (request, audit, errors) name their request themselves, and only the debug
 * "upstream call" line is written where the request is not at hand. The scope is not free: on
 * Node 20 an AsyncLocalStorage puts a hook on every promise the process creates, the SDK's and the
 * emulator's included, which cost about 0.25 ms of CPU per POST /Users (a fifth of it) in the
 * benchmark (docs/performance.md).
 */
import type { RequestHandler } from 'express';
import { runInRequestScope } from '../../observability/request-scope.ts';
import { requestIdOf } from '../request-context.ts';

export const requestScope: RequestHandler = (_req, res, next) => {
  runInRequestScope({ requestId: requestIdOf(res) }, next);
};
