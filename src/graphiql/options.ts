export interface GraphiqlTab {
  name?: string;
  query: string;
  variables?: string;
  headers?: string;
}

/** Variables of a tab that reads one object: "Use as $id" on an event in the Payment events panel fills them in. */
export const EVENT_ID_VARIABLES = '{ "id": "<click Use as $id in the Payment events panel>" }';

export interface GraphiqlOptions {
  /** Where GraphQL is served over HTTP POST and graphql-ws, e.g. '/graphql'. */
  graphqlPath: string;
  /** Where the static GraphiQL files are served, e.g. '/graphiql-assets'. */
  assetsPath: string;
  title?: string;
  /** Tabs shown on a first visit (GraphiQL then keeps the user's own tabs in localStorage). */
  defaultTabs: GraphiqlTab[];
  /** Shown above the IDE, e.g. 'Sandbox mode: provider simulators on loopback'. */
  sandboxBanner?: string;
}

// Both paths end up in HTML attributes, the router mount and the ws URL: keep them boring.
const SAFE_PATH = /^(\/(?!\.\.?(\/|$))[A-Za-z0-9._~-]+)+$/;

export function assertValidOptions(options: GraphiqlOptions): void {
  for (const key of ['graphqlPath', 'assetsPath'] as const) {
    if (!SAFE_PATH.test(options[key])) {
      const got = JSON.stringify(options[key]);
      throw new Error(`GraphiQL ${key} must look like '/graphql' (got ${got})`);
    }
  }
}
