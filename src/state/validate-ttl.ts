/**
 * Guards `putEphemeral`'s ttl in every backend alike: a NaN or negative ttl is a caller bug that
 * would otherwise store a value that is silently never readable (or, for NaN, corrupt the row).
 */
export function validateTtl(ttlMs: number): void {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) {
    throw new RangeError(`Ephemeral ttlMs must be a positive finite number of milliseconds, got ${String(ttlMs)}`);
  }
}
