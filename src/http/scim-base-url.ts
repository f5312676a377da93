/**
 * The SCIM base URL for `meta.location` and `Location`: SCIM_BRIDGE_PUBLIC_URL when set, else
 * what the client used to reach us. `req.protocol` and `req.host` read X-Forwarded-Proto and
 * X-Forwarded-Host only from proxies SCIM_BRIDGE_TRUST_PROXY trusts (express `trust proxy`, off
 * by default), so arbitrary clients cannot rewrite our URLs; otherwise the Host header counts.
 */
import type { Request } from 'express';

export const SCIM_BASE_PATH = '/scim/v2';

export function scimBaseUrl(req: Request, publicUrl: string | undefined): string {
  const origin = publicUrl ?? `${req.protocol}://${req.host ?? 'localhost'}`;
  return `${origin}${SCIM_BASE_PATH}`;
}
