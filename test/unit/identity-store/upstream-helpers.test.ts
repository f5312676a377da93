import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { holdsSentValues } from '../../../src/identity-store/holds-sent-values.ts';
import { Semaphore } from '../../../src/identity-store/upstream/semaphore.ts';

describe('Semaphore', () => {
  it('lets `limit` holders in and queues the rest first come, first served', async () => {
    const permits = new Semaphore(2);
    const order: string[] = [];
    const a = await permits.acquire();
    const b = await permits.acquire();
    const c = permits.acquire().then((release) => { order.push('c'); return release; });
    const d = permits.acquire().then((release) => { order.push('d'); return release; });
    assert.equal(permits.inUse, 2);
    assert.equal(permits.waiting, 2);
    a();
    const releaseC = await c;
    assert.deepEqual(order, ['c']);
    a(); // a second release of the same permit does nothing
    assert.equal(permits.waiting, 1);
    b();
    releaseC();
    (await d)();
    assert.deepEqual(order, ['c', 'd']);
    assert.equal(permits.inUse, 0);
  });

  it('refuses a limit that is not a positive integer', () => {
    assert.throws(() => new Semaphore(0), RangeError);
    assert.throws(() => new Semaphore(1.5), RangeError);
  });
});

describe('holdsSentValues', () => {
  const sent = { userName: 'a', name: { givenName: 'A' }, emails: [{ value: 'a@x', primary: true }] };

  it('accepts what the store added, nested or not', () => {
    assert.ok(holdsSentValues(sent, { ...sent, id: '1', name: { givenName: 'A', formatted: 'A' }, emails: [{ value: 'a@x', primary: true, type: 'work' }] }));
  });

  it('refuses a changed or missing value, a different list length, or nothing at all', () => {
    assert.ok(!holdsSentValues(sent, { ...sent, userName: 'A' }));
    assert.ok(!holdsSentValues(sent, { ...sent, name: {} }));
    assert.ok(!holdsSentValues(sent, { ...sent, emails: [] }));
    assert.ok(!holdsSentValues(sent, undefined));
  });
});
