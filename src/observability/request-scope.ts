/**
 * The request a piece of code runs for, without passing it down every layer: the HTTP layer opens
 * a scope per request (src/http/middleware/request-scope.ts) and the logger adds its request id
 * to every line written inside it, so an Identity Store call logged deep in the AWS adapter can be
 * matched with the request that caused it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestScope {
  readonly requestId: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(scope: RequestScope, run: () => T): T {
  return storage.run(scope, run);
}

export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}
