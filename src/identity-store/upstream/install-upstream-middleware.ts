/**
 * Two middlewares on the SDK client's stack, around the retry middleware:
 *
 *   initialize (once per call)     callFinished: operation, outcome, duration, attempts
 *     finalizeRequest: retry        (upstream-retry-strategy.ts)
 *       deserialize (per attempt)  concurrency permit; throttles counted; failures of creates marked
 *
 * The permit is taken per attempt, so a call sleeping in backoff does not hold one.
 */
import type { IdentitystoreClient } from '@aws-sdk/client-identitystore';
import { classifyAwsError } from '../classify-aws-error.ts';
import { attemptsOf, outcomeOf } from './call-facts.ts';
import { markNonIdempotentFailure, NON_IDEMPOTENT_OPERATIONS } from './non-idempotent-calls.ts';
import type { Semaphore } from './semaphore.ts';
import type { UpstreamObserver } from './upstream-observer.ts';

/** `CreateUserCommand` -> `CreateUser`. */
function operationOf(context: { readonly commandName?: string }): string {
  return (context.commandName ?? 'Unknown').replace(/Command$/, '');
}

export function installUpstreamMiddleware(client: IdentitystoreClient, permits: Semaphore, observer: UpstreamObserver): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const operation = operationOf(context);
      const started = performance.now();
      try {
        const result = await next(args);
        observer.callFinished({ operation, outcome: 'ok', durationMs: performance.now() - started, attempts: attemptsOf(result.output) });
        return result;
      } catch (error) {
        observer.callFinished({ operation, outcome: outcomeOf(error), durationMs: performance.now() - started, attempts: attemptsOf(error) });
        throw error;
      }
    },
    { step: 'initialize', name: 'scimBridgeUpstreamCall', priority: 'high' },
  );

  client.middlewareStack.add(
    (next, context) => async (args) => {
      const operation = operationOf(context);
      const release = await permits.acquire();
      observer.inFlightChanged(permits.inUse);
      try {
        return await next(args);
      } catch (error) {
        if (classifyAwsError(error).exception === 'ThrottlingException') observer.attemptThrottled(operation);
        if (NON_IDEMPOTENT_OPERATIONS.has(operation)) markNonIdempotentFailure(error);
        throw error;
      } finally {
        release();
        observer.inFlightChanged(permits.inUse);
      }
    },
    { step: 'deserialize', name: 'scimBridgeUpstreamAttempt', priority: 'high' },
  );
}
