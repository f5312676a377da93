/**
 * One log line per request once the response is finished: who (the token's subject), what (method,
 * path without the query string, which can carry filter values such as e-mail addresses; the route
 * template and the SCIM operation, e.g. `User.patch`), the status and how long it took. The
 * request id ties it to error lines and to the Identity Store calls logged at debug.
 */
import type { RequestHandler } from 'express';
import type { Logger } from '../../observability/logger.ts';
import { describeRoute, scimOperationOf } from '../describe-route.ts';
import { principalOf, requestIdOf } from '../request-context.ts';

export function accessLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const principal = principalOf(res);
      // originalUrl: req.path is relative to the router that answered by the time 'finish' fires.
      const path = req.originalUrl.split('?')[0] ?? '';
      const route = describeRoute(req.method, path);
      const operation = scimOperationOf(route);
      logger.info('request', {
        requestId: requestIdOf(res),
        method: req.method,
        path,
        route: route.route,
        ...(operation === undefined ? {} : { operation }),
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        ...(principal === undefined ? {} : { subject: principal.subject }),
      });
    });
    next();
  };
}
