import { startTestPaygraph, type GraphQLResponse, type TestPaygraph } from '../helpers/paygraph';
import { CREATE_BATCH, batchInput } from '../helpers/pix-payouts';
import { CARDS, chargeInput } from '../helpers/cards';
import { PAYGRAPH_AUDIENCE, startOidcProvider, type RunningOidcProvider } from '../helpers/oidc-provider';
import { subscribe } from '../helpers/subscriptions';

// The OIDC row of issue 24's matrix: a token with each scope (and one with none of Paygraph's)
// against each class of operation, HTTP for queries and mutations, graphql-ws for subscriptions.
// Refused is FORBIDDEN with 0 provider calls; allowed runs (no error, no userErrors).
const SERVER_KEY = 'ops-key-0123456789abcdef';
const CREATE_CHARGE = `mutation { createPixCharge(input: { amount: "1.00" }) { pixCharge { id } userErrors { code } } }`;

/** `domainAnswer`: a userError code the domain gives when the operation ran (past every scope check). */
type Operation = { needs: string[]; run: (token: string) => Promise<GraphQLResponse>; domainAnswer?: string };

let idp: RunningOidcProvider;
let app: TestPaygraph;
let chargeId: string;
beforeAll(async () => {
  idp = await startOidcProvider();
  app = await startTestPaygraph({ API_KEYS: `ops=${SERVER_KEY}:read+write`, OIDC_ISSUER: idp.issuer, OIDC_AUDIENCE: PAYGRAPH_AUDIENCE });
  chargeId = (await app.gql(CREATE_CHARGE, {}, { authorization: `Bearer ${SERVER_KEY}` })).data.createPixCharge.pixCharge.id;
});
afterAll(async () => {
  await app.close();
  await idp.close();
});

const http = (query: string, variables?: () => Record<string, unknown>) => (token: string) => app.gql(query, variables?.(), { authorization: `Bearer ${token}` });

/** The subscription's first answer: the charge as it is now, or the errors that refused it. */
async function subscribeOnce(token: string): Promise<GraphQLResponse> {
  const updates = subscribe(app.wsUrl, `subscription($id: ID!) { pixChargeUpdated(id: $id) { id status } }`, { id: chargeId }, { authorization: `Bearer ${token}` });
  try {
    await Promise.race([updates.completed, updates.waitFor(1).catch(() => undefined)]);
    return updates.errors.length ? { errors: updates.errors.flat() as GraphQLResponse['errors'] } : { data: updates.received[0] };
  } finally {
    await updates.close();
  }
}

const OPERATIONS: Record<string, Operation> = {
  'read: list charges': { needs: ['read'], run: http(`{ pixCharges(first: 1) { totalCount } }`) },
  'read: subscribe to a charge (graphql-ws)': { needs: ['read'], run: subscribeOnce },
  'write: create a Pix charge': { needs: ['write'], run: http(CREATE_CHARGE) },
  'payouts: create a payout batch': { needs: ['payouts'], run: http(CREATE_BATCH, () => ({ input: batchInput(1) })) },
  'cards: charge a card': {
    needs: ['write', 'cards'],
    run: http(`mutation($input: ChargeCardInput!) { chargeCard(input: $input) { userErrors { code } } }`, () => ({ input: chargeInput(CARDS.approved) })),
  },
  'webhooks: register a webhook': {
    needs: ['webhooks'],
    run: http(`mutation { registerWebhook(input: { eventType: CARD_CHARGEBACK, url: "https://hooks.example.com/paygraph" }) { userErrors { code } } }`),
    // Paygraph registered every type at start-up: one per type, so the domain answers the clash.
    domainAnswer: 'INVALID_STATE',
  },
};

const TOKEN_SCOPES = ['read', 'write', 'payouts', 'cards', 'write cards', 'webhooks', 'reports'];

const cases = TOKEN_SCOPES.flatMap((scope) => Object.entries(OPERATIONS).map(([name, operation]) => ({ scope, name, operation })));

test.each(cases)('token with `$scope` → $name', async ({ scope, operation }) => {
  const granted = new Set(scope.split(' '));
  const allowed = operation.needs.every((needed) => granted.has(needed));
  const token = await idp.issue({ scope });
  const before = app.sandbox!.astra.counters.total;

  const answer = await operation.run(token);

  if (allowed) {
    expect(answer.errors).toBeUndefined();
    const userErrors = [...JSON.stringify(answer.data).matchAll(/"code":"(\w+)"/g)].map((match) => match[1]);
    expect(userErrors).toEqual(operation.domainAnswer ? [operation.domainAnswer] : []);
  } else {
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(app.sandbox!.astra.counters.total - before).toBe(0);
  }
});
