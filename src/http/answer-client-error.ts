/**
 * Requests node's HTTP parser refuses before express sees them (headers over the size limit, a
 * malformed request line or header, a client too slow to send its request) answered with a SCIM
 * error body (RFC 7644 section 3.12) rather than node's bare status line, so an IdP logs a reason
 * whatever it sent. The statuses are node's own (431, 413, 408, else 400); the connection is
 * closed after, as node does, since the parser cannot resync on that stream.
 *
 * Wired as the server's 'clientError' listener (listen.ts). Like node's default it writes only
 * when no response has started on the socket: bytes in the middle of another response would
 * corrupt it for the client.
 */
import type { Duplex } from 'node:stream';
import { ERROR_SCHEMA, type ScimErrorBody } from '../scim/errors.ts';
import { SCIM_CONTENT_TYPE } from './send-scim.ts';

interface ClientErrorAnswer {
  readonly status: number;
  readonly reason: string;
  readonly detail: string;
}

/** By node's error code (node:http's own mapping); anything else is a 400. */
const ANSWERS: Readonly<Record<string, ClientErrorAnswer>> = {
  HPE_HEADER_OVERFLOW: { status: 431, reason: 'Request Header Fields Too Large', detail: 'The request headers (request line included) are larger than the server accepts; a very long id or query string is the usual cause.' },
  HPE_CHUNK_EXTENSIONS_OVERFLOW: { status: 413, reason: 'Payload Too Large', detail: 'The chunk extensions of the request body are larger than the server accepts.' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, reason: 'Request Timeout', detail: 'The request was not received completely in time.' },
};

const BAD_REQUEST: ClientErrorAnswer = { status: 400, reason: 'Bad Request', detail: 'The request is not valid HTTP/1.1 (request line or headers malformed).' };

export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  // A reset peer has gone: there is no one to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (!socket.writable || inFlight?.headersSent === true) {
    socket.destroy(error);
    return;
  }
  const answer = (error.code === undefined ? undefined : ANSWERS[error.code]) ?? BAD_REQUEST;
  const body: ScimErrorBody = { schemas: [ERROR_SCHEMA], status: String(answer.status), detail: answer.detail };
  const text = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${answer.status} ${answer.reason}\r\nContent-Type: ${SCIM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
  );
}
