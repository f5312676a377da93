/**
 * Whether a stored resource holds every value that was sent to create it: what the store adds
 * (ids, timestamps, defaults) is ignored, what it changed is a difference. Used to tell our own
 * lost-answer create from a resource someone else made with the same unique value.
 */

export function holdsSentValues(sent: unknown, stored: unknown): boolean {
  if (sent === undefined) return true;
  if (Array.isArray(sent)) {
    return Array.isArray(stored) && sent.length === stored.length && sent.every((item, index) => holdsSentValues(item, stored[index]));
  }
  if (typeof sent === 'object' && sent !== null) {
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return false;
    return Object.entries(sent).every(([key, value]) => holdsSentValues(value, (stored as Record<string, unknown>)[key]));
  }
  return sent === stored;
}
