// The moto helper itself: it starts a real moto_server, reset() really drops state, close() really
// stops the process, and a missing moto fails with a message that says what to do.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CreateGroupCommand, GetGroupIdCommand, IdentitystoreClient } from '@aws-sdk/client-identitystore';
import { MOTO_CREDENTIALS, startMotoServer } from '../../helpers/moto-server.ts';
import type { MotoServer } from '../../helpers/moto-server.ts';

const STORE = 'd-9067e3f1a2';

describe('startMotoServer', () => {
  let moto: MotoServer;
  before(async () => {
    moto = await startMotoServer();
  });
  after(() => moto.close());

  it('serves the Identity Store API to the real SDK on a loopback port', async () => {
    assert.match(moto.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(moto.version, '5.2.1');
    const client = new IdentitystoreClient({ endpoint: moto.url, region: 'us-east-1', credentials: MOTO_CREDENTIALS });
    const created = await client.send(new CreateGroupCommand({ IdentityStoreId: STORE, DisplayName: 'helpers' }));
    const found = await client.send(
      new GetGroupIdCommand({ IdentityStoreId: STORE, AlternateIdentifier: { UniqueAttribute: { AttributePath: 'displayName', AttributeValue: 'helpers' } } }),
    );
    assert.equal(found.GroupId, created.GroupId);
  });

  it('reset() drops everything created before it', async () => {
    const client = new IdentitystoreClient({ endpoint: moto.url, region: 'us-east-1', credentials: MOTO_CREDENTIALS });
    await client.send(new CreateGroupCommand({ IdentityStoreId: STORE, DisplayName: 'to-be-reset' }));
    await moto.reset();
    await assert.rejects(
      client.send(new GetGroupIdCommand({ IdentityStoreId: STORE, AlternateIdentifier: { UniqueAttribute: { AttributePath: 'displayName', AttributeValue: 'to-be-reset' } } })),
      { name: 'ResourceNotFoundException' },
    );
  });

  it('close() stops the server', async () => {
    const other = await startMotoServer();
    assert.notEqual(other.port, moto.port);
    await other.close();
    await assert.rejects(fetch(`${other.url}/moto-api/reset`, { method: 'POST' }));
    await other.close();
  });

  it('fails with a clear message when moto is not importable', async () => {
    // An interpreter that does not exist stands in for one without moto: both fail the import probe.
    await assert.rejects(startMotoServer({ python: '/nonexistent/python3' }), /moto is not importable with '\/nonexistent\/python3'.*moto-peer\.md/s);
  });
});
