import { startTestPaygraph, eventually, nodeAs, type TestPaygraph } from '../helpers/paygraph';
import { expectOutcomePending, shortWindowEnv, waitRetryAfter } from '../helpers/in-flight';
import { CreatePixChargeDocument as CREATE, GetPixChargeDocument as GET, RefundPixChargeDocument as REFUND } from '../generated/graphql';

/**
 * Issue 9, cases 1, 2 and 5 through the real graph, counted at the simulator (docs/idempotency.md).
 * The simulator's faults make the first attempt's outcome unknown to Paygraph (503); what the
 * provider really did is then read back from the simulator through the graph. Repeats inside the
 * in-flight window (a completion horizon of 3 s here, issue 23) answer OUTCOME_PENDING and send
 * nothing; after it they reconcile (refunds) or answer OUTCOME_UNKNOWN (Pix charges: no marker).
 */
let app: TestPaygraph;
beforeAll(async () => {
  app = await startTestPaygraph(shortWindowEnv(2_000, 2_500, 3_000), { astraSimulator: { sandboxDelayMs: 20 } });
});
afterEach(() => app.sandbox!.astra.faults.reset());
afterAll(() => app.close());

const sim = () => app.sandbox!.astra;
const refundPosts = () => sim().counters.count('POST /charge/v1/refund');
const chargePosts = () => sim().counters.count('POST /charge/v1/dynamic');

async function paidCharge(amount: string) {
  const charge = (await app.gqlTyped(CREATE, { input: { amount } })).data!.createPixCharge.pixCharge!;
  await eventually(async () => nodeAs((await app.gqlTyped(GET, { id: charge.id })).data!.node, 'PixCharge').status === 'PAID');
  return charge;
}

async function refundsAtProvider(chargeId: string) {
  const charge = nodeAs((await app.gqlTyped(GET, { id: chargeId })).data!.node, 'PixCharge');
  return charge.refunds.edges.map((edge) => edge.node);
}

describe('case 1: one key, concurrent repeats, first attempt 503 — one execution', () => {
  test('20 concurrent refunds with one key → 1 top-level 503, 19 OUTCOME_PENDING and 0 refunds; after the horizon 20 repeats → 1 refund', async () => {
    const charge = await paidCharge('50.01');
    const before = refundPosts();
    sim().faults.set({ failNextCount: 1, errorStatus: 503, latencyMs: 1000, routeFilter: 'POST /charge/v1/refund' });
    const input = { chargeId: charge.id, amount: '1.00', idempotencyKey: 'k1' };
    const responses = await Promise.all(Array.from({ length: 20 }, () => app.gqlTyped(REFUND, { input })));
    sim().faults.reset();

    const codes = responses.map((r) => r.errors?.[0].extensions?.code ?? 'ANSWERED');
    console.info(`case 1 refunds inside the window: POSTs ${refundPosts() - before}, answers ${JSON.stringify(countBy(codes))}`);
    expect(countBy(codes)).toEqual({ PROVIDER_UNAVAILABLE: 1, OUTCOME_PENDING: 19 });
    // The 503'd attempt only: the 19 repeats waited for it, then sent nothing.
    expect(refundPosts() - before).toBe(1);
    expect(await refundsAtProvider(charge.id)).toHaveLength(0);
    const waits = responses.filter((r) => r.errors?.[0].extensions?.code === 'OUTCOME_PENDING').map(expectOutcomePending);

    await waitRetryAfter(Math.max(...waits));
    const repeats = await Promise.all(Array.from({ length: 20 }, () => app.gqlTyped(REFUND, { input })));
    const refundIds = repeats.map((r) => r.data?.refundPixCharge.refund?.refundId).filter(Boolean);
    const refunds = await refundsAtProvider(charge.id);
    console.info(`case 1 refunds after the horizon: POSTs ${refundPosts() - before}, refunds created ${refunds.length}, distinct refund ids answered ${new Set(refundIds).size}`);
    expect(refunds).toHaveLength(1);
    expect(refundIds).toHaveLength(20);
    expect(new Set(refundIds)).toEqual(new Set([refunds[0].refundId]));
    // The 503'd attempt, then one attempt that first looked for the 503'd attempt's refund and found none.
    expect(refundPosts() - before).toBe(2);
  });

  test('20 concurrent creates with one key → 1 charge POST (503) and 19 OUTCOME_PENDING, then OUTCOME_UNKNOWN instead of a guess', async () => {
    const before = chargePosts();
    sim().faults.set({ failNextCount: 1, errorStatus: 503, latencyMs: 1000, routeFilter: 'POST /charge/v1/dynamic' });
    const input = { amount: '3.00', idempotencyKey: 'c1' };
    const responses = await Promise.all(Array.from({ length: 20 }, () => app.gqlTyped(CREATE, { input })));
    sim().faults.reset();

    const codes = responses.map((r) => r.errors?.[0].extensions?.code ?? r.data!.createPixCharge.userErrors[0]?.code ?? 'CREATED');
    console.info(`case 1 charges: POSTs ${chargePosts() - before}, answers ${JSON.stringify(countBy(codes))}`);
    expect(chargePosts() - before).toBe(1);
    expect(countBy(codes)).toEqual({ PROVIDER_UNAVAILABLE: 1, OUTCOME_PENDING: 19 });
    const waits = responses.filter((r) => r.errors?.[0].extensions?.code === 'OUTCOME_PENDING').map(expectOutcomePending);

    // After the horizon: a Pix charge carries no marker, so the key's outcome stays unknown.
    await waitRetryAfter(Math.max(...waits));
    const later = await app.gqlTyped(CREATE, { input });
    expect(later.data!.createPixCharge.userErrors[0]).toMatchObject({
      field: ['input', 'idempotencyKey'],
      code: 'OUTCOME_UNKNOWN',
      message: expect.stringMatching(/new idempotencyKey/),
    });
    // Later repeats keep saying so; a new key creates.
    const again = await app.gqlTyped(CREATE, { input });
    expect(again.data!.createPixCharge.userErrors[0].code).toBe('OUTCOME_UNKNOWN');
    expect(chargePosts() - before).toBe(1);
    const fresh = await app.gqlTyped(CREATE, { input: { ...input, idempotencyKey: 'c1-second' } });
    expect(fresh.data!.createPixCharge.pixCharge).not.toBeNull();
    expect(chargePosts() - before).toBe(2);
  });

  test('20 concurrent creates with one key, no fault → 1 charge, 20 identical answers (replay renders like the original)', async () => {
    const before = chargePosts();
    const input = { amount: '4.00', description: 'replay', debtor: { name: 'Ana', document: '123.456.789-09' }, idempotencyKey: 'c-ok' };
    const responses = await Promise.all(Array.from({ length: 20 }, () => app.gqlTyped(CREATE, { input })));
    expect(chargePosts() - before).toBe(1);
    const payloads = new Set(responses.map((r) => JSON.stringify(r)));
    expect(payloads.size).toBe(1);
    expect(responses[0].data!.createPixCharge.pixCharge!.createdAt).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
  });
});

describe("case 2: a retry never adopts another key's refund", () => {
  test('K1 503 (nothing made), K2 refunds the same amount, K1 repeated inside its window sends nothing, after it makes its own refund', async () => {
    const charge = await paidCharge('40.01');
    const before = refundPosts();
    sim().faults.set({ failNextCount: 1, errorStatus: 503, routeFilter: 'POST /charge/v1/refund' });
    const k1 = { chargeId: charge.id, amount: '1.00', reason: 'box damaged', idempotencyKey: 'K1' };
    const first = await app.gqlTyped(REFUND, { input: k1 });
    expect(first.errors?.[0].extensions?.code).toBe('PROVIDER_UNAVAILABLE');

    const k2 = await app.gqlTyped(REFUND, { input: { chargeId: charge.id, amount: '1.00', reason: 'box damaged', idempotencyKey: 'K2' } });
    const k2Refund = k2.data!.refundPixCharge.refund!;
    // Inside K1's in-flight window its repeat sends nothing; after it, K1 reconciles and refunds.
    const pending = await app.gqlTyped(REFUND, { input: k1 });
    const postsWhilePending = refundPosts() - before;
    await waitRetryAfter(expectOutcomePending(pending));
    expect(postsWhilePending).toBe(2);
    const retry = await app.gqlTyped(REFUND, { input: k1 });
    const k1Refund = retry.data!.refundPixCharge.refund!;
    console.info(`case 2: K1 refund ${k1Refund.refundId}, K2 refund ${k2Refund.refundId}, POSTs ${refundPosts() - before}`);

    expect(k1Refund.refundId).not.toBe(k2Refund.refundId);
    expect(k1Refund.reason).toBe('box damaged'); // the attempt marker is not shown
    expect(refundPosts() - before).toBe(3);
    const refunds = await refundsAtProvider(charge.id);
    expect(refunds.map((r) => r.refundId).sort()).toEqual([k1Refund.refundId, k2Refund.refundId].sort());

    // Replays of both keys keep their own refunds.
    expect((await app.gqlTyped(REFUND, { input: k1 })).data!.refundPixCharge.refund!.refundId).toBe(k1Refund.refundId);
    expect(refundPosts() - before).toBe(3);
  });

  test('reasons read back exactly as given, with or without a key, even one that ends like a tag', async () => {
    const charge = await paidCharge('5.01');
    const reasons = ['no key', 'looks like [pg:abcdefghijkl]'];
    for (const [i, reason] of reasons.entries()) {
      const withKey = await app.gqlTyped(REFUND, { input: { chargeId: charge.id, amount: '1.00', reason, idempotencyKey: `reason-${i}` } });
      const withoutKey = await app.gqlTyped(REFUND, { input: { chargeId: charge.id, amount: '1.00', reason } });
      expect([withKey, withoutKey].map((r) => r.data!.refundPixCharge.refund!.reason)).toEqual([reason, reason]);
    }
    const readBack = (await refundsAtProvider(charge.id)).length;
    expect(readBack).toBe(4);
  });
});

describe('case 5: bounded keys', () => {
  const ASCII = 'idempotencyKey must be 1–255 printable ASCII characters.';
  test.each([
    ['empty', '', ASCII],
    ['256 characters', 'k'.repeat(256), ASCII],
    // The input text policy (src/edge/text-policy.ts) refuses these first, with its own message.
    ['95 KB', 'k'.repeat(95_000), 'idempotencyKey must be at most 1000 characters.'],
    ['non-ASCII', 'chave-ç', ASCII],
    ['a control character', 'a\u0007b', 'idempotencyKey must not contain control or bidirectional-override characters.'],
  ])('%s key → INVALID on input.idempotencyKey, zero provider calls', async (_label, idempotencyKey, message) => {
    const charge = await paidCharge('6.01');
    const before = sim().counters.total;
    const refund = await app.gqlTyped(REFUND, { input: { chargeId: charge.id, amount: '1.00', idempotencyKey } });
    const create = await app.gqlTyped(CREATE, { input: { amount: '1.00', idempotencyKey } });
    expect(sim().counters.total - before).toBe(0);
    for (const userErrors of [refund.data!.refundPixCharge.userErrors, create.data!.createPixCharge.userErrors]) {
      expect(userErrors).toEqual([{ field: ['input', 'idempotencyKey'], code: 'INVALID', message }]);
    }
  });

  test('255 printable characters are accepted', async () => {
    const response = await app.gqlTyped(CREATE, { input: { amount: '1.00', idempotencyKey: `${'k'.repeat(250)} ~:#!` } });
    expect(response.data!.createPixCharge.userErrors).toEqual([]);
  });
});

function countBy(values: string[]): Record<string, number> {
  return values.reduce<Record<string, number>>((acc, value) => ({ ...acc, [value]: (acc[value] ?? 0) + 1 }), {});
}
