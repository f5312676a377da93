/**
 * A small promise pool: runs `work` over `items` with at most `concurrency` calls in flight, so a
 * thousand-member change neither waits on one call at a time nor opens a thousand requests at
 * once (which the Identity Store would answer with ThrottlingException).
 *
 * After the first failure no new item is started (`stopOnFailure`): when the store throttles or
 * fails, more calls only make it worse, and the caller reports what was not attempted. Items
 * already in flight finish, and their outcomes are reported.
 */

export type PoolOutcome<R> =
  | { readonly kind: 'done'; readonly value: R }
  | { readonly kind: 'failed'; readonly error: unknown }
  /** Not started because an earlier item failed. */
  | { readonly kind: 'skipped' };

export interface PoolOptions {
  readonly concurrency: number;
  readonly stopOnFailure: boolean;
}

export async function runPool<T, R>(items: readonly T[], options: PoolOptions, work: (item: T) => Promise<R>): Promise<PoolOutcome<R>[]> {
  if (!(Number.isInteger(options.concurrency) && options.concurrency >= 1)) throw new RangeError('concurrency must be a positive integer');
  const outcomes: PoolOutcome<R>[] = items.map(() => ({ kind: 'skipped' }));
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (next < items.length && !(failed && options.stopOnFailure)) {
      const index = next;
      next += 1;
      try {
        outcomes[index] = { kind: 'done', value: await work(items[index] as T) };
      } catch (error) {
        failed = true;
        outcomes[index] = { kind: 'failed', error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, items.length) }, worker));
  return outcomes;
}
