/**
 * Doctor check: the token keys `serve` will load at boot (the HS256 secret and/or the ES256 PEM
 * files, docs/authentication.md). loadConfig only sees file names; an unreadable file or a key of
 * the wrong kind would stop the gateway at start, so the files are read here the same way
 * (loadTokenKeys). Reports which kinds of key are configured, never a key.
 */
import { loadTokenKeys } from '../../auth/load-token-keys.ts';
import type { Config } from '../../config/config.ts';
import { isConfigError } from '../../config/config-error.ts';
import { check, type CheckResult } from './check-result.ts';

export async function checkTokenKeys(config: Config, cwd: string): Promise<CheckResult> {
  const kinds = [
    config.jwtSecret === undefined ? undefined : 'HS256 secret',
    config.jwtPublicKeyFile === undefined ? undefined : 'ES256 public key',
    config.jwtPrivateKeyFile === undefined ? undefined : 'ES256 private key',
  ].filter((kind) => kind !== undefined);
  if (kinds.length === 0) {
    return check('token keys', 'ok', 'none configured: the embedded mode generates a secret at each start, so its tokens end with the process');
  }
  try {
    await loadTokenKeys({ secret: config.jwtSecret, publicKeyFile: config.jwtPublicKeyFile, privateKeyFile: config.jwtPrivateKeyFile }, cwd);
  } catch (error) {
    if (!isConfigError(error)) throw error;
    return check('token keys', 'fail', error.issues.map((issue) => `${issue.variable} ${issue.problem}`).join('; '),
      'Fix the key files (docs/authentication.md); the gateway would refuse to start.');
  }
  return check('token keys', 'ok', `${kinds.join(', ')} loaded`);
}
