/**
 * Names user ids in an error detail without letting the detail grow with the request: a batch of
 * thousands of members gives the first few ids and a count of the rest.
 */

/** How many ids an error detail lists by name. */
export const IDS_IN_DETAIL = 10;

export function describeIds(ids: readonly string[]): string {
  const named = ids.slice(0, IDS_IN_DETAIL).map((id) => JSON.stringify(id)).join(', ');
  const rest = ids.length - IDS_IN_DETAIL;
  return rest > 0 ? `${named} and ${rest} more` : named;
}
