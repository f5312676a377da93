// Requests whose bytes cannot be decoded (found by the HTTP fuzzer, issue #8): a path that is not
// valid percent-encoding, a body that is not in its Content-Encoding, headers over node's size
// limit, a malformed request line. Each is a SCIM 400-family error, never a 500 or a bare status line.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { bodyAs, type ErrorBody } from './helpers/test-app.ts';
import { SCIM_JSON, newUser, operations, startScimGateway, type ScimGateway } from './helpers/scim-gateway.ts';

const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** Writes raw bytes on a fresh connection and reads until the server closes it. */
function rawExchange(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function parseRawResponse(text: string): { status: number; headers: string; body: ErrorBody } {
  const [head = '', body = ''] = text.split('\r\n\r\n');
  return { status: Number(head.split(' ')[1]), headers: head.toLowerCase(), body: JSON.parse(body) as ErrorBody };
}

describe('requests that cannot be decoded', () => {
  let scim: ScimGateway;
  before(async () => {
    scim = await startScimGateway();
  });
  after(async () => {
    await scim.close();
  });

  for (const id of ['%zz', '%E0%A4%A', '%']) {
    it(`a path id that is not valid percent-encoding (${id}) is a 400 SCIM error, with no Identity Store call`, async () => {
      scim.emulator?.calls.clear();
      const res = await scim.get(`/Users/${id}`);
      assert.equal(res.status, 400);
      assert.equal(res.headers['content-type'], SCIM_JSON);
      assert.deepEqual(res.body, { schemas: [ERROR_SCHEMA], status: '400', detail: 'The request path is not valid percent-encoding (RFC 3986 section 2.1).' });
      assert.deepEqual(operations(scim.emulator), []);
    });
  }

  for (const encoding of ['gzip', 'deflate', 'br']) {
    it(`a JSON body labelled Content-Encoding: ${encoding} but sent plain is a 400 naming the encoding, with no Identity Store call`, async () => {
      scim.emulator?.calls.clear();
      const res = await scim.post('/Users', newUser('mislabelled@example.com')).set('Content-Encoding', encoding);
      assert.equal(res.status, 400);
      assert.equal(bodyAs<ErrorBody>(res).status, '400');
      assert.match(bodyAs<ErrorBody>(res).detail, /could not be decoded with the Content-Encoding/);
      assert.deepEqual(operations(scim.emulator), []);
    });
  }

  it('a correctly gzipped body is still accepted', async () => {
    const res = await fetch(`${scim.origin}/scim/v2/Users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${scim.token}`, 'content-type': 'application/scim+json', 'content-encoding': 'gzip' },
      body: gzipSync(JSON.stringify(newUser('gzipped@example.com'))),
    });
    assert.equal(res.status, 201, await res.text());
  });

  it('headers larger than node accepts: 431 with a SCIM error body, the connection closed', async () => {
    const response = parseRawResponse(await rawExchange(scim.gateway.port, `GET /scim/v2/Users/${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`));
    assert.equal(response.status, 431);
    assert.match(response.headers, /content-type: application\/scim\+json/);
    assert.match(response.headers, /connection: close/);
    assert.equal(response.body.status, '431');
    assert.deepEqual(response.body.schemas, [ERROR_SCHEMA]);
    assert.match(response.body.detail, /headers .* larger than the server accepts/);
  });

  it('a malformed request line: 400 with a SCIM error body', async () => {
    const response = parseRawResponse(await rawExchange(scim.gateway.port, 'GET /scim/v2/Users HTTP/9.9 extra\r\n\r\n'));
    assert.equal(response.status, 400);
    assert.match(response.headers, /content-type: application\/scim\+json/);
    assert.deepEqual(response.body, { schemas: [ERROR_SCHEMA], status: '400', detail: 'The request is not valid HTTP/1.1 (request line or headers malformed).' });
  });

  it('still serves on other connections afterwards', async () => {
    assert.equal((await scim.get('/ServiceProviderConfig')).status, 200);
  });
});
