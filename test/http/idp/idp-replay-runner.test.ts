/**
 * The replay runner itself (test/helpers/idp-replay): a malformed fixture fails loudly when it is
 * loaded, the checks reject what the IdPs reject, and a replay that meets an answer its IdP would
 * not accept fails with the step, the request and the answer.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkResponse } from '../../helpers/idp-replay/check-response.ts';
import { loadSequences } from '../../helpers/idp-replay/load-sequences.ts';
import { parseSequence } from '../../helpers/idp-replay/parse-sequence.ts';
import { ReplayFailure, replaySequence } from '../../helpers/idp-replay/replay-sequence.ts';
import type { Expectation } from '../../helpers/idp-replay/sequence.ts';
import { startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';

const lookup = { method: 'GET', path: '/Users', query: { filter: 'userName eq "nobody@example.com"' } };

function fixture(steps: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { description: 'd', source: 's', requiredOperations: ['GetUserId'], steps, ...extra };
}

const parse = (raw: unknown): ReturnType<typeof parseSequence> => parseSequence(raw, 'okta', 'example', 'okta/example.json');

describe('replay fixtures are validated when loaded', () => {
  it('every fixture under test/fixtures/idp/*/sequences loads, with names unique per IdP', () => {
    const sequences = loadSequences();
    assert.ok(sequences.length >= 12);
    const names = sequences.map((sequence) => `${sequence.idp}/${sequence.name}`);
    assert.equal(new Set(names).size, names.length);
  });

  it('accepts a well-formed sequence with captures used later', () => {
    const sequence = parse(
      fixture([
        { name: 'create', request: { method: 'POST', path: '/Users', body: { userName: 'a' } }, expect: { status: 201 }, capture: { userId: '/id' } },
        { name: 'read', request: { method: 'GET', path: '/Users/{{userId}}' }, expect: { status: [200, 304], body: [{ path: '/id', equals: '{{userId}}' }] } },
      ]),
    );
    assert.deepEqual(sequence.steps[1]?.expect.status, [200, 304]);
    assert.deepEqual(sequence.steps[1]?.expect.body, [{ kind: 'equals', path: '/id', value: '{{userId}}' }]);
  });

  const malformed: [string, unknown, RegExp][] = [
    ['a misspelt key', fixture([{ name: 'x', request: lookup, expect: { status: 200, bdy: [] } }]), /steps\[0\]\.expect: unknown key "bdy"/],
    ['a check without an operator', fixture([{ name: 'x', request: lookup, expect: { status: 200, body: [{ path: '/id' }] } }]), /body\[0\]: needs exactly one of/],
    ['a check with two operators', fixture([{ name: 'x', request: lookup, expect: { status: 200, body: [{ path: '/id', exists: true, absent: true }] } }]), /needs exactly one of/],
    ['a path that is not a JSON Pointer', fixture([{ name: 'x', request: lookup, expect: { status: 200, body: [{ path: 'Resources.0', exists: true }] } }]), /JSON Pointer/],
    ['an invalid regular expression', fixture([{ name: 'x', request: lookup, expect: { status: 200, body: [{ path: '/id', matches: '(' }] } }]), /invalid regular expression/],
    ['a placeholder nobody captured', fixture([{ name: 'x', request: { method: 'GET', path: '/Users/{{userId}}' }, expect: { status: 200 } }]), /uses \{\{userId\}\}, which no earlier step captures/],
    ['a malformed placeholder', fixture([{ name: 'x', request: { method: 'GET', path: '/Users/{{user id}}' }, expect: { status: 200 } }]), /malformed placeholder/],
    ['a query in the path', fixture([{ name: 'x', request: { method: 'GET', path: '/Users?count=1' }, expect: { status: 200 } }]), /carry no query/],
    ['an unknown method', fixture([{ name: 'x', request: { method: 'FETCH', path: '/Users' }, expect: { status: 200 } }]), /method: must be one of/],
    ['a capture in a repeated step', fixture([{ name: 'x', repeat: 3, request: lookup, expect: { status: 200 }, capture: { a: '/id' } }]), /repeated step cannot capture/],
    ['unsorted requiredOperations', fixture([{ name: 'x', request: lookup, expect: { status: 200 } }], { requiredOperations: ['ListUsers', 'GetUserId'] }), /must be sorted and unique/],
    ['no steps', fixture([]), /steps: must not be empty/],
    ['no source', { description: 'd', requiredOperations: [], steps: [] }, /missing "source"/],
  ];
  for (const [what, raw, message] of malformed) {
    it(`rejects ${what}, naming the file and the place`, () => {
      assert.throws(() => parse(raw), (error: Error) => error.message.startsWith('okta/example.json') && message.test(error.message));
    });
  }
});

describe('responses are checked the way IdPs read them', () => {
  const headers = new Headers({ 'content-type': 'application/scim+json; charset=utf-8' });
  const expectation = (body: Expectation['body'], status: readonly number[] = [200]): Expectation => ({ status, headers: [], body });
  const list = (body: unknown): string[] => checkResponse({ status: 200, headers, text: JSON.stringify(body) }, expectation([{ kind: 'listResponse', totalResults: 1 }])).failures;

  it('a ListResponse needs its URN, integer totals and as many Resources as itemsPerPage', () => {
    const good = { schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 1, itemsPerPage: 1, startIndex: 1, Resources: [{ id: 'a' }] };
    assert.deepEqual(list(good), []);
    assert.match(list({ ...good, totalResults: '1' }).join(), /totalResults must be an integer/);
    assert.match(list({ ...good, Resources: [] }).join(), /Resources holds 0 items but itemsPerPage is 1/);
    assert.match(list({ ...good, schemas: [] }).join(), /not a ListResponse/);
  });

  it('a SCIM error needs the Error URN, status as a string and a detail', () => {
    const check = (body: unknown): string[] => checkResponse({ status: 404, headers, text: JSON.stringify(body) }, expectation([{ kind: 'scimError', status: 404 }], [404])).failures;
    assert.deepEqual(check({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '404', detail: 'gone' }), []);
    assert.match(check({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: 404, detail: 'gone' }).join(), /must be the string "404"/);
  });

  it('every body is application/scim+json, and a 204 has none', () => {
    const asJson = checkResponse({ status: 200, headers: new Headers({ 'content-type': 'application/json' }), text: '{}' }, expectation([]));
    assert.match(asJson.failures.join(), /expected application\/scim\+json/);
    const noContent = checkResponse({ status: 204, headers, text: '{}' }, expectation([], [204]));
    assert.match(noContent.failures.join(), /a 204 must not carry a body/);
    const emptyCreate = checkResponse({ status: 201, headers, text: '' }, expectation([{ kind: 'exists', path: '/id' }], [201]));
    assert.match(emptyCreate.failures.join(), /empty body/);
  });

  it('includes and excludes match array elements by their members', () => {
    const body = JSON.stringify({ members: [{ value: 'u1', display: 'One' }] });
    const check = (kind: 'includes' | 'excludes', value: Record<string, string>): string[] => checkResponse({ status: 200, headers, text: body }, expectation([{ kind, path: '/members', value }])).failures;
    assert.deepEqual(check('includes', { value: 'u1' }), []);
    assert.equal(check('includes', { value: 'u2' }).length, 1);
    assert.deepEqual(check('excludes', { value: 'u2' }), []);
    assert.equal(check('excludes', { value: 'u1' }).length, 1);
  });
});

describe('a replay fails at the first answer its IdP would reject', () => {
  let scim: ScimGateway;
  before(async () => {
    scim = await startScimGateway();
  });
  after(() => scim.close());

  it('names the sequence, the step, the failed checks, the request and the answer', async () => {
    const sequence = parse(
      fixture([
        { name: 'lookup', request: lookup, expect: { status: 200, body: [{ listResponse: { totalResults: 0 } }] } },
        { name: 'expects a user that is not there', request: lookup, expect: { status: 200, body: [{ listResponse: { totalResults: 1 } }] } },
        { name: 'never sent', request: lookup, expect: { status: 200 } },
      ]),
    );
    scim.emulator?.calls.clear();
    await assert.rejects(replaySequence(sequence, { baseUrl: scim.gateway.url, token: scim.token }), (error: Error) => {
      assert.ok(error instanceof ReplayFailure);
      assert.match(error.message, /^okta\/example step 2 "expects a user that is not there" would fail in okta:/);
      assert.match(error.message, /totalResults is 0, expected 1/);
      assert.match(error.message, /request: {2}GET http:\/\/127\.0\.0\.1:\d+\/scim\/v2\/Users\?filter=userName%20eq%20%22nobody%40example\.com%22/);
      assert.match(error.message, /response: 200 application\/scim\+json/);
      return true;
    });
    assert.equal(scim.emulator?.calls.count('GetUserId'), 2);
  });

  it('fails when a capture is missing from the answer', async () => {
    const sequence = parse(fixture([{ name: 'lookup', request: lookup, expect: { status: 200 }, capture: { userId: '/Resources/0/id' } }]));
    await assert.rejects(replaySequence(sequence, { baseUrl: scim.gateway.url, token: scim.token }), /cannot capture \{\{userId\}\}: \/Resources\/0\/id is missing/);
  });
});
