/**
 * The SCIM base URL for `meta.location` and `Location`: SCIM_BRIDGE_PUBLIC_URL when the gateway
 * sits behind a proxy, else what the client used to reach us (Host header). `trust proxy` is off,
 * so X-Forwarded-* headers from arbitrary clients cannot rewrite our URLs.
 */
import type { Request } from 'express';

export const SCIM_BASE_PATH = '/scim/v2';

export function scimBaseUrl(req: Request, publicUrl: string | undefined): string {
  const origin = publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
  return `${origin}${SCIM_BASE_PATH}`;
}
