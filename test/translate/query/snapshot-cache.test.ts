import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ResultSnapshot } from '../../../src/translate/query/result-snapshot.ts';
import { SnapshotCache } from '../../../src/translate/query/snapshot-cache.ts';

const resources = (n: number) => Array.from({ length: n }, (_, index) => ({ id: `r${index}` }));
const snapshot = (n: number) => ResultSnapshot.of(resources(n));
/** JSON characters of one resource of `resources`. */
const ONE = JSON.stringify({ id: 'r0' }).length;

describe('SnapshotCache', () => {
  it('returns what was stored until the TTL passes', () => {
    let now = 0;
    const cache = new SnapshotCache({ ttlMs: 1000, clock: () => now });
    cache.set('q', snapshot(2));
    now = 999;
    assert.deepEqual(cache.get('q')?.slice(0, 10), resources(2));
    now = 1000;
    assert.equal(cache.get('q'), undefined);
    assert.equal(cache.size.entries, 0);
  });

  it('evicts the least recently used entry beyond maxEntries', () => {
    const cache = new SnapshotCache({ maxEntries: 2 });
    cache.set('a', snapshot(1));
    cache.set('b', snapshot(1));
    cache.get('a');
    cache.set('c', snapshot(1));
    assert.ok(cache.get('a') !== undefined);
    assert.equal(cache.get('b'), undefined);
    assert.ok(cache.get('c') !== undefined);
  });

  it('counts the characters of the JSON strings it holds', () => {
    const cache = new SnapshotCache();
    cache.set('a', new ResultSnapshot(['{"name":"山田 太郎"}', '{}']));
    cache.set('b', snapshot(3));
    assert.deepEqual(cache.size, { entries: 2, characters: 16 + 2 + 3 * ONE });
    cache.get('a');
    assert.deepEqual(cache.size, { entries: 2, characters: 16 + 2 + 3 * ONE });
  });

  it('keeps a snapshot exactly as large as the bound and refuses one a character larger', () => {
    const fits = new SnapshotCache({ maxCharacters: 2 * ONE });
    fits.set('q', snapshot(2));
    assert.equal(fits.get('q')?.total, 2);
    const short = new SnapshotCache({ maxCharacters: 2 * ONE - 1 });
    short.set('q', snapshot(2));
    assert.equal(short.get('q'), undefined);
    assert.deepEqual(short.size, { entries: 0, characters: 0 });
  });

  it('evicts by total size and refuses a snapshot larger than the whole cache', () => {
    const cache = new SnapshotCache({ maxCharacters: ONE * 3 });
    cache.set('a', snapshot(2));
    cache.set('b', snapshot(1));
    assert.equal(cache.size.characters, ONE * 3);
    cache.set('c', snapshot(2));
    assert.equal(cache.get('a'), undefined);
    assert.ok(cache.get('c') !== undefined);
    cache.set('huge', snapshot(4));
    assert.equal(cache.get('huge'), undefined);
    assert.ok(cache.size.characters <= ONE * 3);
  });

  it('replaces an entry stored again under the same key', () => {
    const cache = new SnapshotCache();
    cache.set('q', snapshot(3));
    cache.set('q', snapshot(1));
    assert.equal(cache.get('q')?.total, 1);
    assert.deepEqual(cache.size, { entries: 1, characters: ONE });
  });
});
