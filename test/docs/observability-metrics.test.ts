/**
 * docs/observability.md lists the gateway's metrics; this keeps that table equal to what
 * createGatewayMetrics registers: same names, types and labels.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createGatewayMetrics, METRIC_PREFIX } from '../../src/observability/metrics.ts';

interface DocumentedMetric { name: string; type: string; labels: string[] }

function documentedMetrics(markdown: string): DocumentedMetric[] {
  const lines = markdown.split('\n');
  const header = lines.findIndex((line) => /^\|\s*metric\s*\|\s*type\s*\|\s*labels\s*\|\s*meaning\s*\|/.test(line));
  assert.ok(header >= 0, 'docs/observability.md has no | metric | type | labels | meaning | table');
  const rows: DocumentedMetric[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const [name = '', type = '', labels = ''] = line.slice(1, -1).split('|').map((cell) => cell.trim());
    rows.push({ name: name.replace(/`/g, ''), type, labels: labels.split(',').map((label) => label.replace(/`/g, '').trim()).filter((label) => label !== '') });
  }
  return rows;
}

describe('docs/observability.md metrics table', () => {
  it('lists exactly the scim_bridge_ metrics the gateway registers, with their types and labels', async () => {
    const documented = documentedMetrics(readFileSync(new URL('../../docs/observability.md', import.meta.url), 'utf8'));
    const { registry } = createGatewayMetrics({ processMetrics: false });
    const registered = (await registry.getMetricsAsJSON())
      .filter((metric) => metric.name.startsWith(METRIC_PREFIX))
      .map((metric) => ({ name: metric.name, type: String(metric.type), labels: labelsOf(registry, metric.name) }));
    assert.deepEqual(documented, registered);
  });
});

function labelsOf(registry: ReturnType<typeof createGatewayMetrics>['registry'], name: string): string[] {
  const metric = registry.getSingleMetric(name) as unknown as { labelNames?: readonly string[] } | undefined;
  return [...(metric?.labelNames ?? [])];
}
