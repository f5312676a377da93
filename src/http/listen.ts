/**
 * Listening and graceful closing for the gateway's HTTP server. `listen` rejects on EADDRINUSE or
 * EACCES instead of crashing, so the composition root can close what it already started.
 * `closeServer` stops accepting, lets in-flight requests finish, and cuts stragglers after a drain
 * timeout so SIGTERM never hangs forever.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import { answerClientError } from './answer-client-error.ts';

export interface ListenOptions {
  /**
   * How long a client may take to send a whole request (node answers 408 and closes after), and
   * at most 20 s for its headers: a slow or stalled client cannot hold sockets open for long.
   */
  readonly requestTimeoutMs?: number;
}

/** How long a client may take to send the request headers, at most. */
const MAX_HEADERS_TIMEOUT_MS = 20_000;
/** How often node looks for requests over those timeouts (its default, 30 s, would let them overrun by that much). */
const TIMEOUT_CHECK_INTERVAL_MS = 1_000;

export function listen(app: RequestListener, port: number, host: string, options: ListenOptions = {}): Promise<Server> {
  return new Promise((resolvePromise, reject) => {
    const requestTimeout = options.requestTimeoutMs ?? 300_000;
    const server = createServer(
      { requestTimeout, headersTimeout: Math.min(requestTimeout, MAX_HEADERS_TIMEOUT_MS), connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS },
      app,
    );
    // What node's parser refuses (oversized headers, malformed requests, 408) still gets a SCIM error body.
    server.on('clientError', answerClientError);
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
