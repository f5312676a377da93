/** GET /scim/v2/ServiceProviderConfig (RFC 7644 section 4). */
import type { RequestHandler } from 'express';
import { buildServiceProviderConfig, type ServiceProviderCapabilities } from '../../scim/discovery/build-service-provider-config.ts';
import { scimBaseUrl } from '../scim-base-url.ts';
import { sendScim } from '../send-scim.ts';

export function serviceProviderConfig(capabilities: ServiceProviderCapabilities, publicUrl: string | undefined): RequestHandler {
  return (req, res) => {
    sendScim(res, 200, buildServiceProviderConfig(capabilities, scimBaseUrl(req, publicUrl)));
  };
}
