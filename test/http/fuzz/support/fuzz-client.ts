/**
 * A raw HTTP/1.1 client for fuzzing: node:http with a keep-alive agent, so arbitrary methods,
 * header values and percent-encoded paths reach the gateway exactly as generated (fetch and
 * supertest normalise some of them away) over a real socket, and thousands of requests reuse a
 * few connections.
 */
import { Agent, request, type IncomingHttpHeaders } from 'node:http';

export interface FuzzRequest {
  readonly method: string;
  /** Path and query, already encoded as it goes on the wire. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
}

export interface FuzzResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export class FuzzClient {
  readonly #agent = new Agent({ keepAlive: true, maxSockets: 4 });
  readonly #port: number;

  constructor(port: number) {
    this.#port = port;
  }

  send(input: FuzzRequest): Promise<FuzzResponse> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string | number> = { ...input.headers };
      if (input.body !== undefined) headers['content-length'] = Buffer.byteLength(input.body);
      const outgoing = request({ host: '127.0.0.1', port: this.#port, method: input.method, path: input.path, headers, agent: this.#agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      });
      outgoing.on('error', reject);
      outgoing.end(input.body);
    });
  }

  close(): void {
    this.#agent.destroy();
  }
}
