/**
 * Fits the values of a multi-valued attribute into what the Identity Store can hold
 * (`maxValues`: one email, address, phone number and role; three photos) without ever refusing
 * the request: an IdP that sends two emails must still provision the user. The values kept are,
 * in this order: the primary one, those of type `work`, then the others as sent.
 *
 * RFC 7643 section 2.4 allows `primary: true` on at most one value; extra primaries lose the
 * flag (the first one sent keeps it) instead of failing the request.
 */
import type { JsonObject, JsonValue } from '../resource.ts';
import { isJsonObject } from '../resource.ts';
import { getMember } from '../schema/get-member.ts';

function isPrimary(value: JsonValue): boolean {
  return isJsonObject(value) && getMember(value, 'primary') === true;
}

function isWork(value: JsonValue): boolean {
  if (!isJsonObject(value)) return false;
  const type = getMember(value, 'type');
  return typeof type === 'string' && type.toLowerCase() === 'work';
}

function withoutPrimary(value: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(value).filter(([key]) => key.toLowerCase() !== 'primary'));
}

export function collapseMultiValued<T extends JsonValue>(values: readonly T[], maxValues?: number): T[] {
  let kept: T[] = [...values];
  if (maxValues !== undefined && kept.length > maxValues) {
    const firstPrimary = kept.findIndex(isPrimary);
    const rank = (value: T, index: number): number => (index === firstPrimary ? 0 : isWork(value) ? 1 : 2);
    kept = kept
      .map((value, index) => ({ value, index, rank: rank(value, index) }))
      .sort((a, b) => a.rank - b.rank || a.index - b.index)
      .slice(0, Math.max(maxValues, 0))
      .map((entry) => entry.value);
  }
  let primarySeen = false;
  return kept.map((value) => {
    if (!isPrimary(value) || !isJsonObject(value)) return value;
    if (!primarySeen) {
      primarySeen = true;
      return value;
    }
    return withoutPrimary(value) as T;
  });
}
