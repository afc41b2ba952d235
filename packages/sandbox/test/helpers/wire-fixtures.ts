import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A documented provider example, copied from the provider's reference documentation. The files
 * live in the repository's test/fixtures/<provider>/*.json because Paygraph's adapter tests read
 * the same ones: the simulator and the adapters are checked against one copy of the documentation.
 * `source` names the section / ASM id it was copied from; `status` is the HTTP status the example
 * is answered with, where the doc gives one.
 */
export interface WireFixture<T = unknown> {
  source: string;
  status?: number;
  body: T;
}

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures');

export function loadFixture<T = unknown>(provider: 'astra' | 'pagstar', name: string): WireFixture<T> {
  return JSON.parse(readFileSync(join(FIXTURES, provider, `${name}.json`), 'utf8')) as WireFixture<T>;
}

/** Every key path of a JSON value (`a`, `a.b`, `list[].c`), to compare shapes, not values. */
export function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.length === 0 ? [] : keyPaths(value[0], `${prefix}[]`);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value as Record<string, unknown>)
    .flatMap(([key, child]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      return [path, ...keyPaths(child, path)];
    })
    .sort();
}
