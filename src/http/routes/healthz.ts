/**
 * GET /healthz: liveness. Answers as long as the process can serve HTTP; deliberately checks no
 * dependency, so an Identity Store outage does not get every instance restarted (that is /readyz).
 */
import type { RequestHandler } from 'express';

export const healthz: RequestHandler = (_req, res) => {
  res.set('Cache-Control', 'no-store').json({ status: 'ok' });
};
