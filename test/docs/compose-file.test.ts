/**
 * docker-compose.yml must stay runnable as documented, though no Docker engine runs here (CI also
 * validates it with Debian's docker-compose and dclint). This reads it with `yaml` (installed with
 * dclint, the compose linter) and checks what those tools cannot: that every gateway service sets
 * only variables the gateway (src/config/config-variables.ts) or the AWS SDK reads, that its
 * environment passes loadConfig, that it points at the emulator and PostgreSQL services as they
 * are declared, and that deploy/nginx.conf balances over exactly the shared-state replicas.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { CONFIG_VARIABLES } from '../../src/config/config-variables.ts';
import { loadConfig } from '../../src/config/load-config.ts';

const ROOT = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, ROOT), 'utf8');

/** Variables the AWS SDK for JavaScript reads itself (credential chain, endpoints, retries). */
const AWS_SDK_VARIABLES = new Set([
  'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE', 'AWS_ROLE_ARN', 'AWS_ROLE_SESSION_NAME', 'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', 'AWS_CONTAINER_CREDENTIALS_FULL_URI', 'AWS_CONTAINER_AUTHORIZATION_TOKEN',
  'AWS_EC2_METADATA_DISABLED', 'AWS_ENDPOINT_URL', 'AWS_MAX_ATTEMPTS', 'AWS_RETRY_MODE',
  'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED',
]);

interface Service {
  readonly build?: unknown;
  readonly image?: string;
  readonly command?: readonly string[];
  readonly environment?: Readonly<Record<string, string | number | boolean | null>>;
  readonly profiles?: readonly string[];
}

const compose = parse(read('docker-compose.yml'), { merge: true }) as { readonly services: Readonly<Record<string, Service>> };
const services = Object.entries(compose.services);
/** Built from ./Dockerfile and not running the emulator: a gateway. */
const gateways = services.filter(([, service]) => service.build !== undefined && service.command?.[0] !== 'emulator');
const emulators = services.filter(([, service]) => service.command?.[0] === 'emulator');

/** docker compose's `${NAME:-default}` / `${NAME}` interpolation, with `given` as the shell environment. */
function interpolate(value: string, given: Readonly<Record<string, string>>): string {
  return value.replace(/\$\{(\w+)(?::-([^}]*))?\}/g, (_, name: string, fallback: string | undefined) => {
    const set = given[name];
    return set !== undefined && set !== '' ? set : (fallback ?? '');
  });
}

function environmentOf(service: Service, given: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(service.environment ?? {}).map(([name, value]) => [name, interpolate(String(value ?? ''), given)]));
}

function option(command: readonly string[] | undefined, name: string): string | undefined {
  const at = command?.indexOf(name) ?? -1;
  return at < 0 ? undefined : command?.[at + 1];
}

/** The PORT the image sets (Dockerfile ENV), which the gateway services do not override. */
const IMAGE_PORT = /\bPORT=(\d+)/.exec(read('Dockerfile'))?.[1];

describe('docker-compose.yml', () => {
  it('has a default gateway, two shared-state replicas and one emulator, all built from the Dockerfile', () => {
    assert.deepEqual(gateways.filter(([, service]) => service.profiles === undefined).map(([name]) => name), ['gateway']);
    assert.equal(gateways.filter(([, service]) => service.profiles?.includes('shared-state') === true).length, 2);
    assert.equal(emulators.length, 1);
    assert.ok(IMAGE_PORT !== undefined, 'the Dockerfile sets PORT');
  });

  it('gives gateways only variables that scim-bridge or the AWS SDK reads', () => {
    for (const [name, service] of gateways) {
      for (const variable of Object.keys(service.environment ?? {})) {
        assert.ok(Object.hasOwn(CONFIG_VARIABLES, variable) || AWS_SDK_VARIABLES.has(variable), `${name} sets ${variable}, which nothing reads`);
      }
    }
  });

  it('gives every gateway an environment the gateway accepts, pointed at the services the file declares', () => {
    const [emulatorName, emulator] = emulators[0] ?? [];
    const given = { SCIM_BRIDGE_JWT_SECRET: 'a-secret-exported-as-the-file-says-0123456789' };
    for (const [name, service] of gateways) {
      const config = loadConfig(environmentOf(service, given));
      assert.equal(config.identityStore.mode, 'aws', name);
      if (config.identityStore.mode !== 'aws') continue;
      assert.equal(config.identityStore.endpointUrl, `http://${emulatorName}:${option(emulator?.command, '--port')}`, `${name} reaches the emulator`);
      assert.equal(config.identityStore.identityStoreId, option(emulator?.command, '--identity-store-id'), `${name} uses the emulator's store`);
      const state = new URL(config.stateUrl.replace(/^sqlite:/, 'sqlite://'));
      if (service.profiles?.includes('shared-state') === true) {
        const postgres = compose.services[state.hostname];
        assert.ok(postgres?.profiles?.includes('shared-state') === true, `${name}'s state host ${state.hostname} is a shared-state service`);
        const database = environmentOf(postgres, {});
        assert.equal(decodeURIComponent(state.password), database['POSTGRES_PASSWORD'], `${name} uses the database's password`);
        assert.equal(state.username, database['POSTGRES_USER']);
      } else {
        assert.match(config.stateUrl, /^sqlite:\/data\//, `${name} keeps SQLite state in the /data volume`);
      }
    }
  });

  it('refuses to start a gateway without the exported JWT secret, naming it', () => {
    const [, service] = gateways[0] ?? [];
    assert.ok(service !== undefined);
    assert.throws(() => loadConfig(environmentOf(service, {})), /SCIM_BRIDGE_JWT_SECRET/);
  });

  it('deploy/nginx.conf balances over exactly the shared-state gateways', () => {
    const upstream = /upstream\s+\w+\s*\{([^}]*)\}/.exec(read('deploy/nginx.conf'))?.[1] ?? '';
    const servers = [...upstream.matchAll(/server\s+([\w.-]+:\d+)/g)].map((match) => match[1]);
    const replicas = gateways.filter(([, service]) => service.profiles?.includes('shared-state') === true).map(([name]) => `${name}:${IMAGE_PORT}`);
    assert.deepEqual(servers.sort(), replicas.sort());
  });
});
