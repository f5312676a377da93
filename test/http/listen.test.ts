import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { closeServer, listen } from '../../src/http/listen.ts';

describe('listen / closeServer', () => {
  it('lets an in-flight request finish, then stops accepting', async () => {
    const server = await listen((_req, res) => void setTimeout(() => res.end('done'), 150), 0, '127.0.0.1');
    const { port } = server.address() as AddressInfo;
    const inFlight = fetch(`http://127.0.0.1:${port}/`);
    await new Promise((resolve) => setTimeout(resolve, 30));
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
