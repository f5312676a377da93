/**
 * The gateway's configuration as the rest of the code sees it: already validated, frozen, and
 * shaped so that impossible combinations cannot be expressed (an AWS-backed store always has an
 * id and a region; only the embedded mode may lack a JWT secret). `loadConfig` builds it.
 */
import type { LogLevel } from '../observability/log-level.ts';

/** How a SCIM `active: false` is carried out (docs/configuration.md, product brief). */
export const DEACTIVATION_MODES = ['status', 'suspend-memberships', 'delete'] as const;
export type DeactivationMode = (typeof DEACTIVATION_MODES)[number];

/** `IDENTITY_STORE_ID` unset: the in-process emulator; set: a real (or emulated, via endpoint) store. */
export type IdentityStoreMode = 'embedded' | 'aws';

export interface EmbeddedIdentityStoreConfig {
  readonly mode: 'embedded';
}

export interface AwsIdentityStoreConfig {
  readonly mode: 'aws';
  readonly identityStoreId: string;
  readonly region: string;
  /** `AWS_ENDPOINT_URL_IDENTITYSTORE`, as the SDK would read it; undefined = AWS's own endpoint. */
  readonly endpointUrl: string | undefined;
}

export type IdentityStoreConfig = EmbeddedIdentityStoreConfig | AwsIdentityStoreConfig;

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly identityStore: IdentityStoreConfig;
  /** Secret for gateway-issued tokens; undefined only in embedded mode, where one is generated at boot. */
  readonly jwtSecret: string | undefined;
  /** `memory:`, `sqlite:<path>` or `postgres://...`, handed to `openGatewayState`. */
  readonly stateUrl: string;
  readonly deactivation: DeactivationMode;
  /** External base URL (no trailing slash, no `/scim/v2`); undefined = derived from each request. */
  readonly publicUrl: string | undefined;
  readonly logLevel: LogLevel;
}
