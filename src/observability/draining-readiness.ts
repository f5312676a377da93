/**
 * The readiness check that fails once shutdown has begun: /readyz answers 503 while in-flight
 * requests drain, so a load balancer stops routing new ones here before the listener is gone.
 */
import type { ReadinessCheck } from './readiness.ts';

export function drainingReadiness(isDraining: () => boolean): ReadinessCheck {
  return {
    name: 'shutdown',
    check: () => (isDraining() ? Promise.reject(Object.assign(new Error('shutting down'), { code: 'DRAINING' })) : Promise.resolve()),
  };
}
