/**
 * Automatic Pix fields a frontend reads (issue 26, item 4): `remainingRetries` of a payment that
 * can no longer be retried, and the name of an authorization's participant (institution).
 */
import { startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { ADVANCE, approvedAuthorization, astraCallsDuring, authorizationInput, CREATE_AUTH, CREATE_PAY, simDate } from '../helpers/automatic-pix';

const PAYMENT = 'query($id: ID!) { node(id: $id) { ... on AutomaticPixPayment { status retryCount remainingRetries } } }';
const PARTICIPANTS = `query($filter: AutomaticPixAuthorizationFilter) {
  automaticPixAuthorizations(filter: $filter) { edges { node { participant { ispb name } } } } }`;

let app: TestPaygraph;

beforeAll(async () => {
  app = await startTestPaygraph({}, { astraSimulator: { sandboxDelayMs: 0 } });
  // These tests count each operation's own provider calls: no background polling of the objects
  // they create (issue 26; automatic-pix-background-events.test.ts covers it).
  app.background.close();
});
afterAll(() => app.close());

test('remainingRetries is null once a payment is PAID: no retry applies to it', async () => {
  const authorization = await approvedAuthorization(app);
  const created = await app.gql(CREATE_PAY, { input: { authorizationId: authorization.id, amount: '20.00', dueDate: simDate(app, 1) } });
  const payment = created.data.createAutomaticPixPayment.payment;
  expect(payment).toMatchObject({ status: 'SCHEDULED', remainingRetries: 3 });

  await app.gql(ADVANCE, { days: 1 });
  await app.sandbox!.astra.waitForIdle();
  // A final payment's remainingRetries needs no read of its authorization.
  const read = await astraCallsDuring(app, () => app.gql(PAYMENT, { id: payment.id }));
  expect(read.result).toEqual({ data: { node: { status: 'PAID', retryCount: 0, remainingRetries: null } } });
  // (The clock move may have expired the OAuth token: a token POST and a repeated GET are not at issue.)
  expect(read.byRoute['GET /automatic-pix/v1/authorizations/:authorizationId']).toBeUndefined();
});

test("an authorization's participant carries its name from the participants list, one list read for many authorizations", async () => {
  const contractReference = `NAMES-${Math.random().toString(36).slice(2, 10)}`;
  await app.gql(CREATE_AUTH, { input: authorizationInput(app, { contractReference }) });
  await app.gql(CREATE_AUTH, { input: authorizationInput(app, { contractReference, participantIspb: '00000000' }) });
  await app.sandbox!.astra.waitForIdle();

  const listed = await astraCallsDuring(app, () => app.gql(PARTICIPANTS, { filter: { contractReference } }));
  const participants = listed.result.data.automaticPixAuthorizations.edges.map((edge: any) => edge.node.participant);
  expect(participants).toHaveLength(2);
  expect(participants).toEqual(
    expect.arrayContaining([
      { ispb: '60701190', name: 'Itaú Unibanco S.A.' },
      { ispb: '00000000', name: 'Banco do Brasil S.A.' },
    ]),
  );
  // The list of authorizations, then one page of participants for both (no N+1).
  expect(listed.byRoute).toEqual({ 'GET /automatic-pix/v1/authorizations': 1, 'GET /automatic-pix/v1/participants': 1 });
});
