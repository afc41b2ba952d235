// Peer "gateway" (docs/performance.md): GraphQL Mesh composes Astra's REST endpoints (openapi.json)
// into a supergraph that Hive Gateway serves. `Charge.refunds` is resolved per charge through the
// refunds endpoint (the gateway's own nested resolution, no batching endpoint exists upstream).
import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph('Astra', {
        source: './openapi.json',
        endpoint: '{env.UPSTREAM_URL}',
      }),
    },
  ],
  additionalTypeDefs: /* GraphQL */ `
    extend type Charge {
      refunds: RefundPage
        @resolveTo(sourceName: "Astra", sourceTypeName: "Query", sourceFieldName: "refunds", requiredSelectionSet: "{ txid }", sourceArgs: { txid: "{root.txid}", size: 100 })
    }
  `,
});
