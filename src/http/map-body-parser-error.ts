/**
 * body-parser's failures, by their `type`, as SCIM errors (RFC 7644 section 3.12). Data, not code
 * paths, so adding one is one line. Anything not listed falls through to the 500 path.
 */
import { ScimError } from '../scim/errors.ts';

interface BodyParserError {
  readonly type: string;
  readonly message: string;
  readonly limit?: number;
}

const BODY_PARSER_ERRORS: Readonly<Record<string, (error: BodyParserError) => ScimError>> = {
  // The JSON.parse message quotes the offending text; it is the client's own body, cut short.
  'entity.parse.failed': (error) => ScimError.invalidSyntax(`The request body is not valid JSON: ${truncate(error.message)}`, error),
  'entity.too.large': (error) => ScimError.payloadTooLarge(`The request body exceeds the limit of ${error.limit ?? 'unknown'} bytes (bulk.maxPayloadSize in /ServiceProviderConfig); split it into smaller requests.`),
  'encoding.unsupported': () => ScimError.badRequest('Unsupported Content-Encoding; send identity, gzip or deflate.'),
  'charset.unsupported': () => ScimError.badRequest('Unsupported charset; send the body as UTF-8.'),
  'request.aborted': () => ScimError.badRequest('The request body was aborted before it was complete.'),
  'request.size.invalid': () => ScimError.badRequest('The request body length does not match Content-Length.'),
};

export function mapBodyParserError(error: unknown): ScimError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const type = (error as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(BODY_PARSER_ERRORS, type)) return undefined;
  return BODY_PARSER_ERRORS[type]?.(error as BodyParserError);
}

function truncate(text: string): string {
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}
