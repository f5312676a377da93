/**
 * Parses `SCIM_BRIDGE_STATE` into the backend to open. Pure: the working directory is an argument.
 *
 * Accepted forms: `memory:`, `sqlite:<path>` (relative to the working directory, `sqlite:///abs`
 * also works, `sqlite::memory:` for a private in-memory database), `postgres://...` or
 * `postgresql://...` with an optional `?schema=<name>` that sets the search_path (so several
 * gateways or test runs can share one database). Error messages never echo the URL itself, which
 * may carry a password.
 */
import { isAbsolute, resolve } from 'node:path';

export type StateLocation =
  | { readonly kind: 'memory' }
  | { readonly kind: 'sqlite'; /** Absolute path, or `:memory:`. */ readonly path: string }
  | { readonly kind: 'postgres'; /** Without the `schema` parameter. */ readonly connectionString: string; readonly schema?: string };

export const DEFAULT_STATE_URL = 'sqlite:./data/state.db';

const ACCEPTED_FORMS = 'memory:, sqlite:<path> (e.g. sqlite:./data/state.db or sqlite::memory:), postgres://... or postgresql://... (optionally ?schema=<name>)';

/** Unquoted PostgreSQL identifiers only, so the name can go into `search_path` and DDL as is. */
export const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function invalid(problem: string): Error {
  return new Error(`SCIM_BRIDGE_STATE ${problem}; accepted forms: ${ACCEPTED_FORMS}`);
}

export function parseStateUrl(url: string, cwd: string): StateLocation {
  if (url === 'memory:') return { kind: 'memory' };
  if (url.startsWith('sqlite:')) return { kind: 'sqlite', path: sqlitePath(url.slice('sqlite:'.length), cwd) };
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return postgresLocation(url);
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:/.exec(url)?.[0];
  throw invalid(scheme === undefined ? 'is not a state URL' : `has an unsupported scheme "${scheme}"`);
}

function sqlitePath(rest: string, cwd: string): string {
  if (rest === ':memory:') return ':memory:';
  // `sqlite:///var/lib/x.db` is the URL spelling of an absolute path; `sqlite://x` would be a host.
  const path = rest.startsWith('///') ? rest.slice(2) : rest;
  if (path === '' || path.startsWith('//')) throw invalid('needs a file path after "sqlite:"');
  return isAbsolute(path) ? path : resolve(cwd, path);
}

function postgresLocation(url: string): StateLocation {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalid('is not a valid postgres:// URL');
  }
  const schemas = parsed.searchParams.getAll('schema');
  if (schemas.length === 0) return { kind: 'postgres', connectionString: url };
  const [schema] = schemas;
  if (schemas.length > 1 || schema === undefined || !SCHEMA_NAME.test(schema)) {
    throw invalid('has an invalid schema parameter: use one lower-case name of letters, digits and _');
  }
  // pg lets the URL's own `options` override ours, which would silently drop the search_path.
  if (parsed.searchParams.has('options')) throw invalid('cannot combine schema with an options parameter');
  parsed.searchParams.delete('schema');
  return { kind: 'postgres', connectionString: parsed.toString(), schema };
}
