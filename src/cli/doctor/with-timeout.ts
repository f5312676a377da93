/**
 * Bounds one doctor check in time. The SDK has no overall deadline by default, and a black-holed
 * endpoint would otherwise hang the report until the operating system gives up on the socket.
 */

export class CheckTimeoutError extends Error {
  override readonly name = 'CheckTimeoutError';
}

export async function withTimeout<T>(ms: number, what: string, run: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CheckTimeoutError(`${what} did not answer within ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([run(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
