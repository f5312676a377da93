/**
 * A counting semaphore with a FIFO queue: bounds how many Identity Store calls one gateway process
 * has in flight, so a burst of IdP requests queues here instead of opening a socket each and
 * tripping AWS's per-account rate limits all at once.
 */

export class Semaphore {
  readonly #limit: number;
  #inUse = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(limit: number) {
    if (!(Number.isInteger(limit) && limit > 0)) throw new RangeError('limit must be a positive integer');
    this.#limit = limit;
  }

  get inUse(): number {
    return this.#inUse;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  /** Resolves with a release function once a permit is free; call it exactly once. */
  async acquire(): Promise<() => void> {
    if (this.#inUse < this.#limit) {
      this.#inUse += 1;
    } else {
      // The releaser hands its permit straight to the next in line, so inUse stays as it is.
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiting.shift();
      if (next === undefined) this.#inUse -= 1;
      else next();
    };
  }
}
