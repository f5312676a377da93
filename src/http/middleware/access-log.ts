/**
 * One log line per request once the response is finished: who (the token's subject), what
 * (method and path, without the query string, which can carry filter values such as e-mail
 * addresses), the status and how long it took. The request id ties it to error lines.
 */
import type { RequestHandler } from 'express';
import type { Logger } from '../../observability/logger.ts';
import { principalOf, requestIdOf } from '../request-context.ts';

export function accessLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const principal = principalOf(res);
      logger.info('request', {
        requestId: requestIdOf(res),
        method: req.method,
        // originalUrl: req.path is relative to the router that answered by the time 'finish' fires.
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        ...(principal === undefined ? {} : { subject: principal.subject }),
      });
    });
    next();
  };
}
