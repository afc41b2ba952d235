import type { Config } from 'jest';

// swc compiles TypeScript with legacy decorators + decorator metadata (type-graphql needs both),
// and also transforms the ESM-only `ky` package, which jest's CommonJS runtime cannot load as is.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const config: Config = {
  testEnvironment: 'node',
  // Paygraph's tests and the simulator package's own (packages/sandbox/test): `npm test` runs both.
  roots: ['<rootDir>/test', '<rootDir>/packages/sandbox/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j|mj)s$': swc as never },
  // The simulators from their TypeScript sources, as tsc sees them (the "paygraph-source" condition
  // in packages/sandbox/package.json), not from a build that may be missing or stale.
  moduleNameMapper: { '^@paygraph/sandbox/(astra|pagstar|pix-api|shared)$': '<rootDir>/packages/sandbox/src/$1' },
  transformIgnorePatterns: ['/node_modules/(?!(ky|jose|oidc-provider)/)'],
  setupFiles: ['reflect-metadata'],
  testTimeout: 20_000,
  maxWorkers: 2,
};

export default config;
