/**
 * Every relative link in README.md and docs/ points at a file that exists, and every `#anchor`
 * at a heading that exists (GitHub's slugs), so moving or renaming a page or a section cannot
 * silently break the documentation's cross-references.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;

function markdownFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** The text outside fenced code blocks: links inside examples are not links. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '');
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading = ''] of prose(markdown).matchAll(/^#{1,6}\s+(.*?)\s*#*$/gm)) {
    const slug = heading.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
    seen.set(slug, count + 1);
  }
  for (const [, name = ''] of markdown.matchAll(/<a name=['"]([^'"]+)['"]/g)) anchors.add(name);
  return anchors;
}

interface Link {
  readonly from: string;
  readonly target: string;
}

function relativeLinks(file: string): Link[] {
  const text = prose(readFileSync(join(ROOT, file), 'utf8'));
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map(([, target = '']) => target)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
    .map((target) => ({ from: file, target }));
}

describe('documentation links', () => {
  const files = ['README.md', ...markdownFiles('docs')];
  const links = files.flatMap(relativeLinks);

  it('finds the links it checks', () => {
    assert.ok(links.length > 50, `only ${links.length} links found`);
  });

  it('point at files and directories that exist', () => {
    const broken = links.filter(({ from, target }) => {
      const path = target.split('#')[0] ?? '';
      return path !== '' && !existsSync(join(ROOT, dirname(from), path));
    });
    assert.deepEqual(broken.map(({ from, target }) => `${from} -> ${target}`), []);
  });

  it('point at headings that exist', () => {
    const broken = links.filter(({ from, target }) => {
      const [path = '', anchor] = target.split('#');
      if (anchor === undefined) return false;
      const file = path === '' ? join(ROOT, from) : join(ROOT, dirname(from), path);
      if (!existsSync(file) || statSync(file).isDirectory()) return false;
      return !anchorsOf(readFileSync(file, 'utf8')).has(anchor);
    });
    assert.deepEqual(broken.map(({ from, target }) => `${from} -> ${target} (${relative(ROOT, join(ROOT, from))})`), []);
  });
});
