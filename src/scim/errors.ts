/**
 * SCIM protocol errors (RFC 7644 section 3.12, RFC 9865 section 2 for cursors).
 *
 * A ScimError can only be built through its factories, so a status and a scimType that do not
 * belong together (404 + uniqueness, say) cannot exist. The HTTP error boundary is the only
 * place that turns one into a response body.
 */

export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** scimType values with the HTTP status RFC 7644 Table 9 (and RFC 9865) gives each. */
export const SCIM_TYPE_STATUS = {
  invalidFilter: 400,
  tooMany: 400,
  uniqueness: 409,
  mutability: 400,
  invalidSyntax: 400,
  invalidPath: 400,
  noTarget: 400,
  invalidValue: 400,
  invalidVers: 400,
  sensitive: 403,
  invalidCursor: 400,
  expiredCursor: 400,
} as const;

export type ScimType = keyof typeof SCIM_TYPE_STATUS;

/** Statuses that carry no scimType. */
export type PlainStatus = 400 | 401 | 403 | 404 | 409 | 412 | 413 | 429 | 500 | 501 | 503;

export type ScimErrorStatus = PlainStatus | (typeof SCIM_TYPE_STATUS)[ScimType];

/** The wire body of a SCIM error. `status` is a string, as RFC 7644 section 3.12 shows it. */
export interface ScimErrorBody {
  readonly schemas: readonly [typeof ERROR_SCHEMA];
  readonly status: string;
  readonly scimType?: ScimType;
  readonly detail: string;
}

interface ScimErrorInit {
  readonly status: ScimErrorStatus;
  readonly scimType?: ScimType | undefined;
  readonly detail: string;
  readonly retryAfterSeconds?: number | undefined;
  readonly cause?: unknown;
}

export class ScimError extends Error {
  override readonly name = 'ScimError';
  readonly status: ScimErrorStatus;
  readonly scimType: ScimType | undefined;
  readonly detail: string;
  /** Seconds a client should wait before retrying (sent as `Retry-After`), for 429 and 503. */
  readonly retryAfterSeconds: number | undefined;

  private constructor(init: ScimErrorInit) {
    super(init.detail, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.scimType = init.scimType;
    this.detail = init.detail;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  toBody(): ScimErrorBody {
    return {
      schemas: [ERROR_SCHEMA],
      status: String(this.status),
      ...(this.scimType === undefined ? {} : { scimType: this.scimType }),
      detail: this.detail,
    };
  }

  private static typed(scimType: ScimType, detail: string, cause?: unknown): ScimError {
    return new ScimError({ status: SCIM_TYPE_STATUS[scimType], scimType, detail, cause });
  }

  // --- one factory per scimType -------------------------------------------------------------
  static invalidFilter(detail: string, cause?: unknown): ScimError { return ScimError.typed('invalidFilter', detail, cause); }
  static tooMany(detail: string): ScimError { return ScimError.typed('tooMany', detail); }
  static uniqueness(detail: string, cause?: unknown): ScimError { return ScimError.typed('uniqueness', detail, cause); }
  static mutability(detail: string): ScimError { return ScimError.typed('mutability', detail); }
  static invalidSyntax(detail: string, cause?: unknown): ScimError { return ScimError.typed('invalidSyntax', detail, cause); }
  static invalidPath(detail: string): ScimError { return ScimError.typed('invalidPath', detail); }
  static noTarget(detail: string): ScimError { return ScimError.typed('noTarget', detail); }
  static invalidValue(detail: string, cause?: unknown): ScimError { return ScimError.typed('invalidValue', detail, cause); }
  static invalidVers(detail: string): ScimError { return ScimError.typed('invalidVers', detail); }
  static sensitive(detail: string): ScimError { return ScimError.typed('sensitive', detail); }
  static invalidCursor(detail: string): ScimError { return ScimError.typed('invalidCursor', detail); }
  static expiredCursor(detail: string): ScimError { return ScimError.typed('expiredCursor', detail); }

  // --- plain statuses -----------------------------------------------------------------------
  static badRequest(detail: string): ScimError { return new ScimError({ status: 400, detail }); }
  static unauthorized(detail: string): ScimError { return new ScimError({ status: 401, detail }); }
  static forbidden(detail: string): ScimError { return new ScimError({ status: 403, detail }); }
  static notFound(detail: string): ScimError { return new ScimError({ status: 404, detail }); }
  static conflict(detail: string, cause?: unknown): ScimError { return new ScimError({ status: 409, detail, cause }); }
  static preconditionFailed(detail: string): ScimError { return new ScimError({ status: 412, detail }); }
  static payloadTooLarge(detail: string): ScimError { return new ScimError({ status: 413, detail }); }
  static tooManyRequests(detail: string, retryAfterSeconds?: number, cause?: unknown): ScimError {
    return new ScimError({ status: 429, detail, retryAfterSeconds, cause });
  }
  static internal(detail: string, cause?: unknown): ScimError { return new ScimError({ status: 500, detail, cause }); }
  static notImplemented(detail: string): ScimError { return new ScimError({ status: 501, detail }); }
  static unavailable(detail: string, retryAfterSeconds?: number, cause?: unknown): ScimError {
    return new ScimError({ status: 503, detail, retryAfterSeconds, cause });
  }
}

export function isScimError(value: unknown): value is ScimError {
  return value instanceof ScimError;
}
