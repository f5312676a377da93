/**
 * Generated bodies and paths name seeded resources symbolically (`@user#2`, `@group#0`), so one
 * seed produces the same inputs on every run; this swaps in the ids the running gateway gave them.
 */
import { pick, type FuzzGateway } from './fuzz-gateway.ts';

export function resolveReferences(text: string, fuzz: FuzzGateway): string {
  return text.replace(/@(user|group)#(\d+)/g, (_, kind: string, index: string) => pick(kind === 'user' ? fuzz.userIds : fuzz.groupIds, Number(index)));
}
