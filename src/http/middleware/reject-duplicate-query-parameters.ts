/**
 * A query parameter given twice (`?filter=a&filter=b`, or `count` and `Count`, since SCIM
 * parameter names are matched case-insensitively) is refused with 400 invalidSyntax naming it,
 * on every /scim/v2 route: picking one of the values silently would let a proxy or WAF that read
 * the other one see a different request than the gateway answers (HTTP parameter pollution).
 *
 * The app's `simple` query parser (node:querystring) turns a repeated name into an array.
 */
import type { RequestHandler } from 'express';
import { ScimError } from '../../scim/errors.ts';

const shown = (name: string): string => JSON.stringify(name.length > 100 ? `${name.slice(0, 97)}...` : name);

export const rejectDuplicateQueryParameters: RequestHandler = (req, _res, next) => {
  const query = req.query as Readonly<Record<string, unknown>>;
  const seen = new Map<string, string>();
  for (const [name, value] of Object.entries(query)) {
    if (Array.isArray(value)) throw ScimError.invalidSyntax(`The query parameter ${shown(name)} is given more than once; send it once.`);
    const folded = name.toLowerCase();
    const earlier = seen.get(folded);
    if (earlier !== undefined) throw ScimError.invalidSyntax(`The query parameter ${shown(name)} is given more than once (also as ${shown(earlier)}); send it once.`);
    seen.set(folded, name);
  }
  next();
};
