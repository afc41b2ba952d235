/**
 * Automatic Pix rules enforced by Paygraph before the provider is asked (issue 13 item 3): each
 * refused at its boundary with its own input path and code. Rules that need only the input and
 * the Brasília clock cost 0 provider calls; rules on the authorization's or payment's state cost
 * the GETs that read that state and never the money-moving POST. Paygraph's clock in sandbox mode
 * is the simulator's, so the tests set it to cross Brasília midnight.
 */
import { startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { astraCallsDuring, authorizationInput, CREATE_AUTH, CREATE_PAY, forceFailure, RETRY_PAY } from '../helpers/automatic-pix';

const POST_PAYMENT = 'POST /automatic-pix/v1/payments';
const POST_RETRY = 'POST /automatic-pix/v1/payments/:paymentId/retry';

let app: TestPaygraph;

beforeAll(async () => {
  app = await startTestPaygraph();
  // These tests count each operation's own provider calls: no background polling of the objects
  // they create (issue 26; automatic-pix-background-events.test.ts covers it).
  app.background.close();
});
afterAll(() => app.close());

/** Sets the simulator's (and so Paygraph's) clock to a Brasília wall-clock time. */
function setBrasiliaTime(local: string): void {
  app.sandbox!.astra.clock.set(new Date(`${local}-03:00`));
}

async function approved(overrides: Record<string, unknown>): Promise<any> {
  const { data } = await app.gql(CREATE_AUTH, { input: authorizationInput(app, overrides) });
  expect(data.createAutomaticPixAuthorization.userErrors).toEqual([]);
  await app.sandbox!.astra.waitForIdle();
  return data.createAutomaticPixAuthorization.authorization;
}

async function refused(query: string, input: Record<string, unknown>) {
  const { result, calls, byRoute } = await astraCallsDuring(app, () => app.gql(query, { input }));
  const payload = Object.values(result.data as Record<string, any>)[0];
  return { errors: payload.userErrors.map((e: any) => ({ field: e.field, code: e.code })), calls, byRoute, messages: payload.userErrors.map((e: any) => e.message) };
}

describe('createAutomaticPixAuthorization', () => {
  test('every bad field reported with its path, 0 provider calls', async () => {
    setBrasiliaTime('2030-03-10T12:00:00');
    const input = authorizationInput(app, {
      participantIspb: '123',
      creditors: [{ name: '', document: '11222333000181' }],
      minAmount: '200.00',
      maxAmount: '100.00',
      startDate: '2030-03-09',
      firstPayment: { amount: '0.001', date: '2030-03-10' },
      payer: { name: 'João', document: '11111111111' },
    });
    const { errors, calls } = await refused(CREATE_AUTH, input);
    expect(calls).toBe(0);
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: ['input', 'participantIspb'], code: 'INVALID' },
        { field: ['input', 'creditors', '0', 'name'], code: 'REQUIRED' },
        { field: ['input', 'minAmount'], code: 'INVALID' },
        { field: ['input', 'startDate'], code: 'INVALID' },
        { field: ['input', 'firstPayment', 'amount'], code: 'INVALID' },
        { field: ['input', 'firstPayment', 'date'], code: 'INVALID' },
        { field: ['input', 'payer', 'document'], code: 'INVALID' },
      ]),
    );
  });
});

describe('createAutomaticPixPayment', () => {
  test('input and clock rules: 0 provider calls; due date tomorrow in Brasília, across midnight', async () => {
    setBrasiliaTime('2030-03-10T12:00:00');
    const authorization = await approved({ startDate: '2030-03-10' });
    const base = { authorizationId: authorization.id, amount: '20.00', dueDate: '2030-03-11' };
    for (const [input, field] of [
      [{ ...base, authorizationId: 'not-an-id' }, 'authorizationId'],
      [{ ...base, amount: '1.001' }, 'amount'],
      [{ ...base, dueDate: '2030-02-30' }, 'dueDate'],
      [{ ...base, dueDate: '2030-03-10' }, 'dueDate'],
    ] as const) {
      const { errors, calls } = await refused(CREATE_PAY, input);
      expect({ errors, calls }).toEqual({ errors: [{ field: ['input', field], code: 'INVALID' }], calls: 0 });
    }
    // 23:59:30 Brasília (02:59:30 UTC, already the 11th in UTC): the 11th is still "tomorrow".
    setBrasiliaTime('2030-03-10T23:59:30');
    expect((await refused(CREATE_PAY, base)).errors).toEqual([]);
    // 00:00 Brasília on the 11th: too late for the 11th, with no provider call.
    setBrasiliaTime('2030-03-11T00:00:00');
    const late = await refused(CREATE_PAY, base);
    expect(late).toMatchObject({ errors: [{ field: ['input', 'dueDate'], code: 'INVALID' }], calls: 0 });
  });

  test("the authorization's rules: read once, never the POST", async () => {
    setBrasiliaTime('2030-04-01T12:00:00');
    const authorization = await approved({ startDate: '2030-04-05', minAmount: '10.00', maxAmount: '150.00' });
    const base = { authorizationId: authorization.id, amount: '20.00', dueDate: '2030-04-05' };
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ ...base, amount: '9.99' }, 'amount', 'INVALID'],
      [{ ...base, amount: '150.01' }, 'amount', 'INVALID'],
      [{ ...base, dueDate: '2030-04-04' }, 'dueDate', 'INVALID'],
    ];
    for (const [input, field, code] of cases) {
      const { errors, byRoute } = await refused(CREATE_PAY, input);
      expect(errors).toEqual([{ field: ['input', field], code }]);
      expect(byRoute[POST_PAYMENT]).toBeUndefined();
    }
    // The boundaries themselves are accepted.
    expect((await refused(CREATE_PAY, { ...base, amount: '10.00' })).errors).toEqual([]);
    expect((await refused(CREATE_PAY, { ...base, amount: '150.00' })).errors).toEqual([]);

    const rejected = await approved({ startDate: '2030-04-01', maxAmount: '100.99' });
    const notApproved = await refused(CREATE_PAY, { ...base, authorizationId: rejected.id, amount: '50.00' });
    expect(notApproved.errors).toEqual([{ field: ['input', 'authorizationId'], code: 'INVALID_STATE' }]);
    expect(notApproved.messages[0]).toMatch(/APPROVED.*REJECTED/);
    expect(notApproved.byRoute[POST_PAYMENT]).toBeUndefined();
  });
});

describe('retryAutomaticPixPayment', () => {
  test('3rd retry allowed, 4th refused; day 7 allowed, day 8 refused; 23:59 vs 00:00 Brasília', async () => {
    setBrasiliaTime('2030-05-10T12:00:00');
    const authorization = await approved({ startDate: '2030-05-10' });
    const { data } = await app.gql(CREATE_PAY, { input: { authorizationId: authorization.id, amount: '20.00', dueDate: '2030-05-11' } });
    const payment = data.createAutomaticPixPayment.payment;
    const retry = (scheduledDate: string) => refused(RETRY_PAY, { paymentId: payment.id, scheduledDate });

    // Still SCHEDULED: only a FAILED payment may be retried.
    const notFailed = await retry('2030-05-12');
    expect(notFailed.errors).toEqual([{ field: ['input', 'paymentId'], code: 'INVALID_STATE' }]);
    expect(notFailed.byRoute[POST_RETRY]).toBeUndefined();
    await forceFailure(app, payment.providerId);

    // 00:00 Brasília on the 15th is too late for the 15th: refused from the clock alone, 0 calls.
    setBrasiliaTime('2030-05-15T00:00:00');
    expect(await retry('2030-05-15')).toMatchObject({ errors: [{ field: ['input', 'scheduledDate'], code: 'INVALID' }], calls: 0 });
    // 23:59:30 Brasília on the 14th (already the 15th in UTC) is in time.
    setBrasiliaTime('2030-05-14T23:59:30');
    expect((await retry('2030-05-15')).errors).toEqual([]);

    await forceFailure(app, payment.providerId);
    // Due 11th: day 8 (the 19th) refused without the POST, day 7 (the 18th) allowed.
    const day8 = await retry('2030-05-19');
    expect(day8.errors).toEqual([{ field: ['input', 'scheduledDate'], code: 'INVALID' }]);
    expect(day8.messages[0]).toContain('2030-05-18');
    expect(day8.byRoute[POST_RETRY]).toBeUndefined();
    expect((await retry('2030-05-18')).errors).toEqual([]);

    await forceFailure(app, payment.providerId);
    expect((await retry('2030-05-16')).errors).toEqual([]); // the 3rd retry
    await forceFailure(app, payment.providerId);
    const fourth = await retry('2030-05-16');
    expect(fourth.errors).toEqual([{ field: ['input', 'paymentId'], code: 'INVALID_STATE' }]);
    expect(fourth.messages[0]).toMatch(/at most 3/);
    expect(fourth.byRoute[POST_RETRY]).toBeUndefined();
  });

  test('an authorization that does not accept retries: refused without the POST', async () => {
    setBrasiliaTime('2030-06-10T12:00:00');
    const authorization = await approved({ startDate: '2030-06-10', retryAccepted: false });
    const { data } = await app.gql(CREATE_PAY, { input: { authorizationId: authorization.id, amount: '20.00', dueDate: '2030-06-11' } });
    await forceFailure(app, data.createAutomaticPixPayment.payment.providerId);
    const result = await refused(RETRY_PAY, { paymentId: data.createAutomaticPixPayment.payment.id, scheduledDate: '2030-06-12' });
    expect(result.errors).toEqual([{ field: ['input', 'paymentId'], code: 'INVALID_STATE' }]);
    expect(result.messages[0]).toMatch(/does not accept retries/);
    expect(result.byRoute[POST_RETRY]).toBeUndefined();
  });
});
