import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProviderHttp, ProviderResponse, RequestOptions } from '../../src/datasources/http/provider-http';

/**
 * A documented provider example (test/fixtures/<provider>/*.json), copied from
 * the provider's reference documentation. `source` names the section / ASM id it was copied from;
 * `status` is the HTTP status the example is answered with, where the doc gives one.
 */
export interface WireFixture<T = unknown> {
  source: string;
  status?: number;
  body: T;
}

const FIXTURES = join(__dirname, '..', 'fixtures');

export function loadFixture<T = unknown>(provider: 'astra' | 'pagstar' | 'pix-api', name: string): WireFixture<T> {
  return JSON.parse(readFileSync(join(FIXTURES, provider, `${name}.json`), 'utf8')) as WireFixture<T>;
}

export interface RecordedCall {
  method: string;
  path: string;
  options?: RequestOptions;
}

/** A ProviderHttp that answers every call with `body` (a fixture's), recording the calls. */
export function answeringWith(body: unknown): { http: ProviderHttp; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const call =
    (method: string) =>
    <T>(path: string, options?: RequestOptions): Promise<ProviderResponse<T>> => {
      calls.push({ method, path, options });
      return Promise.resolve({ status: 200, body: body as T, transactionId: 'tx-fixture' });
    };
  const http: ProviderHttp = {
    get: call('GET'),
    post: call('POST'),
    put: call('PUT'),
    patch: call('PATCH'),
    delete: call('DELETE'),
    head: () => Promise.resolve({ status: 200, transactionId: 'tx-fixture' }),
  };
  return { http, calls };
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
