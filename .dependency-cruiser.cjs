/**
 * The layer rules of src/, enforced by `npm run lint` (docs/architecture.md draws the graph).
 *
 *   composition root (app.ts, server.ts, families.ts, build-schema.ts, config) → everything
 *   resolvers → schema, domain, lib            schema → domain (types), lib    (never resolvers)
 *   domain → domain core, its own family, other families' model.ts only, lib, errors, providers.ts, logger.ts
 *   datasources (adapters) → domain ports and models, lib                     state → domain store interfaces
 *   the product never imports the simulators statically (sandbox mode requires them at start-up).
 */
const DOMAIN_MAY_NOT = [
  '^src/schema/',
  '^src/resolvers/',
  '^src/context\\.ts$',
  '^src/state/',
  '^src/datasources/',
  '^src/sandbox/',
  '^packages/sandbox/',
  '^src/edge/',
  '^src/credentials/',
  '^src/graphiql/',
  '^src/webhooks/',
  '^src/(app|server|index|families|family|build-schema|config)\\.ts$',
  '^src/config/',
  '^src/events/(?!payment-event\\.ts$)',
  '^src/observability/',
  '^src/shutdown/',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-the-core',
      comment:
        'The domain takes narrow dependencies (src/domain/use-case.ts: ports, idempotency, clock, logger, client id, loaders) and imports none of schema, resolvers, context, state or adapters.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: DOMAIN_MAY_NOT, pathNot: '^src/domain/' },
    },
    {
      name: 'no-redis-in-the-domain',
      comment: 'Stores are chosen in src/state/stores.ts; the domain sees their interfaces only.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: 'node_modules/ioredis' },
    },
    {
      name: 'schema-does-not-import-resolvers',
      comment: 'GraphQL types and inputs describe the API; resolvers implement it and build-schema.ts (composition root) joins them.',
      severity: 'error',
      from: { path: '^src/schema/' },
      to: { path: ['^src/resolvers/', '^src/(app|server|families|build-schema)\\.ts$', '^src/datasources/', '^src/state/'] },
    },
    {
      name: 'domain-families-share-only-models',
      comment: 'A domain family reaches another family only through its model.ts (record types); shared rules live in src/lib or the domain core.',
      severity: 'error',
      from: { path: '^src/domain/([^/]+)/' },
      to: { path: '^src/domain/([^/]+)/', pathNot: ['^src/domain/$1/', '^src/domain/[^/]+/model\\.ts$', '^src/domain/idempotency/'] },
    },
    {
      name: 'resolver-families-are-separate',
      comment: "A family's resolvers do not import another family's resolvers (shared helpers live in src/resolvers/*.ts).",
      severity: 'error',
      from: { path: '^src/resolvers/([^/]+)/' },
      to: { path: '^src/resolvers/([^/]+)/', pathNot: '^src/resolvers/$1/' },
    },
    {
      name: 'provider-families-are-separate',
      comment: "A provider's family folder does not import another family's folder of that provider (shared parts live at the provider's top level).",
      severity: 'error',
      from: { path: '^src/datasources/([^/]+)/([^/]+)/' },
      to: { path: '^src/datasources/$1/([^/]+)/', pathNot: '^src/datasources/$1/$2/' },
    },
    {
      name: 'no-static-simulator-import',
      comment: 'The simulators are loaded with require() in sandbox mode only; a production install has none (docs/deploy.md).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/sandbox/' },
      to: { path: ['^src/sandbox/', '^packages/sandbox/', '^@paygraph/sandbox', 'node_modules/@paygraph/sandbox'], dependencyTypesNot: ['type-only', 'type-import', 'require'] },
    },
    {
      name: 'simulators-stand-alone',
      comment: 'The simulators stand in for the providers: they import nothing of the product (a production install does not have them, and they must not share its bugs).',
      severity: 'error',
      from: { path: '^packages/sandbox/' },
      to: { path: '^src/' },
    },
    {
      name: 'lib-is-a-leaf',
      comment: 'src/lib holds pure helpers every layer may use; it imports nothing of the product but itself, src/errors and the provider list (providers.ts).',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/', pathNot: ['^src/lib/', '^src/errors/', '^src/providers\\.ts$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['paygraph-source', 'import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
