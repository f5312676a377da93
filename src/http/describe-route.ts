/**
 * What a request was, in terms that are safe as log fields and metric labels: the route template
 * (`/scim/v2/Users/{id}`, never the id itself or a filter value) and, for SCIM routes, the
 * resource type and action. Derived from the method and path alone, so it reads the same whether
 * a router matched, refused or never ran (401, 404), and its values are a closed set: anything
 * unknown is `unmatched`, and a scanner probing random paths cannot grow the metrics.
 */
import { SCIM_BASE_PATH } from './scim-base-url.ts';

export type ScimAction = 'list' | 'search' | 'get' | 'create' | 'replace' | 'patch' | 'delete' | 'bulk';

export interface RouteDescription {
  readonly route: string;
  /** `User`, `Group`, or a discovery document (`ServiceProviderConfig`, `ResourceType`, `Schema`). */
  readonly resourceType?: string;
  readonly action?: ScimAction;
}

/** Changes to one resource: these get an audit line. */
export const WRITE_ACTIONS: ReadonlySet<ScimAction> = new Set(['create', 'replace', 'patch', 'delete']);

const RESOURCE_TYPES: Readonly<Record<string, string>> = { users: 'User', groups: 'Group' };
const DISCOVERY: Readonly<Record<string, string>> = { serviceproviderconfig: 'ServiceProviderConfig', resourcetypes: 'ResourceType', schemas: 'Schema' };
const CANONICAL: Readonly<Record<string, string>> = { users: 'Users', groups: 'Groups', serviceproviderconfig: 'ServiceProviderConfig', resourcetypes: 'ResourceTypes', schemas: 'Schemas' };
const OPERATIONAL = new Set(['/healthz', '/readyz', '/metrics']);

const UNMATCHED: RouteDescription = { route: 'unmatched' };

export function describeRoute(method: string, path: string): RouteDescription {
  const clean = path.split('?')[0]?.replace(/\/+$/, '') ?? '';
  if (OPERATIONAL.has(clean)) return { route: clean };
  if (clean.toLowerCase() !== SCIM_BASE_PATH && !clean.toLowerCase().startsWith(`${SCIM_BASE_PATH}/`)) return UNMATCHED;
  const segments = clean.slice(SCIM_BASE_PATH.length).split('/').filter((segment) => segment !== '');
  return describeScim(method.toUpperCase(), segments.map((segment) => segment.toLowerCase()));
}

function describeScim(method: string, segments: readonly string[]): RouteDescription {
  const [first, second, ...rest] = segments;
  const base = SCIM_BASE_PATH;
  if (first === undefined) return method === 'GET' ? { route: base, action: 'search' } : UNMATCHED;
  if (rest.length > 0) return UNMATCHED;
  if (first === '.search' && second === undefined) return { route: `${base}/.search`, action: 'search' };
  if (first === 'bulk' && second === undefined) return { route: `${base}/Bulk`, action: 'bulk' };
  if (first === 'me') return { route: `${base}/Me` };
  const discovery = DISCOVERY[first];
  if (discovery !== undefined) {
    const canonical = `${base}/${CANONICAL[first] ?? first}`;
    return second === undefined ? { route: canonical, resourceType: discovery, action: 'get' } : { route: `${canonical}/{id}`, resourceType: discovery, action: 'get' };
  }
  const resourceType = RESOURCE_TYPES[first];
  if (resourceType === undefined) return UNMATCHED;
  const collection = `${base}/${CANONICAL[first] ?? first}`;
  if (second === undefined) return withAction({ route: collection, resourceType }, method === 'GET' ? 'list' : method === 'POST' ? 'create' : undefined);
  if (second === '.search') return withAction({ route: `${collection}/.search`, resourceType }, method === 'POST' ? 'search' : undefined);
  const actions: Readonly<Record<string, ScimAction>> = { GET: 'get', PUT: 'replace', PATCH: 'patch', DELETE: 'delete' };
  return withAction({ route: `${collection}/{id}`, resourceType }, actions[method]);
}

function withAction(description: RouteDescription, action: ScimAction | undefined): RouteDescription {
  return action === undefined ? description : { ...description, action };
}

/** `User.create`, for log lines; undefined when the request was no SCIM operation. */
export function scimOperationOf(description: RouteDescription): string | undefined {
  if (description.action === undefined) return undefined;
  return description.resourceType === undefined ? description.action : `${description.resourceType}.${description.action}`;
}
