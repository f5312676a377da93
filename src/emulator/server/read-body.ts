/** Reads a whole request body; SigV4 verification needs the exact bytes that arrived. */
import type { IncomingMessage } from 'node:http';

/** Bodies beyond this are refused: no Identity Store request comes near it. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new RangeError('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
