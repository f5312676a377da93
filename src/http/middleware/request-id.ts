/**
 * Gives every request an id, echoed as `X-Request-Id` and quoted in 5xx bodies, so an IdP admin's
 * failed provisioning event can be matched with our logs. A sane incoming id (from a load balancer
 * or proxy) is kept so one id follows the request end to end.
 */
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { setRequestId } from '../request-context.ts';

const ACCEPTABLE_ID = /^[\w.:-]{1,128}$/;

export const requestId: RequestHandler = (req, res, next) => {
  const incoming = req.get('x-request-id');
  const id = incoming !== undefined && ACCEPTABLE_ID.test(incoming) ? incoming : randomUUID();
  setRequestId(res, id);
  res.set('X-Request-Id', id);
  next();
};
