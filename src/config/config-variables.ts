/**
 * Every environment variable the gateway reads, as data: name, documented default, meaning and
 * parser. `loadConfig` runs the parsers; test/docs/readme-config-table.test.ts checks that the
 * README's configuration table lists exactly these names with these defaults, so the two cannot drift.
 *
 * Empty values count as unset (`PORT=` in a compose file means "default", not "invalid").
 */
import { isLogLevel, LOG_LEVELS, type LogLevel } from '../observability/log-level.ts';
import { DEACTIVATION_MODES, type DeactivationMode, type IdentityStoreMode } from './config.ts';
import { DEFAULT_STATE_URL, parseStateUrl } from '../state/parse-state-url.ts';
import { ok, problem, type Parsed } from './parsed.ts';

export interface ConfigVariable<T> {
  /** The default exactly as the README's table shows it (without backticks). */
  readonly documentedDefault: string;
  readonly meaning: string;
  /** `mode` is decided by `IDENTITY_STORE_ID` alone, before any parser runs. */
  readonly parse: (raw: string | undefined, mode: IdentityStoreMode) => Parsed<T>;
}

const variable = <T>(definition: ConfigVariable<T>): ConfigVariable<T> => definition;

/** Anchored form of the model's `IdentityStoreId` pattern (shared/aws-models, identitystore-2020-06-15). */
const IDENTITY_STORE_ID = /^(?:d-[0-9a-f]{10}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
/** us-east-1, eu-central-2, us-gov-west-1, cn-northwest-1, ... */
const AWS_REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;
/** HS256 keys shorter than the hash output weaken it (RFC 7518 section 3.2). */
export const MIN_JWT_SECRET_BYTES = 32;

const quote = (raw: string): string => JSON.stringify(raw.length > 80 ? `${raw.slice(0, 77)}...` : raw);

function parseHttpUrl(raw: string): Parsed<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return problem(`must be an absolute http(s) URL (got ${quote(raw)})`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return problem(`must use http or https (got ${quote(url.protocol)})`);
  if (url.username !== '' || url.password !== '') return problem('must not contain credentials');
  return ok(url);
}

export const CONFIG_VARIABLES = {
  PORT: variable<number>({
    documentedDefault: '8080',
    meaning: 'TCP port the gateway listens on (0 picks a free port).',
    parse: (raw) => {
      if (raw === undefined) return ok(8080);
      const port = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
      return port >= 0 && port <= 65535 ? ok(port) : problem(`must be an integer from 0 to 65535 (got ${quote(raw)})`);
    },
  }),
  HOST: variable<string>({
    documentedDefault: '127.0.0.1 embedded, 0.0.0.0 with IDENTITY_STORE_ID',
    meaning: 'Interface to listen on. The embedded mode stays on loopback unless told otherwise.',
    parse: (raw, mode) => {
      if (raw === undefined) return ok(mode === 'embedded' ? '127.0.0.1' : '0.0.0.0');
      return /^[\w.:[\]-]+$/.test(raw) ? ok(raw) : problem(`must be a host name or IP address (got ${quote(raw)})`);
    },
  }),
  IDENTITY_STORE_ID: variable<string | undefined>({
    documentedDefault: 'unset: embedded emulator',
    meaning: 'The Identity Store to provision into (d-xxxxxxxxxx). Unset starts the embedded emulator in-process.',
    parse: (raw) => {
      if (raw === undefined || IDENTITY_STORE_ID.test(raw)) return ok(raw);
      return problem(`must look like d-1234567890 (d- and 10 lowercase hex digits) or a UUID (got ${quote(raw)})`);
    },
  }),
  AWS_REGION: variable<string | undefined>({
    documentedDefault: 'required with IDENTITY_STORE_ID',
    meaning: "Region of the Identity Store. Credentials come from the SDK's default chain (env, SSO profile, ECS/IMDS).",
    parse: (raw, mode) => {
      if (raw === undefined) return mode === 'aws' ? problem('is required when IDENTITY_STORE_ID is set (e.g. AWS_REGION=eu-west-1)') : ok(undefined);
      return AWS_REGION.test(raw) ? ok(raw) : problem(`must be an AWS region such as us-east-1 (got ${quote(raw)})`);
    },
  }),
  AWS_ENDPOINT_URL_IDENTITYSTORE: variable<string | undefined>({
    documentedDefault: "unset: AWS's endpoint",
    meaning: 'Identity Store endpoint override, honoured as the AWS SDK does (point it at `scim-bridge emulator` or moto).',
    parse: (raw) => {
      if (raw === undefined) return ok(undefined);
      const url = parseHttpUrl(raw);
      return url.ok ? ok(raw) : url;
    },
  }),
  SCIM_BRIDGE_JWT_SECRET: variable<string | undefined>({
    documentedDefault: 'generated at boot in embedded mode; required with IDENTITY_STORE_ID',
    meaning: `Secret (at least ${MIN_JWT_SECRET_BYTES} bytes) that signs and verifies gateway-issued bearer tokens (HS256).`,
    parse: (raw, mode) => {
      if (raw === undefined) {
        return mode === 'aws' ? problem(`is required when IDENTITY_STORE_ID is set (generate one with: openssl rand -base64 48)`) : ok(undefined);
      }
      const bytes = Buffer.byteLength(raw, 'utf8');
      // The value itself is never echoed: only its length.
      return bytes >= MIN_JWT_SECRET_BYTES ? ok(raw) : problem(`must be at least ${MIN_JWT_SECRET_BYTES} bytes (got ${bytes}); generate one with: openssl rand -base64 48`);
    },
  }),
  SCIM_BRIDGE_STATE: variable<string>({
    documentedDefault: DEFAULT_STATE_URL,
    meaning: 'Gateway state (externalId mappings, suspended memberships): sqlite:<file>, postgres://... for several instances, or memory: for tests.',
    parse: (raw) => {
      if (raw === undefined) return ok(DEFAULT_STATE_URL);
      // One grammar for the state URL: the state layer's own parser (pure; the cwd only resolves paths).
      try {
        parseStateUrl(raw, '/');
        return ok(raw);
      } catch (error) {
        return problem((error as Error).message.replace(/^SCIM_BRIDGE_STATE /, ''));
      }
    },
  }),
  SCIM_BRIDGE_DEACTIVATION: variable<DeactivationMode>({
    documentedDefault: 'status',
    meaning: 'What active:false does: status (UpdateUser userStatus DISABLED), suspend-memberships (remove and remember group memberships) or delete.',
    parse: (raw) => {
      if (raw === undefined) return ok('status');
      const mode = DEACTIVATION_MODES.find((candidate) => candidate === raw);
      return mode === undefined ? problem(`must be one of ${DEACTIVATION_MODES.join(', ')} (got ${quote(raw)})`) : ok(mode);
    },
  }),
  SCIM_BRIDGE_PUBLIC_URL: variable<string | undefined>({
    documentedDefault: 'unset: derived from each request',
    meaning: 'External base URL behind a proxy (e.g. https://scim.example.com), used for meta.location and Location; /scim/v2 is appended.',
    parse: (raw) => {
      if (raw === undefined) return ok(undefined);
      const url = parseHttpUrl(raw);
      if (!url.ok) return url;
      if (url.value.search !== '' || url.value.hash !== '') return problem('must not have a query or fragment');
      const base = url.value.href.replace(/\/+$/, '');
      if (/\/scim\/v2$/i.test(base)) return problem(`must be the gateway's base URL without /scim/v2 (try ${quote(base.slice(0, -'/scim/v2'.length))})`);
      return ok(base);
    },
  }),
  LOG_LEVEL: variable<LogLevel>({
    documentedDefault: 'info',
    meaning: 'Log verbosity on stderr (JSON lines): debug, info, warn, error or silent.',
    parse: (raw) => {
      if (raw === undefined) return ok('info');
      const level = raw.toLowerCase();
      return isLogLevel(level) ? ok(level) : problem(`must be one of ${LOG_LEVELS.join(', ')} (got ${quote(raw)})`);
    },
  }),
} as const;

export type ConfigVariableName = keyof typeof CONFIG_VARIABLES;
