/**
 * The authentication failures an AWS JSON 1.1 service answers before it looks at the operation
 * (AWS General Reference, "Troubleshoot Signature Version 4 errors"; the "Common Errors" page of
 * each service's API reference).
 *
 * Status codes: the generic "Common Errors" pages list 403 for MissingAuthenticationToken and
 * ExpiredToken, but Coral-based JSON 1.0/1.1 services (DynamoDB, Kinesis, Rekognition, ...) are
 * observed answering all of these with HTTP 400 and the `__type` below; see for instance
 * aws/aws-sdk-js#254 (`InvalidSignatureException`, "statusCode":400) and aws/aws-sdk-php#1780
 * (`400 Bad Request` with `{"__type":"InvalidSignatureException",...}`). The Identity Store is a
 * Coral JSON 1.1 service, so 400 is used throughout. The SDK picks the exception class from
 * `__type`, not from the status, and none of these is retryable at either status.
 */

export const SIGV4_ERRORS = {
  missingAuthenticationToken: { errorType: 'MissingAuthenticationTokenException', status: 400 },
  incompleteSignature: { errorType: 'IncompleteSignatureException', status: 400 },
  unrecognizedClient: { errorType: 'UnrecognizedClientException', status: 400 },
  invalidSignature: { errorType: 'InvalidSignatureException', status: 400 },
  expiredToken: { errorType: 'ExpiredTokenException', status: 400 },
} as const;

export type SigV4ErrorKind = keyof typeof SIGV4_ERRORS;

export interface SigV4Failure {
  readonly ok: false;
  readonly errorType: string;
  readonly message: string;
  readonly status: number;
}

/** Fixed messages, word for word as AWS sends them. */
export const SIGV4_MESSAGES = {
  missingAuthenticationToken: 'Request is missing Authentication Token',
  unrecognizedClient: 'The security token included in the request is invalid.',
  invalidSignature:
    'The request signature we calculated does not match the signature you provided. ' +
    'Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
  expiredToken: 'The security token included in the request is expired',
} as const;

export function sigv4Failure(kind: SigV4ErrorKind, message: string): SigV4Failure {
  const { errorType, status } = SIGV4_ERRORS[kind];
  return { ok: false, errorType, message, status };
}
