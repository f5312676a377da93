/**
 * The token keys the configuration names, read once at boot (gateway) or per command (`token
 * create`): the HS256 secret and/or the ES256 key pair from PEM files. Both kinds may be
 * configured at once, which is how an operator moves IdPs from HS256 to ES256 tokens without a
 * flag day. A file that cannot be read or holds the wrong kind of key is reported as a
 * ConfigError naming its variable, like every other configuration problem.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigError, type ConfigIssue } from '../config/config-error.ts';
import { es256PrivateKeyFromPem, es256PublicKeyFromPem, isKeyPair, tokenKeyFromSecret } from './token-key.ts';

export interface TokenKeySettings {
  /** SCIM_BRIDGE_JWT_SECRET */
  readonly secret: string | undefined;
  /** SCIM_BRIDGE_JWT_PUBLIC_KEY_FILE */
  readonly publicKeyFile: string | undefined;
  /** SCIM_BRIDGE_JWT_PRIVATE_KEY_FILE */
  readonly privateKeyFile: string | undefined;
}

export interface TokenKeys {
  /** What incoming tokens are checked against: the secret (HS256) and/or the public key (ES256). */
  readonly verification: readonly KeyObject[];
  /** What new tokens are signed with: the ES256 private key when configured, else the secret. */
  readonly signing: KeyObject | undefined;
}

export async function loadTokenKeys(settings: TokenKeySettings, cwd: string): Promise<TokenKeys> {
  const issues: ConfigIssue[] = [];
  const load = async <T>(variable: string, file: string | undefined, parse: (pem: string) => T): Promise<T | undefined> => {
    if (file === undefined) return undefined;
    let pem: string;
    try {
      pem = await readFile(resolve(cwd, file), 'utf8');
    } catch (error) {
      issues.push({ variable, problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}: ${file})` });
      return undefined;
    }
    try {
      return parse(pem);
    } catch (error) {
      // The problem names the kind of key found, never the file's content.
      issues.push({ variable, problem: `${file} ${error instanceof Error ? error.message : 'is not a usable key'}` });
      return undefined;
    }
  };
  const publicKey = await load('SCIM_BRIDGE_JWT_PUBLIC_KEY_FILE', settings.publicKeyFile, es256PublicKeyFromPem);
  const privateKey = await load('SCIM_BRIDGE_JWT_PRIVATE_KEY_FILE', settings.privateKeyFile, es256PrivateKeyFromPem);
  if (publicKey !== undefined && privateKey !== undefined && !isKeyPair(privateKey, publicKey)) {
    issues.push({ variable: 'SCIM_BRIDGE_JWT_PUBLIC_KEY_FILE', problem: 'is not the public half of SCIM_BRIDGE_JWT_PRIVATE_KEY_FILE' });
  }
  if (issues.length > 0) throw new ConfigError(issues);

  const secret = settings.secret === undefined ? undefined : tokenKeyFromSecret(settings.secret);
  // With only the private key, the gateway derives the public half itself.
  const es256Public = publicKey ?? (privateKey === undefined ? undefined : createPublicKey(privateKey));
  return {
    verification: [secret, es256Public].filter((key) => key !== undefined),
    signing: privateKey ?? secret,
  };
}
