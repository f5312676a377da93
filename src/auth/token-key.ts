/**
 * The HMAC key for gateway tokens. jsonwebtoken must be given a KeyObject: with a string or
 * Buffer it re-derives the key on every verify, about 47x slower (docs research, section 4).
 */
import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';

export function tokenKeyFromSecret(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secret, 'utf8'));
}

/** A fresh secret for the embedded mode: 48 random bytes, base64url (64 characters). */
export function generateTokenSecret(): string {
  return randomBytes(48).toString('base64url');
}
