/**
 * Wire responses of the SSO portal API, which uses the restJson1 protocol (Smithy, "AWS
 * restJson1 protocol", Operation error serialization): the error name travels in the
 * `X-Amzn-Errortype` header, the body is `{"message": ...}`, and the status is the error's
 * `httpStatusCode` from the service model.
 */

/**
 * Portal errors. The first four are the model's (sso-2019-06-10 `error.httpStatusCode`).
 * ForbiddenException is not in the model but is what AWS answers GetRoleCredentials for a role
 * the user is not assigned ("ForbiddenException: No access", HTTP 403; reported in
 * aws/aws-sam-cli#2129 and fwdcloudsec/granted#276). UnknownOperationException (404) is the
 * Smithy server answer for a portal path with the wrong method.
 */
export const PORTAL_ERRORS = {
  InvalidRequestException: 400,
  UnauthorizedException: 401,
  ResourceNotFoundException: 404,
  TooManyRequestsException: 429,
  ForbiddenException: 403,
  UnknownOperationException: 404,
} as const;

export type PortalErrorType = keyof typeof PORTAL_ERRORS;

export interface PortalResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export function portalJson(body: unknown): PortalResponse {
  return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** A success without output (Logout): restJson1 sends 200 with an empty body. */
export function portalEmpty(): PortalResponse {
  return { status: 200, headers: {}, body: '' };
}

export function portalError(errorType: PortalErrorType, message: string): PortalResponse {
  return {
    status: PORTAL_ERRORS[errorType],
    headers: { 'content-type': 'application/json', 'x-amzn-errortype': errorType },
    body: JSON.stringify({ message }),
  };
}
