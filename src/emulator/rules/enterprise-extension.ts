/**
 * The one user extension Identity Center supports, `aws:identitystore:enterprise` (seed 004:
 * "aws:identitystore:enterprise is the only supported extension name"), with the enterprise
 * attributes of RFC 7643 section 4.3 in lowerCamel: employeeNumber, costCenter, organization,
 * division, department (strings) and manager `{ value }`. Values follow SensitiveStringType.
 */
import { validateShape } from '../model/validate-input.ts';
import type { JsonObject } from '../state/records.ts';
import { IdentityStoreError } from '../wire/identity-store-error.ts';

export const ENTERPRISE_EXTENSION = 'aws:identitystore:enterprise';

export const ENTERPRISE_STRING_KEYS = ['employeeNumber', 'costCenter', 'organization', 'division', 'department'] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkExtensionName(name: string, path: string): void {
  if (name !== ENTERPRISE_EXTENSION) {
    throw IdentityStoreError.validation(`Value at '${path}' is not a supported extension: only ${ENTERPRISE_EXTENSION} is supported.`);
  }
}

/** One enterprise attribute (`department`, `manager`, `manager.value`); returns the stored value. */
export function checkEnterpriseAttribute(key: string, value: unknown, path: string): JsonObject[string] {
  if ((ENTERPRISE_STRING_KEYS as readonly string[]).includes(key)) {
    validateShape('SensitiveStringType', value, path);
    return value as string;
  }
  if (key === 'manager') {
    if (!isObject(value) || Object.keys(value).some((k) => k !== 'value') || value['value'] === undefined) {
      throw IdentityStoreError.validation(`Value at '${path}' must be an object with a single member 'value'.`);
    }
    validateShape('SensitiveStringType', value['value'], `${path}.value`);
    return { value: value['value'] as string };
  }
  throw IdentityStoreError.validation(`Value at '${path}' is not an attribute of ${ENTERPRISE_EXTENSION}.`);
}

/** Validates CreateUser's `Extensions` map and returns what to store. */
export function checkExtensions(extensions: Record<string, unknown>): { [name: string]: JsonObject } {
  const stored: { [name: string]: JsonObject } = {};
  for (const [name, value] of Object.entries(extensions)) {
    checkExtensionName(name, 'extensions');
    if (!isObject(value)) throw IdentityStoreError.validation(`Value at 'extensions.${name}' must be an object.`);
    const attributes: JsonObject = {};
    for (const [key, item] of Object.entries(value)) {
      attributes[key] = checkEnterpriseAttribute(key, item, `extensions.${name}.${key}`);
    }
    stored[name] = attributes;
  }
  return stored;
}
