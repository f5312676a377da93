/**
 * The floor of any Express gateway in the benchmark: a bare Express app that turns a request into
 * the one Identity Store call it needs and answers, with none of the gateway's own work (no auth,
 * helmet, logs, metrics, validation, state, rendering). POST /scim/v2/Users sends CreateUser and
 * echoes the body with the new id; GET /scim/v2/Users/{id} sends DescribeUser (with the
 * enterprise extension, as the gateway and the baseline ask) and answers the user's id and name.
 * Its SDK client has the gateway's `cacheMiddleware`, and express's own ETag is off, as in the gateway.
 */
import { createServer } from 'node:http';
import { DescribeUserCommand, IdentitystoreClient } from '@aws-sdk/client-identitystore';
import express from 'express';
import { ENTERPRISE_EXTENSION } from '../src/identity-store/port.ts';
import { BENCH_CREDENTIALS, STORE_ID, type BenchEnvironment } from './bench-environment.ts';
import { createUserCommand } from './scenarios/create-users.ts';
import { ScimClient } from './scim-client.ts';

interface FloorApp {
  readonly port: number;
  close(): Promise<void>;
}

/** Runs `use` with a client of a floor app on the environment's emulator, closing both after. */
export async function withFloorApp<T>(env: BenchEnvironment, concurrency: number, use: (client: ScimClient) => Promise<T>): Promise<T> {
  const floorApp = await startFloorApp(env.emulator.endpoint);
  const client = new ScimClient(floorApp.port, env.token, concurrency);
  try {
    return await use(client);
  } finally {
    client.close();
    await floorApp.close();
  }
}

async function startFloorApp(emulatorEndpoint: string): Promise<FloorApp> {
  const client = new IdentitystoreClient({ region: 'us-east-1', endpoint: emulatorEndpoint, credentials: BENCH_CREDENTIALS, cacheMiddleware: true });
  const app = express();
  app.set('etag', false);
  app.use(express.json({ type: ['application/json', 'application/scim+json'] }));
  app.post('/scim/v2/Users', async (req, res) => {
    const body = req.body as { userName: string };
    const output = await client.send(createUserCommand(body.userName, 0));
    res.status(201).type('application/scim+json').send(JSON.stringify({ ...body, id: output.UserId }));
  });
  app.get('/scim/v2/Users/:id', async (req, res) => {
    const output = await client.send(new DescribeUserCommand({ IdentityStoreId: STORE_ID, UserId: req.params.id, Extensions: [ENTERPRISE_EXTENSION] }));
    res.status(200).type('application/scim+json').send(JSON.stringify({ id: output.UserId, userName: output.UserName }));
  });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the floor app has no port');
  return {
    port: address.port,
    close: async () => {
      client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
