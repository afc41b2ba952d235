// Mutation testing of the pure and guard modules (docs/testing.md explains how to read the result).
// Not part of `npm test`: run `npm run test:mutation`. Incremental: results of the last run are kept in
// test/mutation/stryker-incremental.json (committed) so only changed code/tests are re-run.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.stryker.config.ts',
    // Per mutant, load only the test files that import the mutated file (jest --findRelatedTests);
    // perTest coverage then narrows that to the tests that actually reach the mutant.
    enableFindRelatedTests: true,
  },
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants) would each re-run every test: too slow for a shared 2-core
  // machine. They are reported as Ignored and left out of the score; docs/testing.md says so.
  ignoreStatic: true,
  mutate: [
    'src/lib/**/*.ts',
    'src/datasources/http/**/*.ts',
    'src/schema/scalars/**/*.ts',
    // The domain's pure and guard modules: shared input checks, the idempotency guard and stores, and each family's
    // validation, rules, calendar, status progress, list queries and key/id derivations. Use cases, loaders and ports
    // orchestrate calls and are covered end to end (docs/testing.md).
    'src/domain/*.ts',
    'src/domain/idempotency/**/*.ts',
    'src/domain/*/{validate,rules,calendar,progress,list-query,list-queries,pix-key,batch-id,transition,reconcile,decode-br-code}.ts',
  ],
  incremental: true,
  incrementalFile: 'test/mutation/stryker-incremental.json',
  // The machine has 2 cores shared with other work.
  concurrency: 2,
  timeoutMS: 10000,
  timeoutFactor: 2,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 85, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
