/**
 * Requests whose bytes cannot be decoded, failed by the framework before any route runs, as SCIM
 * 400s (RFC 7644 section 3.12) instead of the 500 an unrecognised error gets:
 * - a path parameter that is not valid percent-encoding (RFC 3986 section 2.1), e.g.
 *   `/Users/%zz`: the router's decodeURIComponent throws a URIError it marks with status 400;
 * - a body that is not in the Content-Encoding it claims (`gzip` on plain JSON, a truncated
 *   deflate stream): body-parser passes zlib's error on with status 400, but without the `type`
 *   map-body-parser-error.ts keys on. zlib errors carry a numeric `errno` and a string `code`
 *   (`Z_DATA_ERROR`, `ERR__ERROR_FORMAT_PADDING_1` for brotli).
 */
import { ScimError } from '../scim/errors.ts';

interface FrameworkError {
  readonly status?: unknown;
  readonly errno?: unknown;
  readonly code?: unknown;
}

export function mapRequestDecodingError(error: unknown): ScimError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, errno, code } = error as FrameworkError;
  if (status !== 400) return undefined;
  if (error instanceof URIError) {
    return ScimError.badRequest('The request path is not valid percent-encoding (RFC 3986 section 2.1).');
  }
  if (typeof errno === 'number' && typeof code === 'string') {
    return ScimError.badRequest('The request body could not be decoded with the Content-Encoding it was sent with; send it uncompressed or as valid gzip or deflate.');
  }
  return undefined;
}
