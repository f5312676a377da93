import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SnapshotCache } from '../../../src/translate/query/snapshot-cache.ts';

const resources = (n: number) => Array.from({ length: n }, (_, index) => ({ id: `r${index}` }));

describe('SnapshotCache', () => {
  it('returns what was stored until the TTL passes', () => {
    let now = 0;
    const cache = new SnapshotCache({ ttlMs: 1000, clock: () => now });
    cache.set('q', resources(2));
    now = 999;
    assert.deepEqual(cache.get('q'), resources(2));
    now = 1000;
    assert.equal(cache.get('q'), undefined);
    assert.equal(cache.size.entries, 0);
  });

  it('evicts the least recently used entry beyond maxEntries', () => {
    const cache = new SnapshotCache({ maxEntries: 2 });
    cache.set('a', resources(1));
    cache.set('b', resources(1));
    cache.get('a');
    cache.set('c', resources(1));
    assert.ok(cache.get('a') !== undefined);
    assert.equal(cache.get('b'), undefined);
    assert.ok(cache.get('c') !== undefined);
  });

  it('evicts by total size and refuses a snapshot larger than the whole cache', () => {
    const one = JSON.stringify({ id: 'r0' }).length;
    const cache = new SnapshotCache({ maxSize: one * 3 });
    cache.set('a', resources(2));
    cache.set('b', resources(1));
    assert.equal(cache.size.characters, one * 3);
    cache.set('c', resources(2));
    assert.equal(cache.get('a'), undefined);
    assert.ok(cache.get('c') !== undefined);
    cache.set('huge', resources(4));
    assert.equal(cache.get('huge'), undefined);
    assert.ok(cache.size.characters <= one * 3);
  });

  it('replaces an entry stored again under the same key', () => {
    const cache = new SnapshotCache();
    cache.set('q', resources(3));
    cache.set('q', resources(1));
    assert.equal(cache.get('q')?.length, 1);
    assert.equal(cache.size.entries, 1);
  });
});
