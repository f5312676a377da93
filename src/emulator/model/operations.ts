/**
 * The 19 operations of the Identity Store API (`AWSIdentityStore.<Operation>`, AWS JSON 1.1) with
 * their input/output shapes and declared errors, transcribed from
 * `identitystore-2020-06-15.service-2.json`; test/emulator/model-constraints.test.ts cross-checks them.
 */

export interface OperationConstraint {
  readonly input: string;
  readonly output: string;
  readonly errors: readonly string[];
}

export const OPERATIONS = {
  CreateGroup: { input: 'CreateGroupRequest', output: 'CreateGroupResponse', errors: ['ResourceNotFoundException', 'ThrottlingException', 'AccessDeniedException', 'ConflictException', 'InternalServerException', 'ValidationException', 'ServiceQuotaExceededException'] },
  CreateGroupMembership: { input: 'CreateGroupMembershipRequest', output: 'CreateGroupMembershipResponse', errors: ['ResourceNotFoundException', 'ThrottlingException', 'AccessDeniedException', 'ConflictException', 'InternalServerException', 'ValidationException', 'ServiceQuotaExceededException'] },
  CreateUser: { input: 'CreateUserRequest', output: 'CreateUserResponse', errors: ['ResourceNotFoundException', 'ThrottlingException', 'AccessDeniedException', 'ConflictException', 'InternalServerException', 'ValidationException', 'ServiceQuotaExceededException'] },
  DeleteGroup: { input: 'DeleteGroupRequest', output: 'DeleteGroupResponse', errors: ['ResourceNotFoundException', 'ThrottlingException', 'AccessDeniedException', 'ConflictException', 'InternalServerException', 'ValidationException'] },
  DeleteGroupMembership: { input: 'DeleteGroupMembershipRequest', output: 'DeleteGroupMembershipResponse', errors: ['ResourceNotFoundException', 'ThrottlingException', 'AccessDeniedException', 'ConflictException', 'InternalServerException', 'ValidationException'] },
  DeleteUser: { input: 'DeleteUserRequest', output: 'DeleteUserResponse', errors: ['ResourceNotFoundException', 'ThrottlingException', 'AccessDeniedException', 'ConflictException', 'InternalServerException', 'ValidationException'] },
  DescribeGroup: { input: 'DescribeGroupRequest', output: 'DescribeGroupResponse', errors: ['ResourceNotFoundException', 'ThrottlingException', 'AccessDeniedException', 'InternalServerException', 'ValidationException'] },
  DescribeGroupMembership: { input: 'DescribeGroupMembershipRequest', output: 'DescribeGroupMembershipResponse', errors: ['ResourceNotFoundException', 'ThrottlingException', 'AccessDeniedException', 'InternalServerException', 'ValidationException'] },
  DescribeUser: { input: 'DescribeUserRequest', output: 'DescribeUserResponse', errors: ['ResourceNotFoundException', 'ThrottlingException', 'AccessDeniedException', 'InternalServerException', 'ValidationException'] },
  GetGroupId: { input: 'GetGroupIdRequest', output: 'GetGroupIdResponse', errors: ['ResourceNotFoundException', 'ThrottlingException', 'AccessDeniedException', 'InternalServerException', 'ValidationException'] },
  GetGroupMembershipId: { input: 'GetGroupMembershipIdRequest', output: 'GetGroupMembershipIdResponse', errors: ['ResourceNotFoundException', 'ThrottlingException', 'AccessDeniedException', 'InternalServerException', 'ValidationException'] },
  GetUserId: { input: 'GetUserIdRequest', output: 'GetUserIdResponse', errors: ['ResourceNotFoundException', 'ThrottlingException', 'AccessDeniedException', 'InternalServerException', 'ValidationException'] },
  IsMemberInGroups: { input: 'IsMemberInGroupsRequest', output: 'IsMemberInGroupsResponse', errors: ['ResourceNotFoundException', 'ThrottlingException', 'AccessDeniedException', 'InternalServerException', 'ValidationException'] },
  ListGroupMemberships: { input: 'ListGroupMembershipsRequest', output: 'ListGroupMembershipsResponse', errors: ['ResourceNotFoundException', 'ThrottlingException', 'AccessDeniedException', 'InternalServerException', 'ValidationException'] },
  ListGroupMembershipsForMember: { input: 'ListGroupMembershipsForMemberRequest', output: 'ListGroupMembershipsForMemberResponse', errors: ['ResourceNotFoundException', 'ThrottlingException', 'AccessDeniedException', 'InternalServerException', 'ValidationException'] },
  ListGroups: { input: 'ListGroupsRequest', output: 'ListGroupsResponse', errors: ['ResourceNotFoundException', 'ThrottlingException', 'AccessDeniedException', 'InternalServerException', 'ValidationException'] },
  ListUsers: { input: 'ListUsersRequest', output: 'ListUsersResponse', errors: ['ResourceNotFoundException', 'ThrottlingException', 'AccessDeniedException', 'InternalServerException', 'ValidationException'] },
  UpdateGroup: { input: 'UpdateGroupRequest', output: 'UpdateGroupResponse', errors: ['ResourceNotFoundException', 'ThrottlingException', 'AccessDeniedException', 'ConflictException', 'InternalServerException', 'ValidationException', 'ServiceQuotaExceededException'] },
  UpdateUser: { input: 'UpdateUserRequest', output: 'UpdateUserResponse', errors: ['ResourceNotFoundException', 'ThrottlingException', 'AccessDeniedException', 'ConflictException', 'InternalServerException', 'ValidationException', 'ServiceQuotaExceededException'] },
} as const satisfies Record<string, OperationConstraint>;

export type OperationName = keyof typeof OPERATIONS;

export const OPERATION_NAMES = Object.keys(OPERATIONS) as readonly OperationName[];

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(OPERATIONS, name);
}
