/**
 * The seed of a fuzz run: FUZZ_SEED from the environment when given (to replay a failure), else a
 * fresh random one. Every fuzz file prints it, and failure messages repeat it, so
 * `FUZZ_SEED=<seed> npm test` (or the single file) generates the same inputs again.
 */

export function fuzzSeed(): number {
  const given = process.env['FUZZ_SEED'];
  if (given === undefined || given.trim() === '') return Math.floor(Math.random() * 0x7fffffff);
  const seed = Number(given.trim());
  if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be an integer (got ${JSON.stringify(given)})`);
  // fast-check seeds are 32-bit; anything larger would be truncated silently and not replay.
  return seed | 0;
}

export function reproduceHint(seed: number, file: string): string {
  return `reproduce with: FUZZ_SEED=${seed} AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true node --import tsx --test ${file}`;
}
