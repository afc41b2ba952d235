import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestPaygraph, type GraphQLResponse, type TestPaygraph, providerCalls } from '../../helpers/paygraph';
import { PAYGRAPH_AUDIENCE, startOidcProvider, type RunningOidcProvider } from '../../helpers/oidc-provider';
import { CARDS, card, chargeInput, recurrenceInput } from '../../helpers/cards';
import { CREATE_BATCH, batchInput } from '../../helpers/pix-payouts';
import { linkInput } from '../../helpers/payment-links';
import { authorizationInput, simDate } from '../../helpers/automatic-pix';

/**
 * Issue 24, "Tests must show": every credential type against every class of operation, on one
 * real Paygraph with its simulators. The expected table below is what docs/security.md promises
 * ("API keys and scopes", "Card data", "OpenID Connect sign-in", "Browser credentials"), written
 * down once as data. A refused cell must also have made 0 provider calls; a refused cell that
 * reached a provider shows up as a mismatch (`FORBIDDEN +N provider calls`).
 */
type Cell = '✓' | 'FORBIDDEN' | '401';

const ADMIN = 'admin-key-0123456789abcdef';
const PK = 'pk_test_matrix0123456789abcd';
const SHOP = 'https://shop.example';

/** The server keys of the matrix, by the scopes they carry (`+` separated, as in API_KEYS). */
const SERVER_KEY_SCOPES = ['read', 'write', 'payouts', 'cards', 'webhooks', 'read+write', 'write+cards'];
const serverKey = (scopes: string) => `key-${scopes.replace('+', '-')}-0123456789abcdef`;
/** OIDC tokens by their `scope` claim; `reports` is a scope of another API (no Paygraph scope). */
const OIDC_SCOPES = ['read', 'write', 'payouts', 'cards', 'webhooks', 'write cards', 'reports'];

/** How a row presents itself: a bearer (or none) and, for a browser page, its Origin. */
interface Presented {
  bearer?: string;
  origin?: string;
}

/** One class of operation: how to run it, and what "it ran" means when it is allowed. */
interface Operation {
  label: string;
  run(as: Presented): Promise<GraphQLResponse>;
  ran(data: any): boolean;
}

let app: TestPaygraph;
let idp: RunningOidcProvider;
let chargeA: string;
let chargeB: string;
const presented = new Map<string, Presented>();
const observed = new Map<string, Record<string, string>>();

function headers(as: Presented): Record<string, string> {
  return { ...(as.bearer ? { authorization: `Bearer ${as.bearer}` } : {}), ...(as.origin ? { origin: as.origin } : {}) };
}

const http =
  (query: string, variables: () => Record<string, unknown> = () => ({})) =>
  (as: Presented) =>
    app.gql(query, variables(), headers(as));
const payload = (field: string) => (data: any) => data?.[field] != null;

/** A graphql-ws socket class that sends the page's Origin with the upgrade, as a browser does. */
function socketFrom(origin?: string): unknown {
  if (!origin) return WebSocket;
  return class FromOrigin extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { origin });
    }
  };
}

/**
 * Subscribes over graphql-ws and answers the first thing the server says: the first payload, the
 * errors that refused it, or a socket closed at connection_init (4403: refused credential, shown
 * as UNAUTHENTICATED, the HTTP 401 of graphql-ws). Closes the socket.
 */
async function subscribeOnce(query: string, variables: Record<string, unknown>, as: Presented): Promise<GraphQLResponse> {
  const client = createClient({
    url: app.wsUrl,
    webSocketImpl: socketFrom(as.origin),
    retryAttempts: 0,
    lazy: true,
    connectionParams: as.bearer ? { authorization: `Bearer ${as.bearer}` } : {},
  });
  try {
    return await new Promise<GraphQLResponse>((resolve, reject) => {
      client.subscribe(
        { query, variables },
        {
          next: (value) => resolve(value as GraphQLResponse),
          error: (error) => {
            if (Array.isArray(error)) return resolve({ errors: error });
            const code = (error as { code?: number }).code;
            if (code === 4403) return resolve({ errors: [{ message: 'socket closed with 4403', extensions: { code: 'UNAUTHENTICATED' } }] });
            reject(new Error(`subscription failed: ${JSON.stringify(error)} (close code ${code})`));
          },
          complete: () => reject(new Error('completed without an answer')),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

const CHARGE_UPDATED = 'subscription($id: ID!) { pixChargeUpdated(id: $id) { id status } }';
const NODE = 'query($id: ID!) { node(id: $id) { id } }';

/** The operation classes (the table's columns), in the order they are printed. */
const OPERATIONS = {
  readOwn: { label: 'node(A)', run: http(NODE, () => ({ id: chargeA })), ran: (data) => data?.node?.id === chargeA },
  readOther: { label: 'node(B)', run: http(NODE, () => ({ id: chargeB })), ran: (data) => data?.node?.id === chargeB },
  list: { label: 'pixCharges', run: http('{ pixCharges(first: 1) { totalCount } }'), ran: (data) => typeof data?.pixCharges?.totalCount === 'number' },
  subscribeOwn: {
    label: 'sub A (ws)',
    run: (as) => subscribeOnce(CHARGE_UPDATED, { id: chargeA }, as),
    ran: (data) => data?.pixChargeUpdated?.id === chargeA,
  },
  subscribeOther: {
    label: 'sub B (ws)',
    run: (as) => subscribeOnce(CHARGE_UPDATED, { id: chargeB }, as),
    ran: (data) => data?.pixChargeUpdated?.id === chargeB,
  },
  pixCharge: {
    label: 'createPixCharge',
    run: http('mutation { createPixCharge(input: { amount: "1.00" }) { userErrors { code } } }'),
    ran: payload('createPixCharge'),
  },
  refund: {
    label: 'refundPixCharge',
    run: http('mutation($input: RefundPixChargeInput!) { refundPixCharge(input: $input) { userErrors { code } } }', () => ({ input: { chargeId: chargeA } })),
    ran: payload('refundPixCharge'),
  },
  paymentLink: {
    label: 'createPaymentLink',
    run: http('mutation($input: CreatePaymentLinkInput!) { createPaymentLink(input: $input) { userErrors { code } } }', () => ({ input: linkInput() })),
    ran: payload('createPaymentLink'),
  },
  payoutBatch: { label: 'createPixPayoutBatch', run: http(CREATE_BATCH, () => ({ input: batchInput(1) })), ran: payload('createPixPayoutBatch') },
  cardCharge: {
    label: 'chargeCard',
    run: http('mutation($input: ChargeCardInput!) { chargeCard(input: $input) { userErrors { code } } }', () => ({ input: chargeInput(CARDS.approved) })),
    ran: payload('chargeCard'),
  },
  savedCard: {
    label: 'saveCard',
    run: http('mutation($input: SaveCardInput!) { saveCard(input: $input) { userErrors { code } } }', () => ({ input: { card: card(CARDS.approved) } })),
    ran: payload('saveCard'),
  },
  cardRecurrence: {
    label: 'createCardRecurrence',
    run: http('mutation($input: CreateCardRecurrenceInput!) { createCardRecurrence(input: $input) { userErrors { code } } }', () => ({
      input: recurrenceInput(CARDS.approved, simDate(app, 1)),
    })),
    ran: payload('createCardRecurrence'),
  },
  automaticPix: {
    label: 'createAutomaticPixAuthorization',
    run: http('mutation($input: CreateAutomaticPixAuthorizationInput!) { createAutomaticPixAuthorization(input: $input) { userErrors { code } } }', () => ({
      input: authorizationInput(app),
    })),
    ran: payload('createAutomaticPixAuthorization'),
  },
  clientToken: {
    label: 'createClientToken',
    run: http('mutation($input: CreateClientTokenInput!) { createClientToken(input: $input) { userErrors { code } } }', () => ({ input: { subjectId: chargeA } })),
    ran: payload('createClientToken'),
  },
  decodeBrCode: {
    label: 'decodeBrCode',
    run: http('query($brCode: String!) { decodeBrCode(brCode: $brCode) { valid } }', () => ({ brCode: '000201' })),
    ran: (data) => data?.decodeBrCode?.valid === false,
  },
  registerWebhook: {
    label: 'registerWebhook',
    // Paygraph registered every event type at start-up (one per type): an allowed call answers the clash.
    run: http('mutation { registerWebhook(input: { eventType: CARD_CHARGEBACK, url: "https://hooks.example.com/paygraph" }) { userErrors { code } } }'),
    ran: payload('registerWebhook'),
  },
  webhookList: { label: 'webhooks', run: http('{ webhooks { id } }'), ran: (data) => Array.isArray(data?.webhooks) },
} satisfies Record<string, Operation>;
type Column = keyof typeof OPERATIONS;
const COLUMNS = Object.keys(OPERATIONS) as Column[];

/** A row of the table: every column refused with `refusal`, except `allowed`. */
function row(allowed: Column[], refusal: Cell = 'FORBIDDEN'): Record<Column, Cell> {
  return Object.fromEntries(COLUMNS.map((column) => [column, allowed.includes(column) ? '✓' : refusal])) as Record<Column, Cell>;
}

// What each scope grants (docs/security.md, "API keys and scopes" and "Card data"): `read` every
// query and subscription (the webhook list and decodeBrCode included); `write` the other
// mutations; `payouts` and `webhooks` their mutations on their own; `cards` the card mutations
// only together with `write`. createClientToken needs `write` (its schema description).
const READ: Column[] = ['readOwn', 'readOther', 'list', 'subscribeOwn', 'subscribeOther', 'decodeBrCode', 'webhookList'];
const WRITE: Column[] = ['pixCharge', 'refund', 'paymentLink', 'automaticPix', 'clientToken'];
const CARD_MUTATIONS: Column[] = ['cardCharge', 'savedCard', 'cardRecurrence'];
const BY_SCOPES: Record<string, Column[]> = {
  read: READ,
  write: WRITE,
  payouts: ['payoutBatch'],
  cards: [],
  webhooks: ['registerWebhook'],
  'read+write': [...READ, ...WRITE],
  'write+cards': [...WRITE, ...CARD_MUTATIONS],
  reports: [],
};

/** The expected table, by row name (what the docs promise, not what the code does). */
const EXPECTED: Record<string, Record<Column, Cell>> = {
  ...Object.fromEntries(SERVER_KEY_SCOPES.map((scopes) => [`server key \`${scopes}\``, row(BY_SCOPES[scopes])])),
  // "Client tokens": its subject's node and *Updated(subject); everything else FORBIDDEN.
  'client token (charge A)': row(['readOwn', 'subscribeOwn']),
  // "Publishable keys": only saveCard and decodeBrCode, from one of the key's origins.
  'publishable key': row(['savedCard', 'decodeBrCode']),
  // "OpenID Connect sign-in": the same scopes as API keys; no Paygraph scope is FORBIDDEN everywhere.
  ...Object.fromEntries(OIDC_SCOPES.map((scope) => [`OIDC \`${scope}\``, row(BY_SCOPES[scope.replace(' ', '+')])])),
  none: row([], '401'),
};

/** What a cell turned out to be: the code of a refusal (with its provider calls, if any) or ✓. */
async function observe(operation: Operation, as: Presented): Promise<string> {
  // Webhooks an earlier allowed cell set off, and the reads Paygraph makes on them, are not this
  // cell's provider calls: wait until the simulators delivered them and Paygraph handled them.
  await Promise.all([app.sandbox!.astra.waitForIdle(), app.sandbox!.pagstar.waitForIdle()]);
  await app.services.relay.idle();
  const before = providerCalls(app);
  const answer = await operation.run(as);
  const calls = providerCalls(app) - before;
  const codes = (answer.errors ?? []).map((error) => error.extensions?.code as string);
  const refusal = codes.includes('UNAUTHENTICATED') ? '401' : codes.includes('FORBIDDEN') ? 'FORBIDDEN' : undefined;
  if (refusal) return calls === 0 ? refusal : `${refusal} +${calls} provider calls`;
  if (codes.length === 0 && operation.ran(answer.data)) return '✓';
  return `unexpected: ${JSON.stringify(answer).slice(0, 200)}`;
}

beforeAll(async () => {
  idp = await startOidcProvider();
  const keys = SERVER_KEY_SCOPES.map((scopes) => `k-${scopes.replace('+', '-')}=${serverKey(scopes)}:${scopes}`);
  app = await startTestPaygraph({
    API_KEYS: [`admin=${ADMIN}:read+write+payouts+cards+webhooks`, ...keys].join(','),
    PUBLISHABLE_KEYS: `shop=${PK}@${SHOP}`,
    OIDC_ISSUER: idp.issuer,
    OIDC_AUDIENCE: PAYGRAPH_AUDIENCE,
  });
  // Background watching polls what earlier cells created (refunds, Automatic Pix) on its own clock:
  // those reads are not any cell's provider calls, so it is off here (its own tests cover it).
  app.background.close();
  const asAdmin = { authorization: `Bearer ${ADMIN}` };
  const create = async () =>
    (await app.gql('mutation { createPixCharge(input: { amount: "5.00" }) { pixCharge { id } } }', {}, asAdmin)).data.createPixCharge.pixCharge.id as string;
  chargeA = await create();
  chargeB = await create();
  const issued = await app.gql('mutation($id: ID!) { createClientToken(input: { subjectId: $id }) { clientToken } }', { id: chargeA }, asAdmin);
  for (const scopes of SERVER_KEY_SCOPES) presented.set(`server key \`${scopes}\``, { bearer: serverKey(scopes) });
  presented.set('client token (charge A)', { bearer: issued.data.createClientToken.clientToken as string });
  presented.set('publishable key', { bearer: PK, origin: SHOP });
  for (const scope of OIDC_SCOPES) presented.set(`OIDC \`${scope}\``, { bearer: await idp.issue({ scope }) });
  presented.set('none', {});
});

afterAll(async () => {
  console.info(markdownTable());
  await app?.close();
  await idp?.close();
});

test.each(Object.keys(EXPECTED))('%s: every class of operation answers as docs/security.md promises', async (name) => {
  const as = presented.get(name)!;
  const cells: Record<string, string> = {};
  for (const column of COLUMNS) cells[column] = await observe(OPERATIONS[column], as);
  observed.set(name, cells);
  expect(cells).toEqual(EXPECTED[name]);
});

/** The observed matrix; a cell that differs from the expected one reads `expected X, got Y`. */
function markdownTable(): string {
  const header = `| credential | ${COLUMNS.map((column) => OPERATIONS[column].label).join(' | ')} |`;
  const rule = `|---|${COLUMNS.map(() => '---').join('|')}|`;
  const lines = Object.keys(EXPECTED).map((name) => {
    const cells = observed.get(name);
    const shown = COLUMNS.map((column) => {
      const got = cells?.[column] ?? 'not run';
      return got === EXPECTED[name][column] ? got : `expected ${EXPECTED[name][column]}, got ${got}`;
    });
    return `| ${name} | ${shown.join(' | ')} |`;
  });
  const legend = '401: UNAUTHENTICATED (over graphql-ws: the socket closed with 4403 at connection_init). Every refused cell made 0 provider calls.';
  return ['Credential matrix (issue 24)', '', header, rule, ...lines, '', legend].join('\n');
}
