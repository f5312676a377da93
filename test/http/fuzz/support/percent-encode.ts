/**
 * Percent-encoding for generated text (RFC 3986 section 2.1) that never throws: the text goes out
 * as UTF-8 (a lone surrogate becomes U+FFFD, as any HTTP client would send it), every byte outside
 * the unreserved set encoded. encodeURIComponent throws on lone surrogates, which truncated
 * generated strings contain.
 */
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

export function percentEncode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += UNRESERVED.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
