/**
 * Constraint tables for the Identity Store wire contract: every shape of the AWS model
 * `identitystore-2020-06-15.service-2.json` (botocore commit 0e6e2404, see shared/aws-models/README.md)
 * with its type, members, required members, list/map bounds, string patterns and enums.
 *
 * Written into the project on purpose rather than loaded from the model at run time, so the emulator
 * has no runtime dependency on files outside the repository. test/emulator/model-constraints.test.ts
 * reads the model and compares it with these tables member by member, so they cannot drift.
 * Patterns are Java regular expressions as AWS writes them; validate-input.ts anchors them and
 * compiles them with the `u` flag (they use `\p{L}`-style classes).
 */

export type ShapeConstraint =
  | { readonly type: 'string'; readonly min?: number; readonly max?: number; readonly pattern?: string; readonly enum?: readonly string[] }
  | { readonly type: 'integer'; readonly min?: number; readonly max?: number }
  | { readonly type: 'boolean' }
  | { readonly type: 'timestamp' }
  /** A Smithy document (`AttributeValue`): any JSON value. */
  | { readonly type: 'document' }
  | { readonly type: 'list'; readonly member: string; readonly min?: number; readonly max?: number }
  | { readonly type: 'map'; readonly key: string; readonly value: string; readonly min?: number; readonly max?: number }
  | {
      readonly type: 'structure';
      readonly members: Readonly<Record<string, string>>;
      readonly required?: readonly string[];
      /** A tagged union: exactly one member must be set. */
      readonly union?: true;
      readonly exception?: true;
      /** Server-side error (`fault`), sent with HTTP 500. */
      readonly fault?: true;
      /** The model's `retryable` trait; `true` marks throttling errors. */
      readonly throttling?: boolean;
    };

export const SHAPES: Readonly<Record<string, ShapeConstraint>> = {
  AccessDeniedException: { type: 'structure', members: { Message: 'ExceptionMessage', RequestId: 'RequestId', Reason: 'AccessDeniedExceptionReason' }, exception: true },
  AccessDeniedExceptionReason: { type: 'string', enum: ['KMS_ACCESS_DENIED'] },
  Address: { type: 'structure', members: { StreetAddress: 'SensitiveStringType', Locality: 'SensitiveStringType', Region: 'SensitiveStringType', PostalCode: 'SensitiveStringType', Country: 'SensitiveStringType', Formatted: 'SensitiveStringType', Type: 'SensitiveStringType', Primary: 'BooleanType' } },
  Addresses: { type: 'list', member: 'Address', min: 1, max: 1 },
  AlternateIdentifier: { type: 'structure', members: { ExternalId: 'ExternalId', UniqueAttribute: 'UniqueAttribute' }, union: true },
  AttributeOperation: { type: 'structure', members: { AttributePath: 'AttributePath', AttributeValue: 'AttributeValue' }, required: ['AttributePath'] },
  AttributeOperations: { type: 'list', member: 'AttributeOperation', min: 1, max: 100 },
  AttributePath: { type: 'string', min: 1, max: 255, pattern: '(?:\\p{L}+:\\p{L}+:\\p{L}+(?:\\.\\p{L}+){0,3}|\\p{L}+(?:\\.\\p{L}+){0,2})' },
  AttributeValue: { type: 'document' },
  BooleanType: { type: 'boolean' },
  ConflictException: { type: 'structure', members: { Message: 'ExceptionMessage', RequestId: 'RequestId', Reason: 'ConflictExceptionReason' }, exception: true },
  ConflictExceptionReason: { type: 'string', enum: ['UNIQUENESS_CONSTRAINT_VIOLATION', 'CONCURRENT_MODIFICATION'] },
  CreateGroupMembershipRequest: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', GroupId: 'ResourceId', MemberId: 'MemberId' }, required: ['IdentityStoreId', 'GroupId', 'MemberId'] },
  CreateGroupMembershipResponse: { type: 'structure', members: { MembershipId: 'ResourceId', IdentityStoreId: 'IdentityStoreId' }, required: ['MembershipId', 'IdentityStoreId'] },
  CreateGroupRequest: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', DisplayName: 'GroupDisplayName', Description: 'SensitiveStringType' }, required: ['IdentityStoreId'] },
  CreateGroupResponse: { type: 'structure', members: { GroupId: 'ResourceId', IdentityStoreId: 'IdentityStoreId' }, required: ['GroupId', 'IdentityStoreId'] },
  CreateUserRequest: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', UserName: 'UserName', Name: 'Name', DisplayName: 'SensitiveStringType', NickName: 'SensitiveStringType', ProfileUrl: 'SensitiveStringType', Emails: 'Emails', Addresses: 'Addresses', PhoneNumbers: 'PhoneNumbers', UserType: 'SensitiveStringType', Title: 'SensitiveStringType', PreferredLanguage: 'SensitiveStringType', Locale: 'SensitiveStringType', Timezone: 'SensitiveStringType', Photos: 'Photos', Website: 'SensitiveStringType', Birthdate: 'SensitiveStringType', Roles: 'Roles', Extensions: 'Extensions' }, required: ['IdentityStoreId'] },
  CreateUserResponse: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', UserId: 'ResourceId' }, required: ['IdentityStoreId', 'UserId'] },
  DateType: { type: 'timestamp' },
  DeleteGroupMembershipRequest: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', MembershipId: 'ResourceId' }, required: ['IdentityStoreId', 'MembershipId'] },
  DeleteGroupMembershipResponse: { type: 'structure', members: {} },
  DeleteGroupRequest: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', GroupId: 'ResourceId' }, required: ['IdentityStoreId', 'GroupId'] },
  DeleteGroupResponse: { type: 'structure', members: {} },
  DeleteUserRequest: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', UserId: 'ResourceId' }, required: ['IdentityStoreId', 'UserId'] },
  DeleteUserResponse: { type: 'structure', members: {} },
  DescribeGroupMembershipRequest: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', MembershipId: 'ResourceId' }, required: ['IdentityStoreId', 'MembershipId'] },
  DescribeGroupMembershipResponse: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', MembershipId: 'ResourceId', GroupId: 'ResourceId', MemberId: 'MemberId', CreatedAt: 'DateType', UpdatedAt: 'DateType', CreatedBy: 'StringType', UpdatedBy: 'StringType' }, required: ['IdentityStoreId', 'MembershipId', 'GroupId', 'MemberId'] },
  DescribeGroupRequest: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', GroupId: 'ResourceId' }, required: ['IdentityStoreId', 'GroupId'] },
  DescribeGroupResponse: { type: 'structure', members: { GroupId: 'ResourceId', DisplayName: 'GroupDisplayName', ExternalIds: 'ExternalIds', Description: 'SensitiveStringType', CreatedAt: 'DateType', UpdatedAt: 'DateType', CreatedBy: 'StringType', UpdatedBy: 'StringType', IdentityStoreId: 'IdentityStoreId' }, required: ['GroupId', 'IdentityStoreId'] },
  DescribeUserRequest: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', UserId: 'ResourceId', Extensions: 'ExtensionNames' }, required: ['IdentityStoreId', 'UserId'] },
  DescribeUserResponse: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', UserId: 'ResourceId', UserName: 'UserName', ExternalIds: 'ExternalIds', Name: 'Name', DisplayName: 'SensitiveStringType', NickName: 'SensitiveStringType', ProfileUrl: 'SensitiveStringType', Emails: 'Emails', Addresses: 'Addresses', PhoneNumbers: 'PhoneNumbers', UserType: 'SensitiveStringType', Title: 'SensitiveStringType', PreferredLanguage: 'SensitiveStringType', Locale: 'SensitiveStringType', Timezone: 'SensitiveStringType', UserStatus: 'UserStatus', Photos: 'Photos', Website: 'SensitiveStringType', Birthdate: 'SensitiveStringType', Roles: 'Roles', CreatedAt: 'DateType', CreatedBy: 'StringType', UpdatedAt: 'DateType', UpdatedBy: 'StringType', Extensions: 'Extensions' }, required: ['IdentityStoreId', 'UserId'] },
  Email: { type: 'structure', members: { Value: 'SensitiveStringType', Type: 'SensitiveStringType', Primary: 'BooleanType' } },
  Emails: { type: 'list', member: 'Email', min: 1, max: 1 },
  ExceptionMessage: { type: 'string' },
  ExtensionName: { type: 'string', min: 1, max: 50, pattern: 'aws:identitystore:[a-z]{1,20}' },
  ExtensionNames: { type: 'list', member: 'ExtensionName', min: 1, max: 10 },
  Extensions: { type: 'map', key: 'ExtensionName', value: 'AttributeValue', min: 1, max: 10 },
  ExternalId: { type: 'structure', members: { Issuer: 'ExternalIdIssuer', Id: 'ExternalIdIdentifier' }, required: ['Issuer', 'Id'] },
  ExternalIdIdentifier: { type: 'string', min: 1, max: 256, pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+' },
  ExternalIdIssuer: { type: 'string', min: 1, max: 256, pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+' },
  ExternalIds: { type: 'list', member: 'ExternalId', min: 1, max: 10 },
  Filter: { type: 'structure', members: { AttributePath: 'AttributePath', AttributeValue: 'SensitiveStringType' }, required: ['AttributePath', 'AttributeValue'] },
  Filters: { type: 'list', member: 'Filter', min: 0, max: 1 },
  GetGroupIdRequest: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', AlternateIdentifier: 'AlternateIdentifier' }, required: ['IdentityStoreId', 'AlternateIdentifier'] },
  GetGroupIdResponse: { type: 'structure', members: { GroupId: 'ResourceId', IdentityStoreId: 'IdentityStoreId' }, required: ['GroupId', 'IdentityStoreId'] },
  GetGroupMembershipIdRequest: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', GroupId: 'ResourceId', MemberId: 'MemberId' }, required: ['IdentityStoreId', 'GroupId', 'MemberId'] },
  GetGroupMembershipIdResponse: { type: 'structure', members: { MembershipId: 'ResourceId', IdentityStoreId: 'IdentityStoreId' }, required: ['MembershipId', 'IdentityStoreId'] },
  GetUserIdRequest: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', AlternateIdentifier: 'AlternateIdentifier' }, required: ['IdentityStoreId', 'AlternateIdentifier'] },
  GetUserIdResponse: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', UserId: 'ResourceId' }, required: ['IdentityStoreId', 'UserId'] },
  Group: { type: 'structure', members: { GroupId: 'ResourceId', DisplayName: 'GroupDisplayName', ExternalIds: 'ExternalIds', Description: 'SensitiveStringType', CreatedAt: 'DateType', UpdatedAt: 'DateType', CreatedBy: 'StringType', UpdatedBy: 'StringType', IdentityStoreId: 'IdentityStoreId' }, required: ['GroupId', 'IdentityStoreId'] },
  GroupDisplayName: { type: 'string', min: 1, max: 1024, pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0]+' },
  GroupIds: { type: 'list', member: 'ResourceId', min: 1, max: 100 },
  GroupMembership: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', MembershipId: 'ResourceId', GroupId: 'ResourceId', MemberId: 'MemberId', CreatedAt: 'DateType', UpdatedAt: 'DateType', CreatedBy: 'StringType', UpdatedBy: 'StringType' }, required: ['IdentityStoreId'] },
  GroupMembershipExistenceResult: { type: 'structure', members: { GroupId: 'ResourceId', MemberId: 'MemberId', MembershipExists: 'BooleanType' } },
  GroupMembershipExistenceResults: { type: 'list', member: 'GroupMembershipExistenceResult' },
  GroupMemberships: { type: 'list', member: 'GroupMembership' },
  Groups: { type: 'list', member: 'Group' },
  IdentityStoreId: { type: 'string', min: 1, max: 36, pattern: 'd-[0-9a-f]{10}$|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' },
  InternalServerException: { type: 'structure', members: { Message: 'ExceptionMessage', RequestId: 'RequestId', RetryAfterSeconds: 'RetryAfterSeconds' }, exception: true, fault: true, throttling: false },
  IsMemberInGroupsRequest: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', MemberId: 'MemberId', GroupIds: 'GroupIds' }, required: ['IdentityStoreId', 'MemberId', 'GroupIds'] },
  IsMemberInGroupsResponse: { type: 'structure', members: { Results: 'GroupMembershipExistenceResults' }, required: ['Results'] },
  ListGroupMembershipsForMemberRequest: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', MemberId: 'MemberId', MaxResults: 'MaxResults', NextToken: 'NextToken' }, required: ['IdentityStoreId', 'MemberId'] },
  ListGroupMembershipsForMemberResponse: { type: 'structure', members: { GroupMemberships: 'GroupMemberships', NextToken: 'NextToken' }, required: ['GroupMemberships'] },
  ListGroupMembershipsRequest: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', GroupId: 'ResourceId', MaxResults: 'MaxResults', NextToken: 'NextToken' }, required: ['IdentityStoreId', 'GroupId'] },
  ListGroupMembershipsResponse: { type: 'structure', members: { GroupMemberships: 'GroupMemberships', NextToken: 'NextToken' }, required: ['GroupMemberships'] },
  ListGroupsRequest: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', MaxResults: 'MaxResults', NextToken: 'NextToken', Filters: 'Filters' }, required: ['IdentityStoreId'] },
  ListGroupsResponse: { type: 'structure', members: { Groups: 'Groups', NextToken: 'NextToken' }, required: ['Groups'] },
  ListUsersRequest: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', Extensions: 'ExtensionNames', MaxResults: 'MaxResults', NextToken: 'NextToken', Filters: 'Filters' }, required: ['IdentityStoreId'] },
  ListUsersResponse: { type: 'structure', members: { Users: 'Users', NextToken: 'NextToken' }, required: ['Users'] },
  MaxResults: { type: 'integer', min: 1, max: 100 },
  MemberId: { type: 'structure', members: { UserId: 'ResourceId' }, union: true },
  Name: { type: 'structure', members: { Formatted: 'SensitiveStringType', FamilyName: 'SensitiveStringType', GivenName: 'SensitiveStringType', MiddleName: 'SensitiveStringType', HonorificPrefix: 'SensitiveStringType', HonorificSuffix: 'SensitiveStringType' } },
  NextToken: { type: 'string', min: 1, max: 65535, pattern: '[-a-zA-Z0-9+=/:_]*' },
  PhoneNumber: { type: 'structure', members: { Value: 'SensitiveStringType', Type: 'SensitiveStringType', Primary: 'BooleanType' } },
  PhoneNumbers: { type: 'list', member: 'PhoneNumber', min: 1, max: 1 },
  Photo: { type: 'structure', members: { Value: 'SensitiveStringType', Type: 'SensitiveStringType', Display: 'SensitiveStringType', Primary: 'BooleanType' }, required: ['Value'] },
  Photos: { type: 'list', member: 'Photo', min: 1, max: 3 },
  RequestId: { type: 'string', min: 1, max: 36, pattern: '[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}' },
  ResourceId: { type: 'string', min: 1, max: 47, pattern: '([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}' },
  ResourceNotFoundException: { type: 'structure', members: { ResourceType: 'ResourceType', ResourceId: 'ResourceId', Reason: 'ResourceNotFoundExceptionReason', Message: 'ExceptionMessage', RequestId: 'RequestId' }, exception: true },
  ResourceNotFoundExceptionReason: { type: 'string', enum: ['KMS_KEY_NOT_FOUND'] },
  ResourceType: { type: 'string', enum: ['GROUP', 'USER', 'IDENTITY_STORE', 'GROUP_MEMBERSHIP', 'RESOURCE_POLICY'] },
  RetryAfterSeconds: { type: 'integer' },
  Role: { type: 'structure', members: { Value: 'SensitiveStringType', Type: 'SensitiveStringType', Primary: 'BooleanType' } },
  Roles: { type: 'list', member: 'Role', min: 1, max: 1 },
  SensitiveStringType: { type: 'string', min: 1, max: 1024, pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+' },
  ServiceQuotaExceededException: { type: 'structure', members: { Message: 'ExceptionMessage', RequestId: 'RequestId' }, exception: true },
  StringType: { type: 'string' },
  ThrottlingException: { type: 'structure', members: { Message: 'ExceptionMessage', RequestId: 'RequestId', RetryAfterSeconds: 'RetryAfterSeconds', Reason: 'ThrottlingExceptionReason' }, exception: true, throttling: true },
  ThrottlingExceptionReason: { type: 'string', enum: ['KMS_THROTTLING'] },
  UniqueAttribute: { type: 'structure', members: { AttributePath: 'AttributePath', AttributeValue: 'AttributeValue' }, required: ['AttributePath', 'AttributeValue'] },
  UpdateGroupRequest: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', GroupId: 'ResourceId', Operations: 'AttributeOperations' }, required: ['IdentityStoreId', 'GroupId', 'Operations'] },
  UpdateGroupResponse: { type: 'structure', members: {} },
  UpdateUserRequest: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', UserId: 'ResourceId', Operations: 'AttributeOperations' }, required: ['IdentityStoreId', 'UserId', 'Operations'] },
  UpdateUserResponse: { type: 'structure', members: {} },
  User: { type: 'structure', members: { IdentityStoreId: 'IdentityStoreId', UserId: 'ResourceId', UserName: 'UserName', ExternalIds: 'ExternalIds', Name: 'Name', DisplayName: 'SensitiveStringType', NickName: 'SensitiveStringType', ProfileUrl: 'SensitiveStringType', Emails: 'Emails', Addresses: 'Addresses', PhoneNumbers: 'PhoneNumbers', UserType: 'SensitiveStringType', Title: 'SensitiveStringType', PreferredLanguage: 'SensitiveStringType', Locale: 'SensitiveStringType', Timezone: 'SensitiveStringType', UserStatus: 'UserStatus', Photos: 'Photos', Website: 'SensitiveStringType', Birthdate: 'SensitiveStringType', Roles: 'Roles', CreatedAt: 'DateType', CreatedBy: 'StringType', UpdatedAt: 'DateType', UpdatedBy: 'StringType', Extensions: 'Extensions' }, required: ['IdentityStoreId', 'UserId'] },
  UserName: { type: 'string', min: 1, max: 128, pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+' },
  UserStatus: { type: 'string', enum: ['ENABLED', 'DISABLED'] },
  Users: { type: 'list', member: 'User' },
  ValidationException: { type: 'structure', members: { Message: 'ExceptionMessage', RequestId: 'RequestId', Reason: 'ValidationExceptionReason' }, exception: true },
  ValidationExceptionReason: { type: 'string', enum: ['KMS_INVALID_ARN', 'KMS_INVALID_KEY_USAGE', 'KMS_INVALID_STATE', 'KMS_DISABLED'] },
};

/** The shape of `name`, failing loudly on a typo in the tables rather than validating nothing. */
export function shapeOf(name: string): ShapeConstraint {
  const shape = SHAPES[name];
  if (shape === undefined) throw new Error(`unknown shape ${name}`);
  return shape;
}
