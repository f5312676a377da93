/**
 * While the gateway drains for shutdown, every response asks the client to close its connection
 * (`Connection: close`), so an IdP's keep-alive pool reconnects, through the load balancer, to an
 * instance that stays up instead of sending its next request to one that is going away.
 */
import type { RequestHandler } from 'express';

export function closeWhileDraining(draining: () => boolean): RequestHandler {
  return (_req, res, next) => {
    if (draining()) res.set('Connection', 'close');
    next();
  };
}
