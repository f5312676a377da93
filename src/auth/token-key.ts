/**
 * Keys for gateway tokens, each bound to the one algorithm it may be used with:
 * - an HMAC secret (SCIM_BRIDGE_JWT_SECRET) signs and verifies HS256;
 * - a P-256 key pair (SCIM_BRIDGE_JWT_PRIVATE_KEY_FILE / SCIM_BRIDGE_JWT_PUBLIC_KEY_FILE, PEM)
 *   signs (private) and verifies (public) ES256, so the gateway itself can run with the public
 *   key only and cannot mint tokens.
 * jsonwebtoken must be given KeyObjects: with a string or Buffer it re-derives the key on every
 * verify, about 47x slower (docs research, section 4).
 */
import { createPrivateKey, createPublicKey, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import type { TokenAlgorithm } from './token-claims.ts';

export function tokenKeyFromSecret(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secret, 'utf8'));
}

/** A fresh secret for the embedded mode: 48 random bytes, base64url (64 characters). */
export function generateTokenSecret(): string {
  return randomBytes(48).toString('base64url');
}

/** ES256 is ECDSA over P-256 (RFC 7518 section 3.4); node names the curve prime256v1. */
const ES256_CURVE = 'prime256v1';

/** The algorithm a key is for, or undefined for a key no gateway token may use (RSA, other curves). */
export function algorithmOfKey(key: KeyObject): TokenAlgorithm | undefined {
  if (key.type === 'secret') return 'HS256';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === ES256_CURVE) return 'ES256';
  return undefined;
}

/** A P-256 public key from PEM (SPKI or a certificate's key); throws a TypeError naming what is wrong. */
export function es256PublicKeyFromPem(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch {
    throw new TypeError('is not a PEM public key');
  }
  if (algorithmOfKey(key) !== 'ES256') throw new TypeError(`must be an EC P-256 key for ES256 (got ${describeKey(key)})`);
  return key;
}

/** A P-256 private key from PEM (PKCS#8 or SEC1); throws a TypeError naming what is wrong. */
export function es256PrivateKeyFromPem(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new TypeError('is not an unencrypted PEM private key');
  }
  if (algorithmOfKey(key) !== 'ES256') throw new TypeError(`must be an EC P-256 key for ES256 (got ${describeKey(key)})`);
  return key;
}

/** True when the public key is the private key's other half. */
export function isKeyPair(privateKey: KeyObject, publicKey: KeyObject): boolean {
  const derived = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  return derived.equals(publicKey.export({ format: 'der', type: 'spki' }));
}

function describeKey(key: KeyObject): string {
  const curve = key.asymmetricKeyDetails?.namedCurve;
  return `${key.asymmetricKeyType ?? key.type}${curve === undefined ? '' : ` ${curve}`}`;
}
