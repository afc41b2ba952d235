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
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j|mj)s$': swc as never },
  transformIgnorePatterns: ['/node_modules/(?!(ky|jose)/)'],
  setupFiles: ['reflect-metadata'],
  testTimeout: 20_000,
  maxWorkers: 2,
};

export default config;
