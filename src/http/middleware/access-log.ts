/**
 * One log line per request once the response is finished: who (the token's subject), what (method,
 * path without the query string, which can carry filter values such as e-mail addresses; the route
 * template and the SCIM operation, e.g. `User.patch`), the status, how long it took, and what it
 * cost upstream (`upstream`: Identity Store calls by operation, their summed time, retries and
 * failures; absent when it made none). The request id ties it to error and audit lines, and to
 * the "upstream call" line written for each Identity Store call at `debug`.
 */
import type { RequestHandler } from 'express';
import type { Logger } from '../../observability/logger.ts';
import { UpstreamCallSummary, upstreamCallLine } from '../../observability/upstream-call-summary.ts';
import { describeRoute, scimOperationOf } from '../describe-route.ts';
import { principalOf, requestIdOf, setUpstreamCalls } from '../request-context.ts';

export function accessLog(logger: Logger): RequestHandler {
  const debug = logger.isEnabled('debug');
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdOf(res);
    const upstream = new UpstreamCallSummary(debug ? (call) => logger.debug('upstream call', upstreamCallLine(requestId, call)) : undefined);
    setUpstreamCalls(res, upstream);
    res.once('finish', () => {
      const principal = principalOf(res);
      // originalUrl: req.path is relative to the router that answered by the time 'finish' fires.
      const path = req.originalUrl.split('?')[0] ?? '';
      const route = describeRoute(req.method, path);
      const operation = scimOperationOf(route);
      const calls = upstream.fields();
      logger.info('request', {
        requestId,
        method: req.method,
        path,
        route: route.route,
        ...(operation === undefined ? {} : { operation }),
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        ...(principal === undefined ? {} : { subject: principal.subject }),
        ...(calls === undefined ? {} : { upstream: calls }),
      });
    });
    next();
  };
}
