/**
 * `meta.location` and the `Location` header (RFC 7644 sections 3.1 and 3.3), and a group
 * member's `$ref`: `<base>/<Users|Groups>/<id>` under the request's SCIM base URL.
 */
/** `endpoint` is a served endpoint's name without the slash (`Users`, `Groups`). */
export function resourceLocation(baseUrl: string, endpoint: string, id: string): string {
  return `${baseUrl.replace(/\/+$/u, '')}/${endpoint}/${encodeURIComponent(id)}`;
}
