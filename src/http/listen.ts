/**
 * Listening and graceful closing for the gateway's HTTP server. `listen` rejects on EADDRINUSE or
 * EACCES instead of crashing, so the composition root can close what it already started.
 * `closeServer` stops accepting, lets in-flight requests finish, and cuts stragglers after a drain
 * timeout so SIGTERM never hangs forever.
 */
import { createServer, type RequestListener, type Server } from 'node:http';

export function listen(app: RequestListener, port: number, host: string): Promise<Server> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer(app);
    server.once('error', reject); // EADDRINUSE, EACCES: startGateway rejects and closes what it started
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePromise(server);
    });
  });
}

/** In-flight requests get this long to finish before their connections are cut. */
export const DRAIN_TIMEOUT_MS = 10_000;

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const force = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS).unref();
    server.close((error) => {
      clearTimeout(force);
      if (error === undefined) resolvePromise();
      else reject(error);
    });
    // Idle keep-alive sockets (an IdP's connection pool) would otherwise hold close() open.
    server.closeIdleConnections();
  });
}
