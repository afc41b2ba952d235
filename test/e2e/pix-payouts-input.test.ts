import { startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { batchInput, CREATE_BATCH, payment, RELEASE_BATCH } from '../helpers/pix-payouts';

const READ_KEY = 'reader-key-000000000001';
const WRITE_KEY = 'writer-key-000000000002';
const PAYOUTS_KEY = 'payouts-key-00000000003';

let app: TestPaygraph;
beforeAll(async () => {
  // A 1,000-payment batch is ~170–500 kB of JSON: above the 100 kB default body limit (README).
  app = await startTestPaygraph({ API_KEYS: `reader=${READ_KEY}:read,writer=${WRITE_KEY}:read+write,payer=${PAYOUTS_KEY}:read+write+payouts` });
});
afterAll(() => app.close());

const as = (key: string) => ({ authorization: `Bearer ${key}` });
const providerCalls = () => app.sandbox!.astra.counters.total;

async function createErrors(input: Record<string, unknown>) {
  const before = providerCalls();
  const response = await app.gql(CREATE_BATCH, { input }, as(PAYOUTS_KEY));
  expect(response.errors).toBeUndefined();
  expect(response.data.createPixPayoutBatch.pixPayoutBatch).toBeNull();
  expect(providerCalls() - before).toBe(0);
  return response.data.createPixPayoutBatch.userErrors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code]);
}

describe('createPixPayoutBatch input: every problem at once, with its path, 0 provider calls', () => {
  test('one batch with a problem in each rule reports all of them', async () => {
    const payments = Array.from({ length: 420 }, (_, i) => payment(i));
    payments[412] = payment(412, { pixKey: { type: 'CPF', value: '12345678900' } }); // bad check digits
    payments[1] = payment(1, { pixKey: { type: 'CNPJ', value: '11222333000180' } });
    payments[2] = payment(2, { pixKey: { type: 'EMAIL', value: 'not-an-email' } });
    payments[3] = payment(3, { pixKey: { type: 'PHONE', value: '11987654321' } }); // no +55
    payments[4] = payment(4, { pixKey: { type: 'RANDOM', value: 'not-a-uuid' } });
    payments[5] = payment(5, { amount: '0.00' });
    payments[6] = payment(6, { amount: '1000000.00' });
    payments[7] = payment(7, { amount: '1.234' });
    payments[8] = payment(8, { paymentId: 'PAY-0' });
    payments[9] = payment(9, { reference: 'REF-0' });
    payments[10] = payment(10, { scheduledDate: '2020-01-01' });
    payments[11] = payment(11, { scheduledDate: '2030-02-30' });
    payments[12] = payment(12, { beneficiaryName: '  ' });
    payments[13] = payment(13, { pixKey: { type: 'CPF', value: '11222333000181' } }); // a CNPJ given as CPF
    const debitAccount = { agency: '12a4', account: '987654321', accountDigit: 'XX', accountType: 'CHECKING' };
    expect(await createErrors(batchInput(0, { payments, debitAccount }))).toEqual(
      expect.arrayContaining([
        ['input.debitAccount.agency', 'INVALID'],
        ['input.debitAccount.accountDigit', 'INVALID'],
        ['input.payments.412.pixKey.value', 'INVALID'],
        ['input.payments.1.pixKey.value', 'INVALID'],
        ['input.payments.2.pixKey.value', 'INVALID'],
        ['input.payments.3.pixKey.value', 'INVALID'],
        ['input.payments.4.pixKey.value', 'INVALID'],
        ['input.payments.5.amount', 'INVALID'],
        ['input.payments.6.amount', 'INVALID'],
        ['input.payments.7.amount', 'INVALID'],
        ['input.payments.8.paymentId', 'INVALID'],
        ['input.payments.9.reference', 'INVALID'],
        ['input.payments.10.scheduledDate', 'INVALID'],
        ['input.payments.11.scheduledDate', 'INVALID'],
        ['input.payments.12.beneficiaryName', 'REQUIRED'],
        ['input.payments.13.pixKey.value', 'INVALID'],
      ]),
    );
  });

  test.each([
    ['no payments', () => batchInput(0), ['input.payments', 'INVALID']],
    ['1,001 payments', () => batchInput(1001), ['input.payments', 'INVALID']],
    ['an empty idempotencyKey', () => batchInput(1, { idempotencyKey: '' }), ['input.idempotencyKey', 'REQUIRED']],
  ])('%s', async (_name, input, expected) => {
    expect(await createErrors(input())).toEqual([expected]);
  });
});

describe('the payouts scope', () => {
  test.each([
    ['a read key', READ_KEY],
    ['a write key without payouts', WRITE_KEY],
  ])('%s cannot create or release a batch (FORBIDDEN, 0 provider calls)', async (_name, key) => {
    const before = providerCalls();
    const create = await app.gql(CREATE_BATCH, { input: batchInput(1) }, as(key));
    expect(create.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const release = await app.gql(RELEASE_BATCH, { id: 'UGl4UGF5b3V0QmF0Y2g6QVNUUkE6eA' }, as(key));
    expect(release.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(providerCalls() - before).toBe(0);
  });

  test('a key with payouts creates the batch', async () => {
    const response = await app.gql(CREATE_BATCH, { input: batchInput(2) }, as(PAYOUTS_KEY));
    expect(response.data.createPixPayoutBatch).toMatchObject({ userErrors: [], pixPayoutBatch: { status: 'CREATED', paymentCount: 2, totalAmount: { amount: '4.00' } } });
  });
});
