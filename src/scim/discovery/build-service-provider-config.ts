/**
 * `/ServiceProviderConfig` (RFC 7643 section 5, `pagination` from RFC 9865 section 4), built
 * from the gateway's configuration so what it advertises is what it does. Some IdPs only use
 * PATCH when `patch.supported` is true, so honesty here changes their behaviour.
 */
import { SERVICE_PROVIDER_CONFIG_SCHEMA_ID } from '../schema/service-provider-config-schema.ts';
import type { ListLimits } from '../list/list-query.ts';


/** The authentication schemes the gateway can describe, by RFC 7643 section 5 `type`. */
const AUTHENTICATION_SCHEMES = {
  oauthbearertoken: {
    type: 'oauthbearertoken',
    name: 'OAuth Bearer Token',
    description: 'Authentication with a bearer token issued by `scim-bridge token create` and sent in the Authorization header.',
    specUri: 'https://www.rfc-editor.org/info/rfc6750',
  },
} as const;

export type AuthenticationSchemeType = keyof typeof AUTHENTICATION_SCHEMES;

export interface PaginationCapabilities extends ListLimits {
  /** Seconds a cursor stays usable (RFC 9865 section 4). */
  readonly cursorTimeout: number;
}

export interface ServiceProviderCapabilities {
  readonly documentationUri?: string;
  readonly patch: boolean;
  readonly bulk: { readonly supported: boolean; readonly maxOperations: number; readonly maxPayloadSize: number };
  readonly filter: { readonly supported: boolean; readonly maxResults: number };
  /** The Identity Store holds no passwords. */
  readonly changePassword: false;
  readonly sort: boolean;
  readonly etag: boolean;
  readonly pagination: PaginationCapabilities;
  readonly authenticationSchemes: readonly [AuthenticationSchemeType, ...AuthenticationSchemeType[]];
}

export interface ServiceProviderConfig {
  readonly schemas: readonly [typeof SERVICE_PROVIDER_CONFIG_SCHEMA_ID];
  readonly documentationUri?: string;
  readonly patch: { readonly supported: boolean };
  readonly bulk: { readonly supported: boolean; readonly maxOperations: number; readonly maxPayloadSize: number };
  readonly filter: { readonly supported: boolean; readonly maxResults: number };
  readonly changePassword: { readonly supported: false };
  readonly sort: { readonly supported: boolean };
  readonly etag: { readonly supported: boolean };
  readonly pagination: PaginationCapabilities;
  readonly authenticationSchemes: readonly {
    readonly type: string; readonly name: string; readonly description: string; readonly specUri: string; readonly primary: boolean;
  }[];
  readonly meta: { readonly resourceType: 'ServiceProviderConfig'; readonly location: string };
}

/** `baseUrl` is the SCIM base, e.g. `https://host/scim/v2`, with or without a trailing slash. */
export function buildServiceProviderConfig(capabilities: ServiceProviderCapabilities, baseUrl: string): ServiceProviderConfig {
  const { pagination } = capabilities;
  // RFC 9865 section 4: the default method must be one the provider supports.
  if (!pagination[pagination.defaultPaginationMethod]) {
    throw new RangeError(`defaultPaginationMethod "${pagination.defaultPaginationMethod}" is not a supported pagination method`);
  }
  if (pagination.defaultPageSize > pagination.maxPageSize) {
    throw new RangeError(`defaultPageSize ${pagination.defaultPageSize} exceeds maxPageSize ${pagination.maxPageSize}`);
  }
  return {
    schemas: [SERVICE_PROVIDER_CONFIG_SCHEMA_ID],
    ...(capabilities.documentationUri === undefined ? {} : { documentationUri: capabilities.documentationUri }),
    patch: { supported: capabilities.patch },
    bulk: { ...capabilities.bulk },
    filter: { ...capabilities.filter },
    changePassword: { supported: capabilities.changePassword },
    sort: { supported: capabilities.sort },
    etag: { supported: capabilities.etag },
    pagination: {
      cursor: pagination.cursor,
      index: pagination.index,
      defaultPaginationMethod: pagination.defaultPaginationMethod,
      defaultPageSize: pagination.defaultPageSize,
      maxPageSize: pagination.maxPageSize,
      cursorTimeout: pagination.cursorTimeout,
    },
    authenticationSchemes: capabilities.authenticationSchemes.map((type, index) => ({ ...AUTHENTICATION_SCHEMES[type], primary: index === 0 })),
    meta: { resourceType: 'ServiceProviderConfig', location: `${baseUrl.replace(/\/+$/, '')}/ServiceProviderConfig` },
  };
}
