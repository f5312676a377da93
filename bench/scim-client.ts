/**
 * The benchmark's HTTP client for the gateway: node:http with a keep-alive agent sized to the
 * load's concurrency (an IdP's connection pool), JSON in and out, bearer token set. Any status
 * other than the expected one fails the run: a benchmark of errors measures nothing.
 */
import { Agent, request } from 'node:http';

export interface ScimResponse {
  readonly status: number;
  readonly body: unknown;
}

export class ScimClient {
  readonly #agent: Agent;
  readonly #port: number;
  readonly #token: string;

  constructor(port: number, token: string, sockets: number) {
    this.#agent = new Agent({ keepAlive: true, maxSockets: sockets });
    this.#port = port;
    this.#token = token;
  }

  send(method: string, path: string, body?: unknown): Promise<ScimResponse> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string | number> = { authorization: `Bearer ${this.#token}` };
    if (payload !== undefined) {
      headers['content-type'] = 'application/scim+json';
      headers['content-length'] = Buffer.byteLength(payload);
    }
    return new Promise((resolve, reject) => {
      const outgoing = request({ host: '127.0.0.1', port: this.#port, method, path: `/scim/v2${path}`, headers, agent: this.#agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, body: text === '' ? undefined : (JSON.parse(text) as unknown) });
        });
      });
      outgoing.on('error', reject);
      outgoing.end(payload);
    });
  }

  /** `send`, failing unless the status is `expected`. */
  async expect(expected: number, method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await this.send(method, path, body);
    if (response.status !== expected) throw new Error(`${method} ${path}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  close(): void {
    this.#agent.destroy();
  }
}
