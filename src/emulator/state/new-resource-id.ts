/**
 * Resource ids in the model's ResourceId format, `([0-9a-f]{10}-|)<UUID>`: stores with a
 * `d-xxxxxxxxxx` id prefix their resources with those ten characters; stores migrated from legacy
 * SSO (a UUID store id) use the bare UUID (seed 000, ResourceNotFoundException.ResourceId).
 */
import { randomUUID } from 'node:crypto';

export function newResourceId(identityStoreId: string): string {
  const match = /^d-([0-9a-f]{10})$/.exec(identityStoreId);
  return match === null ? randomUUID() : `${match[1]}-${randomUUID()}`;
}
