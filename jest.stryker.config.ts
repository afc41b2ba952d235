import type { Config } from 'jest';
import base from './jest.config';

// The tests that exercise the mutated modules directly (unit tests, the provider-http integration
// tests over a real local HTTP server, and the state integration tests on the real Redis at
// 127.0.0.1:6379, which cover the Redis idempotency store), and the shared-token test on Redis (the only test of
// shared-token-cache.ts and shared-token-flight.ts; it starts its own redis-server for its restart case). The e2e suite starts whole servers per file and is far too slow
// to re-run per mutant; code that only e2e tests reach shows up as "no coverage" in the report.
const config: Config = {
  ...base,
  roots: ['<rootDir>/test'],
  testMatch: [
    '<rootDir>/test/unit/**/*.test.ts',
    '<rootDir>/test/integration/http/**/*.test.ts',
    '<rootDir>/test/integration/state/**/*.test.ts',
    '<rootDir>/test/integration/redis/shared-token.test.ts',
  ],
  maxWorkers: 1,
};

export default config;
