/**
 * SCIM_BRIDGE_TRUST_PROXY, validated here so a typo fails at boot with the variable named, rather
 * than when express compiles the setting. The forms are express's own `trust proxy` values:
 * `false` (default: X-Forwarded-* ignored), `true` (trust every hop: only when the gateway is
 * reachable through the proxy alone), a hop count, or addresses/CIDRs and the names `loopback`,
 * `linklocal`, `uniquelocal`.
 */
import { isIP } from 'node:net';
import { ok, problem, type Parsed } from './parsed.ts';

export type TrustProxy = boolean | number | readonly string[];

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return isIP(prefix) === 4 && family === 4; // 10.0.0.0/255.0.0.0
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

export function parseTrustProxy(raw: string | undefined): Parsed<TrustProxy> {
  if (raw === undefined) return ok(false);
  const text = raw.toLowerCase();
  if (text === 'false') return ok(false);
  if (text === 'true') return ok(true);
  if (/^\d{1,2}$/.test(text)) return ok(Number(text));
  const entries = text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const bad = entries.filter((entry) => !isAddressOrRange(entry));
  if (entries.length === 0 || bad.length > 0) {
    return problem(`must be false, true, a hop count or comma-separated IP addresses/CIDRs or loopback, linklocal, uniquelocal (not ${JSON.stringify(bad.join(',') || raw)})`);
  }
  return ok(entries);
}
