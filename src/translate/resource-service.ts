/**
 * The boundary between HTTP and translation: what a SCIM resource endpoint can ask for, in SCIM
 * terms only (no express, no AWS types). src/http/routes call it; src/translate implements it
 * over the IdentityStore and GatewayState ports. Every method throws ScimError for anything the
 * IdP should see (404, 409, 412, 400 ...); IdentityStoreCallError is turned into ScimError inside.
 */
import type { UpstreamCallTally } from '../identity-store/port.ts';
import type { AttributeSelection, ListQuery } from '../scim/list/list-query.ts';
import type { ListResponse } from '../scim/list/build-list-response.ts';
import type { ScimResource } from '../scim/resource.ts';

/** Who is asking and where the gateway is reachable: decided by the HTTP layer per request. */
export interface ScimRequestContext {
  /** The bearer token's subject: the IdP. It scopes `externalId` (one IdP never sees another's). */
  readonly issuer: string;
  /** Absolute SCIM base URL, e.g. https://scim.example.com/scim/v2 (SCIM_BRIDGE_PUBLIC_URL or the request's). */
  readonly baseUrl: string;
  /** Where the request's Identity Store calls are counted (request-store.ts); none: not counted. */
  readonly upstreamCalls?: UpstreamCallTally;
}

/** Conditional-request headers (RFC 7644 section 3.14), passed through as the client sent them. */
export interface Preconditions {
  /** Raw `If-Match` header: a list of entity tags or `*`. A mismatch is 412. */
  readonly ifMatch?: string;
}

/** A single resource as it should be answered: the projected body plus what goes in headers. */
export interface ResourceResult {
  readonly resource: ScimResource;
  /** The resource's version (`meta.version`, the `ETag` header), a weak entity tag: W/"...". */
  readonly version: string;
  /** `meta.location`, also the `Location` header on create. */
  readonly location: string;
}

export interface ResourceService {
  get(id: string, selection: AttributeSelection, context: ScimRequestContext): Promise<ResourceResult>;
  list(query: ListQuery, context: ScimRequestContext): Promise<ListResponse>;
  create(body: unknown, selection: AttributeSelection, context: ScimRequestContext): Promise<ResourceResult>;
  replace(id: string, body: unknown, selection: AttributeSelection, context: ScimRequestContext, preconditions: Preconditions): Promise<ResourceResult>;
  patch(id: string, body: unknown, selection: AttributeSelection, context: ScimRequestContext, preconditions: Preconditions): Promise<ResourceResult>;
  remove(id: string, context: ScimRequestContext, preconditions: Preconditions): Promise<void>;
}
