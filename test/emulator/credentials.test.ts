import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CredentialRegistry } from '../../src/emulator/credentials.ts';

describe('CredentialRegistry', () => {
  it('looks credentials up by access key id and counts them', () => {
    const registry = new CredentialRegistry();
    assert.equal(registry.size, 0);
    registry.add({ accessKeyId: 'AKIA1', secretAccessKey: 's1' });
    assert.deepEqual(registry.lookup('AKIA1'), { accessKeyId: 'AKIA1', secretAccessKey: 's1' });
    assert.equal(registry.lookup('AKIA2'), undefined);
    assert.equal(registry.size, 1);
  });

  it('keeps its own copy, so a caller cannot extend an expiry afterwards', () => {
    const registry = new CredentialRegistry();
    const expiresAt = new Date('2026-01-01T00:00:00Z');
    registry.add({ accessKeyId: 'ASIA1', secretAccessKey: 's', sessionToken: 't', expiresAt });
    expiresAt.setUTCFullYear(2030);
    assert.equal(registry.lookup('ASIA1')?.expiresAt?.toISOString(), '2026-01-01T00:00:00.000Z');
  });

  it('refuses empty key ids and secrets', () => {
    const registry = new CredentialRegistry();
    assert.throws(() => registry.add({ accessKeyId: '', secretAccessKey: 's' }), TypeError);
    assert.throws(() => registry.add({ accessKeyId: 'AKIA', secretAccessKey: '' }), TypeError);
    assert.equal(registry.size, 0);
  });

  it('issues distinct temporary credentials with a session token and the requested expiry', () => {
    const registry = new CredentialRegistry();
    const expiresAt = new Date(Date.now() + 3600_000);
    const a = registry.issueTemporary(expiresAt);
    const b = registry.issueTemporary(expiresAt);
    assert.match(a.accessKeyId, /^ASIA[A-Z2-7]{16}$/);
    assert.notEqual(a.accessKeyId, b.accessKeyId);
    assert.notEqual(a.secretAccessKey, b.secretAccessKey);
    assert.notEqual(a.sessionToken, b.sessionToken);
    assert.equal(a.expiresAt.getTime(), expiresAt.getTime());
    assert.deepEqual(registry.lookup(a.accessKeyId), a);
    assert.equal(registry.size, 2);
  });

  it('prunes only expired credentials and removes single ones on request', () => {
    const registry = new CredentialRegistry();
    const now = new Date('2026-01-01T12:00:00Z');
    registry.add({ accessKeyId: 'STATIC', secretAccessKey: 's' });
    registry.add({ accessKeyId: 'OLD', secretAccessKey: 's', sessionToken: 't', expiresAt: new Date(now.getTime() - 1) });
    registry.add({ accessKeyId: 'FRESH', secretAccessKey: 's', sessionToken: 't', expiresAt: new Date(now.getTime() + 1) });
    assert.equal(registry.pruneExpired(now), 1);
    assert.deepEqual(['STATIC', 'OLD', 'FRESH'].map((id) => registry.lookup(id) !== undefined), [true, false, true]);
    assert.equal(registry.remove('FRESH'), true);
    assert.equal(registry.remove('FRESH'), false);
    assert.equal(registry.size, 1);
  });
});
