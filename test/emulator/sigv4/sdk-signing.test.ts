// The verifier behind the real emulator, driven by the real SDK: error shapes the SDK understands,
// including the one the SDK recovers from by itself (a skewed clock: it reads the response's Date
// header, corrects its offset and retries, because the refusal is InvalidSignatureException).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CreateGroupCommand, IdentitystoreClient, ListGroupsCommand } from '@aws-sdk/client-identitystore';
import { startEmulator } from '../../../src/emulator/start-emulator.ts';
import type { RunningEmulator } from '../../../src/emulator/start-emulator.ts';

const STORE = 'd-1234567890';
const KEY = { accessKeyId: 'AKIASIGNINGTEST', secretAccessKey: 'signing/test+secret' };

describe('SigV4 checks in the emulator, driven by the SDK', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ credentials: [KEY] });
  });
  after(() => emulator.close());

  it('accepts a correctly signed request with a body containing non-ASCII text', async () => {
    const client = new IdentitystoreClient({ endpoint: emulator.endpoint, region: 'eu-west-1', credentials: KEY });
    const out = await client.send(new CreateGroupCommand({ IdentityStoreId: STORE, DisplayName: 'Équipe Zürich 東京' }));
    assert.ok(out.GroupId);
  });

  it('a client whose clock is 30 minutes slow is refused once, corrects itself from Date and succeeds', async () => {
    const client = new IdentitystoreClient({
      endpoint: emulator.endpoint,
      region: 'eu-west-1',
      credentials: KEY,
      systemClockOffset: -30 * 60_000,
    });
    emulator.calls.clear();
    const out = await client.send(new ListGroupsCommand({ IdentityStoreId: STORE }));
    assert.ok(Array.isArray(out.Groups));
    assert.equal(out.$metadata.attempts, 2);
    assert.deepEqual(
      emulator.calls.list().map((c) => c.outcome.kind),
      ['refused', 'ok'],
    );
    assert.ok(Math.abs(client.config.systemClockOffset) < 60_000, `offset now ${client.config.systemClockOffset}`);
  });

  it('without retries the skew refusal surfaces as InvalidSignatureException "Signature expired"', async () => {
    const client = new IdentitystoreClient({
      endpoint: emulator.endpoint,
      region: 'eu-west-1',
      credentials: KEY,
      systemClockOffset: -30 * 60_000,
      maxAttempts: 1,
    });
    await assert.rejects(client.send(new ListGroupsCommand({ IdentityStoreId: STORE })), (error: Error & { $metadata: { httpStatusCode?: number } }) => {
      assert.equal(error.name, 'InvalidSignatureException');
      assert.match(error.message, /^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 15 min\.\)$/);
      assert.equal(error.$metadata.httpStatusCode, 400);
      return true;
    });
  });

  it('an unsigned request is refused with MissingAuthenticationTokenException', async () => {
    const response = await fetch(emulator.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSIdentityStore.ListGroups' },
      body: JSON.stringify({ IdentityStoreId: STORE }),
    });
    assert.equal(response.status, 400);
    assert.deepEqual(await response.json(), { __type: 'MissingAuthenticationTokenException', message: 'Request is missing Authentication Token' });
  });
});
