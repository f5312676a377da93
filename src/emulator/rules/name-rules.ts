/**
 * Rules on user names and group display names that Identity Center documents but the model's
 * patterns do not encode: the characters `<>;:%` are excluded (seed 000, UserName and
 * DisplayName), and `Administrator` / `AWSAdministrators` are reserved names that "can't be used
 * for users or groups" (seed 004, CreateUser UserName). Both checks ignore case, as uniqueness does.
 */
import { IdentityStoreError } from '../wire/identity-store-error.ts';

const EXCLUDED_CHARACTERS = /[<>;:%]/u;
const RESERVED_NAMES = new Set(['administrator', 'awsadministrators']);

export function checkName(value: string, path: string): void {
  if (EXCLUDED_CHARACTERS.test(value)) {
    throw IdentityStoreError.validation(`1 validation error detected: Value at '${path}' failed to satisfy constraint: Member must not contain the characters <>;:%`);
  }
  if (RESERVED_NAMES.has(value.toLowerCase())) {
    throw IdentityStoreError.validation(`${value} is a reserved name and can't be used for users or groups.`);
  }
}
