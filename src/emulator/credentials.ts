/**
 * The AWS credentials the emulator accepts (AWS IAM User Guide, "Using temporary security
 * credentials"; AWS SigV4 reference, "Authenticating requests").
 *
 * Two kinds live here: static long-term keys configured at start-up (no session token, no expiry)
 * and temporary keys the SSO portal issues through GetRoleCredentials (session token plus expiry,
 * like the STS credentials real Identity Center hands out). The SigV4 verifier looks secrets up
 * here by access key id; nothing else reads the secrets.
 */
import { randomBytes } from 'node:crypto';

export interface Credential {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  readonly expiresAt?: Date;
}

/** What `issueTemporary` hands back: always carries a session token and an expiry. */
export interface TemporaryCredential extends Credential {
  readonly sessionToken: string;
  readonly expiresAt: Date;
}

/**
 * Alphabet of real access key ids ([A-Z0-9]); temporary keys start with `ASIA`, long-term ones
 * with `AKIA` (IAM User Guide, "Understanding unique ID prefixes").
 */
const KEY_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function randomKeyIdSuffix(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += KEY_ID_ALPHABET[byte % KEY_ID_ALPHABET.length];
  return out;
}

export class CredentialRegistry {
  readonly #byAccessKeyId = new Map<string, Credential>();

  /** Adds (or replaces) a credential. A copy is kept so callers cannot change it afterwards. */
  add(c: Credential): void {
    if (c.accessKeyId === '' || c.secretAccessKey === '') {
      throw new TypeError('A credential needs a non-empty accessKeyId and secretAccessKey.');
    }
    this.#byAccessKeyId.set(c.accessKeyId, {
      accessKeyId: c.accessKeyId,
      secretAccessKey: c.secretAccessKey,
      ...(c.sessionToken === undefined ? {} : { sessionToken: c.sessionToken }),
      ...(c.expiresAt === undefined ? {} : { expiresAt: new Date(c.expiresAt.getTime()) }),
    });
  }

  lookup(accessKeyId: string): Credential | undefined {
    return this.#byAccessKeyId.get(accessKeyId);
  }

  /** Removes one credential; true when it existed. */
  remove(accessKeyId: string): boolean {
    return this.#byAccessKeyId.delete(accessKeyId);
  }

  get size(): number {
    return this.#byAccessKeyId.size;
  }

  /**
   * Issues fresh temporary credentials valid until `expiresAt` and registers them, as STS does
   * behind GetRoleCredentials. Random material comes from node:crypto so keys cannot be guessed
   * by another test or process sharing the emulator.
   */
  issueTemporary(expiresAt: Date): TemporaryCredential {
    const credential: TemporaryCredential = {
      accessKeyId: `ASIA${randomKeyIdSuffix(16)}`,
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: randomBytes(96).toString('base64'),
      expiresAt: new Date(expiresAt.getTime()),
    };
    this.add(credential);
    return credential;
  }

  /** Drops temporary credentials that expired before `now`, so a long-running emulator stays small. */
  pruneExpired(now: Date = new Date()): number {
    let removed = 0;
    for (const [id, c] of this.#byAccessKeyId) {
      if (c.expiresAt !== undefined && c.expiresAt.getTime() <= now.getTime()) {
        this.#byAccessKeyId.delete(id);
        removed += 1;
      }
    }
    return removed;
  }
}
