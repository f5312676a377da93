import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { closeServer, listen } from '../../src/http/listen.ts';

describe('listen / closeServer', () => {
  it('lets an in-flight request finish, then stops accepting', async () => {
    let arrived: () => void = () => undefined;
    const requestArrived = new Promise<void>((resolve) => void (arrived = resolve));
    const server = await listen((_req, res) => {
      arrived();
      setTimeout(() => res.end('done'), 150);
    }, 0, '127.0.0.1');
    const { port } = server.address() as AddressInfo;
    const inFlight = fetch(`http://127.0.0.1:${port}/`);
    // Close only once the request is being handled: a fixed sleep raced the connect on a loaded machine.
    await requestArrived;
    const closed = closeServer(server);
    const res = await inFlight;
    assert.equal(await res.text(), 'done');
    await closed;
    await assert.rejects(fetch(`http://127.0.0.1:${port}/`));
  });

  it('rejects instead of crashing when the port is taken', async () => {
    const first = await listen((_req, res) => void res.end(), 0, '127.0.0.1');
    try {
      await assert.rejects(listen((_req, res) => void res.end(), (first.address() as AddressInfo).port, '127.0.0.1'), { code: 'EADDRINUSE' });
    } finally {
      await closeServer(first);
    }
  });
});
