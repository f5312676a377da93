// Issue #8: graceful shutdown. close() (what `serve` calls on SIGTERM) stops accepting connections
// at once, lets in-flight requests finish with their answers, answers /readyz 503 on connections
// still open while it drains, and only then releases state, the SDK client and the emulator.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { newUser, startScimGateway } from '../helpers/scim-gateway.ts';

interface Answer { status: number; headers: http.IncomingHttpHeaders; body: string }

function get(port: number, path: string, options: { agent?: http.Agent; token?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = options.token === undefined ? {} : { authorization: `Bearer ${options.token}` };
    // Without an agent: a connection of its own (the global agent would reuse a kept-alive one).
    const req = http.request({ host: '127.0.0.1', port, path, headers, agent: options.agent ?? false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Until the slow request is inside the gateway, waiting on the Identity Store (read from /metrics). */
async function untilUpstreamInFlight(port: number): Promise<void> {
  for (let tries = 0; tries < 200; tries += 1) {
    const metrics = await get(port, '/metrics');
    if (/^scim_bridge_upstream_in_flight 1$/m.test(metrics.body)) return;
    await sleep(10);
  }
  throw new Error('the slow request never reached the Identity Store');
}

describe('graceful shutdown', () => {
  it('finishes the in-flight request, refuses new connections, and says not ready while draining', async () => {
    const scim = await startScimGateway();
    const emulator = scim.emulator;
    assert.ok(emulator !== undefined);
    const id = ((await scim.post('/Users', newUser('draining@example.com'))).body as { id: string }).id;
    emulator.faults.add({ operation: 'DescribeUser', action: { kind: 'latency', ms: 400 } });
    // One keep-alive connection: /readyz queues behind the slow request on it.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const slow = get(scim.gateway.port, `/scim/v2/Users/${id}`, { agent, token: scim.token });
      await untilUpstreamInFlight(scim.gateway.port);
      let closed = false;
      const closing = scim.gateway.close().then(() => void (closed = true));
      const readyOnOpenConnection = get(scim.gateway.port, '/readyz', { agent });

      await assert.rejects(get(scim.gateway.port, '/healthz'), (error: NodeJS.ErrnoException) => error.code === 'ECONNREFUSED');
      const answer = await slow;
      assert.equal(answer.status, 200, answer.body);
      assert.equal((JSON.parse(answer.body) as { id: string }).id, id);
      assert.equal(closed, false, 'the gateway closed before its in-flight request was answered');

      const ready = await readyOnOpenConnection;
      assert.equal(ready.status, 503);
      assert.equal(ready.headers.connection, 'close', 'clients are asked to reconnect elsewhere');
      assert.match(ready.body, /"shutdown":"failed: DRAINING"/);
      await closing;
      assert.equal(closed, true);
    } finally {
      agent.destroy();
    }
  });
});
