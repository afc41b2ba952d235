import { startTestPaygraph, eventually, type TestPaygraph } from '../helpers/paygraph';
import { operation } from '../helpers/operations';

const CREATE = operation('create-pix-charge');
const REFUND = operation('refund-pix-charge');

let app: TestPaygraph;
let paidChargeId: string;
let unpaidChargeId: string;

beforeAll(async () => {
  app = await startTestPaygraph();
  paidChargeId = (await app.gql(CREATE, { input: { amount: '10.01' } })).data.createPixCharge.pixCharge.id;
  unpaidChargeId = (await app.gql(CREATE, { input: { amount: '10.00' } })).data.createPixCharge.pixCharge.id;
  await eventually(async () => (await app.gql(`query($id: ID!) { node(id: $id) { ... on PixCharge { status } } }`, { id: paidChargeId })).data.node.status === 'PAID');
  // The payment's webhook is confirmed by a background re-read of the provider: let it finish (and
  // the simulator go idle) so that it does not land in the provider calls the tests below count.
  const published = () => app.services.metrics.get('paygraph_webhook_events_total', { provider: 'ASTRA', result: 'published' });
  await eventually(async () => published() >= 1, 10_000);
  await app.sandbox!.astra.waitForIdle();
  await app.services.relay.idle();
});
afterAll(() => app.close());

/** Runs a request and returns how many calls it made to the provider (any route). */
async function providerCallsDuring(run: () => Promise<unknown>): Promise<number> {
  const before = app.sandbox!.astra.counters.total;
  await run();
  return app.sandbox!.astra.counters.total - before;
}

const createCases: Array<[string, Record<string, unknown>, string[], string]> = [
  ['amount "0"', { amount: '0' }, ['input', 'amount'], 'INVALID'],
  ['amount "-1"', { amount: '-1' }, ['input', 'amount'], 'INVALID'],
  ['amount "1.001"', { amount: '1.001' }, ['input', 'amount'], 'INVALID'],
  ['amount "abc"', { amount: 'abc' }, ['input', 'amount'], 'INVALID'],
  ['amount above the provider maximum', { amount: '1000000.00' }, ['input', 'amount'], 'INVALID'],
  ['CPF with wrong check digits', { amount: '1.00', debtor: { name: 'A', document: '123.456.789-00' } }, ['input', 'debtor', 'document'], 'INVALID'],
  ['CNPJ with wrong check digits', { amount: '1.00', debtor: { name: 'A', document: '11.222.333/0001-80' } }, ['input', 'debtor', 'document'], 'INVALID'],
  ['CPF and CNPJ together in one document', { amount: '1.00', debtor: { name: 'A', document: '1234567890911222333000181' } }, ['input', 'debtor', 'document'], 'INVALID'],
  ['debtor without a name', { amount: '1.00', debtor: { document: '12345678909' } }, ['input', 'debtor', 'name'], 'REQUIRED'],
  ['description over 140 characters', { amount: '1.00', description: 'x'.repeat(141) }, ['input', 'description'], 'INVALID'],
  ['reference over 77 characters', { amount: '1.00', reference: 'r'.repeat(78) }, ['input', 'reference'], 'INVALID'],
  ['expiresIn of 0 seconds', { amount: '1.00', expiresIn: 0 }, ['input', 'expiresIn'], 'INVALID'],
  ['onlyDebtorMayPay without a debtor', { amount: '1.00', onlyDebtorMayPay: true }, ['input', 'debtor'], 'REQUIRED'],
];

describe('createPixCharge rejects bad input before any provider call', () => {
  test.each(createCases)('%s', async (_name, input, field, code) => {
    let response: any;
    const calls = await providerCallsDuring(async () => {
      response = await app.gql(CREATE, { input });
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.createPixCharge.pixCharge).toBeNull();
    expect(response.data.createPixCharge.userErrors).toContainEqual({ field, code, message: expect.any(String) });
    expect(calls).toBe(0);
  });

  test('reports every problem at once', async () => {
    const response = await app.gql(CREATE, { input: { amount: 'abc', description: 'x'.repeat(141), reference: 'r'.repeat(78) } });
    expect(response.data.createPixCharge.userErrors.map((e: any) => e.field.join('.'))).toEqual(['input.amount', 'input.description', 'input.reference']);
  });

  test('a JSON number as amount is refused at coercion: money never travels as a float', async () => {
    const calls = await providerCallsDuring(async () => {
      const response = await app.gql(CREATE, { input: { amount: 10.5 } });
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
    expect(calls).toBe(0);
  });
});

describe('refundPixCharge rejects bad input and impossible refunds without requesting a refund', () => {
  const refundRequests = () => app.sandbox!.astra.counters.count('POST /charge/v1/refund');

  test.each([
    ['amount "0"', { amount: '0' }, ['input', 'amount'], 'INVALID'],
    ['amount "1.001"', { amount: '1.001' }, ['input', 'amount'], 'INVALID'],
    ['reason over 122 characters (140 minus the ASM-A52 marker)', { amount: '1.00', reason: 'y'.repeat(123) }, ['input', 'reason'], 'INVALID'],
  ])('%s: zero provider calls', async (_name, extra, field, code) => {
    let response: any;
    const calls = await providerCallsDuring(async () => {
      response = await app.gql(REFUND, { input: { chargeId: paidChargeId, ...extra } });
    });
    expect(response.data.refundPixCharge.userErrors).toContainEqual({ field, code, message: expect.any(String) });
    expect(calls).toBe(0);
  });

  test('a chargeId that is not a PixCharge id: zero provider calls', async () => {
    let response: any;
    const calls = await providerCallsDuring(async () => {
      response = await app.gql(REFUND, { input: { chargeId: 'bogus' } });
    });
    expect(response.data.refundPixCharge.userErrors[0]).toMatchObject({ field: ['input', 'chargeId'], code: 'INVALID' });
    expect(calls).toBe(0);
  });

  test('above the refundable remainder: INVALID on input.amount, no refund requested', async () => {
    const before = refundRequests();
    const response = await app.gql(REFUND, { input: { chargeId: paidChargeId, amount: '10.02' } });
    expect(response.data.refundPixCharge.userErrors).toEqual([{ field: ['input', 'amount'], code: 'INVALID', message: 'amount must be at most the refundable remainder, 10.01.' }]);
    expect(refundRequests()).toBe(before);
  });

  test('of an unpaid charge: INVALID_STATE, no refund requested', async () => {
    const before = refundRequests();
    const response = await app.gql(REFUND, { input: { chargeId: unpaidChargeId, amount: '1.00' } });
    expect(response.data.refundPixCharge.userErrors[0]).toMatchObject({ field: ['input', 'chargeId'], code: 'INVALID_STATE' });
    expect(refundRequests()).toBe(before);
  });
});

describe('query arguments', () => {
  test('first above 100 is BAD_USER_INPUT with no provider call', async () => {
    const calls = await providerCallsDuring(async () => {
      const response = await app.gql(`{ pixCharges(first: 101) { totalCount } }`);
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
    expect(calls).toBe(0);
  });

  test('a bad debtorDocument filter is BAD_USER_INPUT with no provider call', async () => {
    const calls = await providerCallsDuring(async () => {
      const response = await app.gql(`{ pixCharges(filter: { debtorDocument: "111.111.111-11" }) { totalCount } }`);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['filter', 'debtorDocument'] });
    });
    expect(calls).toBe(0);
  });
});
