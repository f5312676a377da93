/**
 * docs/aws-setup.md's IAM policy is what operators paste; it must allow exactly the Identity Store
 * calls the gateway makes. The calls are read from the source: every `*Command` the code imports
 * from @aws-sdk/client-identitystore (the adapter, src/identity-store/aws-identity-store.ts, and
 * the readiness check), outside the emulator, which serves those calls rather than making them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join('src', 'emulator') ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Value imports named `XCommand` from the Identity Store client, as `X` (the IAM action name). */
function commandsImported(source: string): string[] {
  const imports = source.matchAll(/import\s*(type\s+)?\{([^}]*)\}\s*from\s*'@aws-sdk\/client-identitystore'/g);
  const names: string[] = [];
  for (const [, typeOnly, list = ''] of imports) {
    if (typeOnly !== undefined) continue;
    for (const item of list.split(',').map((part) => part.trim())) {
      const match = /^([A-Za-z]+)Command$/.exec(item);
      if (match?.[1] !== undefined) names.push(match[1]);
    }
  }
  return names;
}

interface PolicyStatement {
  readonly Effect: string;
  readonly Action: string | string[];
  readonly Resource: string | string[];
}

/** The first ```json block after the `## IAM policy` heading (anchor #iam-policy). */
function documentedPolicy(markdown: string): { readonly Statement: PolicyStatement[] } {
  const heading = markdown.search(/^## IAM policy$/m);
  assert.ok(heading >= 0, 'docs/aws-setup.md has no "## IAM policy" heading (anchor #iam-policy)');
  const block = /```json\n([\s\S]*?)\n```/.exec(markdown.slice(heading));
  assert.ok(block?.[1] !== undefined, 'no ```json block under "## IAM policy"');
  return JSON.parse(block[1]) as { readonly Statement: PolicyStatement[] };
}

const list = (value: string | string[]): string[] => (Array.isArray(value) ? value : [value]);

describe('docs/aws-setup.md IAM policy', () => {
  const policy = documentedPolicy(readFileSync(join(ROOT, 'docs/aws-setup.md'), 'utf8'));
  const allowed = policy.Statement.filter((statement) => statement.Effect === 'Allow');

  it('allows exactly the Identity Store operations the gateway sends', () => {
    const adapter = commandsImported(readFileSync(join(ROOT, 'src/identity-store/aws-identity-store.ts'), 'utf8'));
    assert.ok(adapter.includes('CreateUser') && adapter.includes('ListGroupMembershipsForMember'), 'the adapter\'s imports were not recognised');
    const sent = new Set(sourceFiles('src').flatMap((file) => commandsImported(readFileSync(join(ROOT, file), 'utf8'))));
    const actions = allowed.flatMap((statement) => list(statement.Action));
    assert.ok(actions.every((action) => action.startsWith('identitystore:')), `only identitystore actions: ${actions.join(', ')}`);
    assert.deepEqual(actions.map((action) => action.slice('identitystore:'.length)).sort(), [...sent].sort());
  });

  it('names no wildcard action and is scoped to one identity store', () => {
    const actions = allowed.flatMap((statement) => list(statement.Action));
    assert.ok(!actions.some((action) => action.includes('*')), 'no wildcard actions');
    for (const statement of allowed) {
      const resources = list(statement.Resource);
      assert.ok(!resources.includes('*'), 'no "Resource": "*"');
      assert.equal(resources.filter((arn) => /^arn:aws:identitystore::\d{12}:identitystore\/d-[0-9a-f]{10}$/.test(arn)).length, 1, 'exactly one identity store ARN');
      for (const arn of resources) assert.match(arn, /^arn:aws:identitystore::(\d{12}:identitystore\/d-[0-9a-f]{10}|:(user|group|membership)\/\*)$/);
    }
  });
});
