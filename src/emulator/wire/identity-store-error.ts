/**
 * The errors the emulator sends, as the AWS JSON 1.1 protocol carries them: a body
 * `{"__type": "<Name>", "Message": ..., <members>}` and an HTTP status (AWS JSON 1.1 protocol spec,
 * "Operation error serialization"). The members are those `identitystore-2020-06-15.service-2.json`
 * gives each exception shape (`ResourceType`, `ResourceId`, `Reason`, `RetryAfterSeconds`), so
 * @aws-sdk/client-identitystore raises its typed exceptions with those fields filled in.
 *
 * Built only through factories, so a `ResourceNotFoundException` without its `ResourceType`
 * cannot exist.
 */

/** Reasons the model allows on ConflictException (shape ConflictExceptionReason). */
export type ConflictReason = 'UNIQUENESS_CONSTRAINT_VIOLATION' | 'CONCURRENT_MODIFICATION';
/** Resource kinds the model allows on ResourceNotFoundException (shape ResourceType). */
export type ResourceType = 'GROUP' | 'USER' | 'IDENTITY_STORE' | 'GROUP_MEMBERSHIP' | 'RESOURCE_POLICY';

/**
 * HTTP status per error type. The model has no `httpError` traits, so the protocol default
 * applies: 400 for client errors, 500 for `fault` shapes. Throttling travels as 400 too (as in
 * other JSON 1.1 services); the SDK classifies it as throttling by its name, not its status.
 * The last two are protocol-level errors every AWS JSON service may send, outside the model.
 */
export const ERROR_STATUS = {
  ValidationException: 400,
  ConflictException: 400,
  ResourceNotFoundException: 400,
  AccessDeniedException: 400,
  ServiceQuotaExceededException: 400,
  ThrottlingException: 400,
  InternalServerException: 500,
  UnknownOperationException: 400,
  SerializationException: 400,
} as const;

export type ErrorType = keyof typeof ERROR_STATUS;

export type ErrorMembers = Readonly<{
  Reason?: string;
  ResourceType?: ResourceType;
  ResourceId?: string;
  RetryAfterSeconds?: number;
}>;

export class IdentityStoreError extends Error {
  override readonly name = 'IdentityStoreError';

  private constructor(
    readonly type: ErrorType,
    message: string,
    readonly members: ErrorMembers = {},
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_STATUS[this.type];
  }

  /** The wire body; the request id is added by the writer. */
  toBody(requestId: string): Record<string, unknown> {
    return { __type: this.type, Message: this.message, ...this.members, RequestId: requestId };
  }

  static validation(message: string): IdentityStoreError {
    return new IdentityStoreError('ValidationException', message);
  }

  static conflict(reason: ConflictReason, message: string): IdentityStoreError {
    return new IdentityStoreError('ConflictException', message, { Reason: reason });
  }

  /** `resourceId` is absent when a lookup by alternate identifier (GetUserId, ...) found nothing. */
  static notFound(resourceType: ResourceType, resourceId?: string): IdentityStoreError {
    const what = resourceType.toLowerCase().replaceAll('_', ' ');
    const message = resourceId === undefined ? `No ${what} matches the given identifier.` : `The specified ${what} ${resourceId} does not exist.`;
    return new IdentityStoreError('ResourceNotFoundException', message, {
      ResourceType: resourceType,
      ...(resourceId === undefined ? {} : { ResourceId: resourceId }),
    });
  }

  static throttling(retryAfterSeconds: number): IdentityStoreError {
    return new IdentityStoreError('ThrottlingException', 'Rate exceeded', { RetryAfterSeconds: retryAfterSeconds });
  }

  /** Never carries the cause: a 5xx body must not leak internals (style.md practice 4). */
  static internal(retryAfterSeconds?: number): IdentityStoreError {
    return new IdentityStoreError(
      'InternalServerException',
      'An internal error occurred.',
      retryAfterSeconds === undefined ? {} : { RetryAfterSeconds: retryAfterSeconds },
    );
  }

  /** An injected fault (fault-injector.ts `error` rules): any modelled exception with its Reason. */
  static injected(type: ErrorType, message: string, reason?: string): IdentityStoreError {
    return new IdentityStoreError(type, message, reason === undefined ? {} : { Reason: reason });
  }

  static unknownOperation(target: string): IdentityStoreError {
    return new IdentityStoreError('UnknownOperationException', `Unknown operation ${JSON.stringify(target)}.`);
  }

  static serialization(message: string): IdentityStoreError {
    return new IdentityStoreError('SerializationException', message);
  }
}
