/**
 * Timeouts over real sockets (SCIM_BRIDGE_REQUEST_TIMEOUT_SECONDS): a handler stuck on a slow
 * Identity Store is answered 503 with a SCIM body at the deadline, and its late finish does not
 * break the IdP's keep-alive connection; a client that never finishes its headers is cut off.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, request as httpRequest, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { newUser, startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';
import { assertScimRefusal } from './security-assertions.ts';
import type { Response } from 'supertest';

let scim: ScimGateway;

before(async () => {
  scim = await startScimGateway({ SCIM_BRIDGE_REQUEST_TIMEOUT_SECONDS: '1' });
});
after(() => scim.close());

interface Answer {
  readonly status: number;
  readonly headers: IncomingMessage['headers'];
  readonly text: string;
  readonly reusedSocket: boolean;
}

function get(agent: Agent, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${scim.origin}/scim/v2${path}`, { agent, headers: { Authorization: `Bearer ${scim.token}` } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text, reusedSocket: req.reusedSocket }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('per-request deadline', () => {
  it('answers 503 with a SCIM body when the handler has not answered in time, and keeps the connection', async () => {
    const created = await scim.post('/Users', newUser('slow@example.com'));
    const id = (created.body as { id: string }).id;
    const emulator = scim.emulator;
    assert.ok(emulator !== undefined);
    const removeLatency = emulator.faults.add({ operation: 'DescribeUser', times: 1, action: { kind: 'latency', ms: 1600 } });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const started = Date.now();
      const slow = await get(agent, `/Users/${id}`);
      const elapsed = Date.now() - started;
      assert.ok(elapsed >= 950 && elapsed < 1500, `answered after ${elapsed} ms`);
      assertScimRefusal({ status: slow.status, headers: slow.headers, text: slow.text } as unknown as Response, { status: 503, detail: /did not complete within 1 seconds; .* \(request id [\w-]+\)$/ });
      // The handler finishes after the deadline; its answer is dropped, the socket stays usable.
      await sleep(800);
      const next = await get(agent, `/Users/${id}`);
      assert.equal(next.status, 200);
      assert.equal(next.reusedSocket, true);
    } finally {
      removeLatency();
      agent.destroy();
    }
  });
});

describe('server timeouts', () => {
  it('cuts off a client that never finishes sending its request headers', async () => {
    const socket = connect(scim.gateway.port, '127.0.0.1');
    const started = Date.now();
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.write('GET /scim/v2/Users HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    await new Promise<void>((resolve) => socket.once('close', () => resolve()));
    const elapsed = Date.now() - started;
    assert.match(received, /^HTTP\/1\.1 408 /);
    assert.ok(elapsed < 3500, `closed after ${elapsed} ms`);
  });
});
