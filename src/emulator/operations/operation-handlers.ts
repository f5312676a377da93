/**
 * The route table of the emulator core: one handler per operation of the model (model/operations.ts),
 * each in its own file. Inputs reach a handler only after passing the constraint tables, which is
 * what makes the casts to each handler's input type sound.
 */
import type { OperationName } from '../model/operations.ts';
import { createGroupMembership } from './create-group-membership.ts';
import type { CreateGroupMembershipInput } from './create-group-membership.ts';
import { createGroup } from './create-group.ts';
import type { CreateGroupInput } from './create-group.ts';
import { createUser } from './create-user.ts';
import type { CreateUserInput } from './create-user.ts';
import { deleteGroupMembership } from './delete-group-membership.ts';
import type { DeleteGroupMembershipInput } from './delete-group-membership.ts';
import { deleteGroup } from './delete-group.ts';
import type { DeleteGroupInput } from './delete-group.ts';
import { deleteUser } from './delete-user.ts';
import type { DeleteUserInput } from './delete-user.ts';
import { describeGroupMembership } from './describe-group-membership.ts';
import type { DescribeGroupMembershipInput } from './describe-group-membership.ts';
import { describeGroup } from './describe-group.ts';
import type { DescribeGroupInput } from './describe-group.ts';
import { describeUser } from './describe-user.ts';
import type { DescribeUserInput } from './describe-user.ts';
import { getGroupId } from './get-group-id.ts';
import type { GetGroupIdInput } from './get-group-id.ts';
import { getGroupMembershipId } from './get-group-membership-id.ts';
import type { GetGroupMembershipIdInput } from './get-group-membership-id.ts';
import { getUserId } from './get-user-id.ts';
import type { GetUserIdInput } from './get-user-id.ts';
import { isMemberInGroups } from './is-member-in-groups.ts';
import type { IsMemberInGroupsInput } from './is-member-in-groups.ts';
import { listGroupMembershipsForMember } from './list-group-memberships-for-member.ts';
import type { ListGroupMembershipsForMemberInput } from './list-group-memberships-for-member.ts';
import { listGroupMemberships } from './list-group-memberships.ts';
import type { ListGroupMembershipsInput } from './list-group-memberships.ts';
import { listGroups } from './list-groups.ts';
import type { ListGroupsInput } from './list-groups.ts';
import { listUsers } from './list-users.ts';
import type { ListUsersInput } from './list-users.ts';
import type { OperationContext } from './operation-context.ts';
import { updateGroup } from './update-group.ts';
import type { UpdateGroupInput } from './update-group.ts';
import { updateUser } from './update-user.ts';
import type { UpdateUserInput } from './update-user.ts';

export type OperationHandler = (input: unknown, ctx: OperationContext) => Record<string, unknown>;

export const OPERATION_HANDLERS: Readonly<Record<OperationName, OperationHandler>> = {
  CreateUser: (input, ctx) => createUser(input as CreateUserInput, ctx),
  DescribeUser: (input, ctx) => describeUser(input as DescribeUserInput, ctx),
  UpdateUser: (input, ctx) => updateUser(input as UpdateUserInput, ctx),
  DeleteUser: (input, ctx) => deleteUser(input as DeleteUserInput, ctx),
  ListUsers: (input, ctx) => listUsers(input as ListUsersInput, ctx),
  GetUserId: (input, ctx) => getUserId(input as GetUserIdInput, ctx),
  CreateGroup: (input, ctx) => createGroup(input as CreateGroupInput, ctx),
  DescribeGroup: (input, ctx) => describeGroup(input as DescribeGroupInput, ctx),
  UpdateGroup: (input, ctx) => updateGroup(input as UpdateGroupInput, ctx),
  DeleteGroup: (input, ctx) => deleteGroup(input as DeleteGroupInput, ctx),
  ListGroups: (input, ctx) => listGroups(input as ListGroupsInput, ctx),
  GetGroupId: (input, ctx) => getGroupId(input as GetGroupIdInput, ctx),
  CreateGroupMembership: (input, ctx) => createGroupMembership(input as CreateGroupMembershipInput, ctx),
  DescribeGroupMembership: (input, ctx) => describeGroupMembership(input as DescribeGroupMembershipInput, ctx),
  DeleteGroupMembership: (input, ctx) => deleteGroupMembership(input as DeleteGroupMembershipInput, ctx),
  GetGroupMembershipId: (input, ctx) => getGroupMembershipId(input as GetGroupMembershipIdInput, ctx),
  ListGroupMemberships: (input, ctx) => listGroupMemberships(input as ListGroupMembershipsInput, ctx),
  ListGroupMembershipsForMember: (input, ctx) => listGroupMembershipsForMember(input as ListGroupMembershipsForMemberInput, ctx),
  IsMemberInGroups: (input, ctx) => isMemberInGroups(input as IsMemberInGroupsInput, ctx),
};

/** Operations that change state: after one succeeds, persistence writes the state file. */
export const WRITE_OPERATIONS: ReadonlySet<OperationName> = new Set([
  'CreateUser',
  'UpdateUser',
  'DeleteUser',
  'CreateGroup',
  'UpdateGroup',
  'DeleteGroup',
  'CreateGroupMembership',
  'DeleteGroupMembership',
]);
