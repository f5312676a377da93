/**
 * An IdP replay sequence as the runner sees it, after parse-sequence.ts has validated the JSON
 * fixture (test/fixtures/idp/<idp>/sequences/<name>.json; docs/idp/replays.md describes the
 * format). A sequence is what one IdP sends for one provisioning task, step by step, with the
 * checks that IdP applies to each answer.
 */

export const IDPS = ['okta', 'entra', 'google', 'onelogin', 'jumpcloud', 'ping'] as const;
export type Idp = (typeof IDPS)[number];

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export const JSON_TYPES = ['string', 'number', 'integer', 'boolean', 'array', 'object', 'null'] as const;
export type JsonType = (typeof JSON_TYPES)[number];

export interface ReplayRequest {
  readonly method: HttpMethod;
  /** Relative to the SCIM base URL (`/Users/{{userId}}`); may hold placeholders. */
  readonly path: string;
  /** Query parameters, sent percent-encoded in this order; values may hold placeholders. */
  readonly query: readonly (readonly [string, string])[];
  readonly headers: Readonly<Record<string, string>>;
  /** The body exactly as the IdP sends it; strings may hold placeholders. */
  readonly body: JsonValue | undefined;
}

/** Checks on the JSON body; `path` is a JSON Pointer (RFC 6901): `/Resources/0/id`, `/urn:...:User/manager/value`. */
export type BodyCheck =
  | { readonly kind: 'equals'; readonly path: string; readonly value: JsonValue }
  | { readonly kind: 'exists'; readonly path: string }
  | { readonly kind: 'absent'; readonly path: string }
  | { readonly kind: 'length'; readonly path: string; readonly length: number }
  | { readonly kind: 'matches'; readonly path: string; readonly pattern: string }
  | { readonly kind: 'type'; readonly path: string; readonly type: JsonType }
  /** An array with an element that has (at least) these members. */
  | { readonly kind: 'includes'; readonly path: string; readonly value: JsonValue }
  /** An array with no such element. */
  | { readonly kind: 'excludes'; readonly path: string; readonly value: JsonValue }
  /** A ListResponse as IdPs read it: schema URN, integer totals, a `Resources` array of itemsPerPage items. */
  | { readonly kind: 'listResponse'; readonly totalResults?: number; readonly itemsPerPage?: number; readonly startIndex?: number }
  /** A SCIM error body (RFC 7644 section 3.12) with this status, and scimType when given. */
  | { readonly kind: 'scimError'; readonly status: number; readonly scimType?: string };

export type HeaderCheck =
  | { readonly kind: 'present'; readonly name: string }
  | { readonly kind: 'absent'; readonly name: string }
  | { readonly kind: 'equals'; readonly name: string; readonly value: string }
  | { readonly kind: 'matches'; readonly name: string; readonly pattern: string };

export interface Expectation {
  /** Statuses the IdP accepts (Okta takes 200 with a body or 204 for a PATCH). */
  readonly status: readonly number[];
  readonly headers: readonly HeaderCheck[];
  /** Applied when the response has a body; a 204 the IdP accepts carries none. */
  readonly body: readonly BodyCheck[];
}

export interface Step {
  readonly name: string;
  readonly request: ReplayRequest;
  readonly expect: Expectation;
  /** Placeholder name -> JSON Pointer into the response body, for later steps. */
  readonly capture: Readonly<Record<string, string>>;
  /** Sent this many times with `{{i}}` = 1, 2, ... (seeding an import); 1 for a plain step. */
  readonly repeat: number;
}

export interface Sequence {
  readonly idp: Idp;
  /** The file name without `.json`. */
  readonly name: string;
  readonly file: string;
  readonly description: string;
  /** Where the requests come from: the IdP's documentation (docs/idp/replays.md lists them). */
  readonly source: string;
  /**
   * The Identity Store operations the sequence causes, as the emulator's call log shows them
   * (checked on every emulator run); a peer that lacks one of them cannot run the sequence.
   */
  readonly requiredOperations: readonly string[];
  /** Headers on every request (the IdP's User-Agent). */
  readonly headers: Readonly<Record<string, string>>;
  readonly steps: readonly Step[];
}
