import { startTestPaygraph, type TestPaygraph, providerCalls } from '../helpers/paygraph';
import { batchInput, CREATE_BATCH, payment } from '../helpers/pix-payouts';
import { encodeGlobalId } from '../../src/lib/global-id';

/**
 * The reported examples of issue 23, cases 5 (text holes) and 6 (provider ids "." and ".." moving
 * the request), each refused before any provider call. The exhaustive versions are
 * text-policy-schema.test.ts and provider-id-dot-segments.test.ts.
 */
let app: TestPaygraph;

beforeAll(async () => {
  app = await startTestPaygraph();
});
afterAll(() => app.close());

/** Runs `work` and returns its result with the number of requests both simulators received. */
async function providerCallsDuring<T>(work: () => Promise<T>): Promise<{ result: T; calls: number }> {
  await app.sandbox!.astra.waitForIdle();
  const before = providerCalls(app);
  const result = await work();
  return { result, calls: providerCalls(app) - before };
}

const CREATE_CHARGE = `mutation($input: CreatePixChargeInput!) {
  createPixCharge(input: $input) { pixCharge { id debtor { name } } userErrors { field code message } }
}`;

describe('case 5: text inputs', () => {
  test.each([
    ['100,000 characters (over the 1,000 ceiling)', 'N'.repeat(100_000)],
    ["101 characters (over Astra's 100, ASM-A19)", 'N'.repeat(101)],
  ])('createPixCharge refuses a debtor.name of %s, not sending it upstream', async (_name, name) => {
    const { result, calls } = await providerCallsDuring(() => app.gql(CREATE_CHARGE, { input: { amount: '10.00', debtor: { name, document: '12345678909' } } }));
    expect(result.errors).toBeUndefined();
    expect(result.data.createPixCharge.pixCharge).toBeNull();
    expect(result.data.createPixCharge.userErrors).toEqual([{ field: ['input', 'debtor', 'name'], code: 'INVALID', message: expect.stringMatching(/at most/) }]);
    expect(JSON.stringify(result)).not.toContain('NNNNNNNNNN');
    expect(calls).toBe(0);
  });

  test('createPixCharge still accepts a 100-character debtor name', async () => {
    const { result } = await providerCallsDuring(() => app.gql(CREATE_CHARGE, { input: { amount: '10.00', debtor: { name: 'N'.repeat(100), document: '12345678909' } } }));
    expect(result.data.createPixCharge.userErrors).toEqual([]);
    expect(result.data.createPixCharge.pixCharge.debtor.name).toBe('N'.repeat(100));
  });

  test.each([
    ['NUL', 'ref\u0000x'],
    ['U+202E', 'ref\u202Ex'],
  ])('cardTransactions(filter: {reference}) refuses %s with BAD_USER_INPUT and no provider call', async (_name, reference) => {
    const { result, calls } = await providerCallsDuring(() =>
      app.gql('query($filter: CardTransactionFilter) { cardTransactions(filter: $filter) { totalCount } }', { filter: { reference } }),
    );
    // The list is nullable (a provider that cannot list fails only its own field): null, with the error on it.
    expect(result.data).toEqual({ cardTransactions: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({ path: ['cardTransactions'], extensions: { code: 'BAD_USER_INPUT', field: ['filter', 'reference'] } });
    expect(calls).toBe(0);
  });

  test.each([
    ['NUL', 'ana\u0000@example.com'],
    ['BEL', 'ana\u0007@example.com'],
    ['U+202E', 'ana\u202E@example.com'],
  ])('an EMAIL Pix key with %s creates no payout batch', async (_name, value) => {
    const input = batchInput(1, { payments: [payment(2, { pixKey: { type: 'EMAIL', value } })] });
    const { result, calls } = await providerCallsDuring(() => app.gql(CREATE_BATCH, { input }));
    expect(result.errors).toBeUndefined();
    expect(result.data.createPixPayoutBatch.pixPayoutBatch).toBeNull();
    expect(result.data.createPixPayoutBatch.userErrors).toContainEqual({ field: ['input', 'payments', '0', 'pixKey', 'value'], code: 'INVALID', message: expect.any(String) });
    expect(calls).toBe(0);
  });
});

describe('case 6: provider ids "." and ".." in well-formed global ids', () => {
  test.each(['.', '..'])('node(id:) of a PixCharge whose provider id is "%s" is BAD_USER_INPUT without a provider call', async (providerId) => {
    const id = encodeGlobalId('PixCharge', 'ASTRA', providerId);
    const { result, calls } = await providerCallsDuring(() => app.gql('query($id: ID!) { node(id: $id) { id } }', { id }));
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(calls).toBe(0);
  });

  test.each([
    ['cancelCardTransaction', 'CardTransaction', 'transactionId', 'cardTransaction { id }'],
    ['deleteSavedCard', 'SavedCard', 'savedCardId', 'savedCard { id }'],
    ['cancelCardRecurrence', 'CardRecurrence', 'recurrenceId', 'cardRecurrence { id }'],
  ])('%s with a "." provider id answers an INVALID user error, not INTERNAL_SERVER_ERROR, without a provider call', async (mutation, type, field, selection) => {
    const id = encodeGlobalId(type, 'ASTRA', '.');
    const document = `mutation($id: ID!) { ${mutation}(input: { ${field}: $id }) { ${selection} userErrors { field code message } } }`;
    const { result, calls } = await providerCallsDuring(() => app.gql(document, { id }));
    expect(result.errors).toBeUndefined();
    expect(result.data[mutation].userErrors).toEqual([{ field: ['input', field], code: 'INVALID', message: expect.any(String) }]);
    expect(calls).toBe(0);
  });
});
