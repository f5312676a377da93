/**
 * The Identity Store's id pattern (ResourceId in the service model). An id that does not match
 * cannot exist, so the gateway answers 404 without a call (the store would say ValidationException,
 * which an IdP would read as its own fault).
 */
const RESOURCE_ID = /^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$/;

export function isResourceId(value: string): boolean {
  return value.length <= 47 && RESOURCE_ID.test(value);
}
