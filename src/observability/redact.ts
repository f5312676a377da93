/**
 * Redaction for log fields. Log lines carry error causes and request metadata; bearer tokens,
 * the JWT secret and AWS credentials must never reach them, whatever object they hide in.
 */

/** Keys whose values are replaced wholesale (compared case-insensitively, ignoring `-` and `_`). */
const SECRET_KEYS = new Set([
  'authorization',
  'token',
  'accesstoken',
  'bearertoken',
  'secret',
  'jwtsecret',
  'password',
  'secretaccesskey',
  'sessiontoken',
  'scimbridgejwtsecret',
  'awssecretaccesskey',
  'awssessiontoken',
  'cookie',
]);

/**
 * A compact JWT or a `Bearer x` credential inside free text (error messages, URLs). The phrase
 * "bearer token" in the gateway's own messages ("The bearer token has expired") is prose, not a
 * credential, and stays readable.
 */
const INLINE_SECRETS = [/Bearer\s+(?!tokens?(?![\w.~+/=-]))[\w.~+/=-]+/gi, /eyJ[\w-]+\.[\w-]+\.[\w-]*/g];

export const REDACTED = '[redacted]';

export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return INLINE_SECRETS.reduce((text, pattern) => text.replace(pattern, REDACTED), value);
  if (value === null || typeof value !== 'object') return value;
  // Error causes can be cyclic or deep (SDK errors carry $response); a bound keeps logging cheap.
  if (depth > 5) return '[truncated]';
  if (value instanceof Error) return redactError(value, depth);
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = SECRET_KEYS.has(key.toLowerCase().replace(/[-_]/g, '')) ? REDACTED : redact(inner, depth + 1);
  }
  return out;
}

/** Errors as plain data: name, message, code, the stack (logs only, never responses) and the cause chain. */
function redactError(error: Error, depth: number): Record<string, unknown> {
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    message: redact(error.message, depth + 1),
    ...(typeof code === 'string' ? { code } : {}),
    ...(error.stack === undefined ? {} : { stack: redact(error.stack, depth + 1) }),
    ...(error.cause === undefined ? {} : { cause: redact(error.cause, depth + 1) }),
  };
}
