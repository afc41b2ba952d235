import type { Config } from 'jest';
import base from './jest.config';

// The tests that exercise the mutated modules directly (unit tests and the provider-http integration
// tests over a real local HTTP server). The e2e suite starts whole servers per file and is far too slow
// to re-run per mutant; code that only e2e tests reach shows up as "no coverage" in the report.
const config: Config = {
  ...base,
  roots: ['<rootDir>/test'],
  testMatch: ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/test/integration/http/**/*.test.ts'],
  maxWorkers: 1,
};

export default config;
