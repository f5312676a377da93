// A minimal HTTP server for the portal tests, wired the way the emulator core wires the portal and
// the SigV4 check: the portal sees every request first; Identity Store requests (JSON 1.1,
// POST /) are then signature-checked and answered with a fixed empty ListUsers page. It stands in
// for startEmulator so these tests depend only on the modules they test.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CredentialRegistry } from '../../../src/emulator/credentials.ts';
import { handleSsoPortal } from '../../../src/emulator/sso-portal/handle-sso-portal.ts';
import type { SsoPortal } from '../../../src/emulator/sso-portal/handle-sso-portal.ts';
import { verifySigV4 } from '../../../src/emulator/sigv4/verify-sigv4.ts';

export interface PortalTestServer {
  readonly url: string;
  /** X-Amz-Target of every Identity Store request that passed the signature check. */
  readonly acceptedTargets: string[];
  close(): Promise<void>;
}

export async function startPortalTestServer(registry: CredentialRegistry, portal: SsoPortal): Promise<PortalTestServer> {
  const acceptedTargets: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const method = req.method ?? 'GET';
      const portalResponse = handleSsoPortal({ method, path: url.pathname, query: url.searchParams, headers: req.headers, body }, registry, portal);
      if (portalResponse !== undefined) {
        res.writeHead(portalResponse.status, portalResponse.headers).end(portalResponse.body);
        return;
      }
      const json = { 'content-type': 'application/x-amz-json-1.1' };
      if (registry.size > 0) {
        const verdict = verifySigV4({ method, path: url.pathname, query: url.search, headers: req.headers, body }, registry);
        if (!verdict.ok) {
          res.writeHead(verdict.status, json).end(JSON.stringify({ __type: verdict.errorType, message: verdict.message }));
          return;
        }
      }
      acceptedTargets.push(String(req.headers['x-amz-target']));
      res.writeHead(200, json).end(JSON.stringify({ Users: [] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    acceptedTargets,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // SDK clients keep connections alive; without this close() would wait for them to idle out.
        server.closeAllConnections();
      }),
  };
}
