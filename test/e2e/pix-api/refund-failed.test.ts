import { startTestPaygraph, eventually, type TestPaygraph } from '../../helpers/paygraph';
import { subscribe, untilSubscribers, type TestSubscription } from '../../helpers/subscriptions';
import { encodeGlobalId } from '../../../src/lib/global-id';
import { REFUND_WATCH_MS } from '../../../src/resolvers/refunds/watch';

/**
 * REFUND_FAILED on the API Pix (docs/events-and-inbox.md, "Event list"): the refund watch
 * (src/resolvers/refunds/watch.ts) reads an API Pix refund `NAO_REALIZADO` as FAILED and publishes
 * REFUND_FAILED, as for Astra; the callback of that refund publishes nothing.
 *
 * Paygraph never asks for more than a Pix has left (in-flight refunds count, ASM-X19), so through
 * the graph the simulator never refuses one of its refunds. The PSP refusing it is played by
 * refunds asked for at the simulator directly (ASM-X40: two in flight that together exceed the Pix,
 * the second NAO_REALIZADO), and the refund is put on the watch list with `keepWatching`, the call
 * refundPixCharge makes for each refund it requests.
 */
const CREATE = `mutation { createPixCharge(input: { provider: PIX_API, amount: "20.00" }) { pixCharge { id txid } userErrors { code } } }`;
const PAY = `mutation($id: ID!) { simulatePixChargePayment(input: { chargeId: $id }) { pixCharge { endToEndId status } userErrors { code } } }`;
const EVENTS = `subscription { paymentEvents(filter: { types: [REFUND_FAILED, PIX_CHARGE_REFUNDED] }) {
  type provider subject { id ... on PaymentObject { providerId state amount { amount } } ... on PixRefund { status failureReason charge { id } } }
} }`;

let app: TestPaygraph;
let events: TestSubscription | undefined;
beforeAll(async () => {
  app = await startTestPaygraph({}, { pixApiSimulator: { sandboxDelayMs: 50 } });
});
afterAll(async () => {
  await events?.close();
  await app.close();
});

/** A refund asked for at the simulator over real HTTP, as another client of the PSP would. */
async function refundAtPsp(e2eid: string, id: string, valor: string): Promise<number> {
  const sim = app.sandbox!.pixApi;
  const basic = Buffer.from(`${sim.clientId}:${sim.clientSecret}`).toString('base64');
  const tokenAnswer = await fetch(sim.tokenUrl, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  const { access_token: token } = (await tokenAnswer.json()) as { access_token: string };
  const answer = await fetch(`${sim.url}/pix/${e2eid}/devolucao/${id}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ valor }),
  });
  return answer.status;
}

test('an API Pix refund NAO_REALIZADO on the watch list publishes REFUND_FAILED once, about that refund', async () => {
  const charge = (await app.gql(CREATE)).data.createPixCharge.pixCharge;
  const paid = (await app.gql(PAY, { id: charge.id })).data.simulatePixChargePayment.pixCharge;
  expect(paid.status).toBe('PAID');
  events = subscribe(app.wsUrl, EVENTS);
  await untilSubscribers(() => app.services.bus.subscriberCount, 1);

  expect(await refundAtPsp(paid.endToEndId, 'psprefundfirst1', '15.00')).toBe(201);
  expect(await refundAtPsp(paid.endToEndId, 'psprefundsecond1', '10.00')).toBe(201);
  const refundId = encodeGlobalId('Refund', 'PIX_API', `${paid.endToEndId}.psprefundsecond1`);
  app.services.keepWatching!(refundId, new Date(Date.now() + REFUND_WATCH_MS));

  const failed = await eventually(async () => events!.received.find((data) => data.paymentEvents.type === 'REFUND_FAILED'), 10_000);
  expect(failed.paymentEvents).toEqual({
    type: 'REFUND_FAILED',
    provider: 'PIX_API',
    subject: {
      id: refundId,
      providerId: `${paid.endToEndId}.psprefundsecond1`,
      state: 'FAILED',
      amount: { amount: '10.00' },
      status: 'FAILED',
      failureReason: expect.any(String),
      charge: { id: charge.id },
    },
  });
  // The first refund went through: its callback publishes PIX_CHARGE_REFUNDED about the charge.
  await eventually(async () => events!.received.some((data) => data.paymentEvents.type === 'PIX_CHARGE_REFUNDED'), 10_000);
  await app.sandbox!.pixApi.waitForIdle();
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(events.received.map((data) => data.paymentEvents.type).sort()).toEqual(['PIX_CHARGE_REFUNDED', 'REFUND_FAILED']);
});
