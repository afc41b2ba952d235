import WebSocket from 'ws';
import { request } from 'undici';
import { createClient } from 'graphql-ws';
import type Redis from 'ioredis';
import { startTestPaygraph, eventually, type TestPaygraph } from '../../helpers/paygraph';
import { deletePrefix, SHARED_REDIS_URL, testRedisClient, uniquePrefix } from '../../helpers/redis';
import { CARDS, card, chargeInput, recurrenceInput } from '../../helpers/cards';
import { simDate } from '../../helpers/automatic-pix';
import { operation } from '../../helpers/operations';

/**
 * Issue 14 card hygiene: every card mutation (recurrences included), with valid and invalid input, over HTTP (variables
 * and inline literals) and graphql-ws, at LOG_LEVEL=trace; then every log line, response body,
 * WebSocket frame received, and every value Paygraph stored in Redis (idempotency records, webhook
 * inbox, event log) is scanned for the full card numbers and CVVs used. 0 hits.
 */
const CVVS = ['737', '818', '12', '1234', '9x9'];
const PANS = [CARDS.approved, CARDS.mastercard, CARDS.declined, CARDS.chargeback, '4111111111111112', '4111222233334444'];
const CHARGE = operation('cards/charge-card');
const SAVE = 'mutation($input: SaveCardInput!) { saveCard(input: $input) { savedCard { id token maskedNumber } userErrors { field code message } } }';
const CHARGE_SAVED = 'mutation($input: ChargeSavedCardInput!) { chargeSavedCard(input: $input) { cardTransaction { id status } userErrors { field code message } } }';
const CANCEL = 'mutation($id: ID!) { cancelCardTransaction(input: { transactionId: $id }) { cardTransaction { id status } userErrors { field code message } } }';
const DELETE = 'mutation($id: ID!) { deleteSavedCard(input: { savedCardId: $id }) { savedCard { id } userErrors { field code message } } }';
const RECUR =
  'mutation($input: CreateCardRecurrenceInput!) { createCardRecurrence(input: $input) { cardRecurrence { id recurrenceId status maskedNumber schedules { edges { node { scheduleId status } } } } userErrors { field code message } } }';
const CANCEL_RECURRENCE = 'mutation($id: ID!) { cancelCardRecurrence(input: { recurrenceId: $id }) { cardRecurrence { id status } userErrors { field code message } } }';
const SKIP = 'mutation($id: ID!, $s: ID!) { cancelCardRecurrenceSchedule(input: { recurrenceId: $id, scheduleId: $s }) { schedule { status } userErrors { field code message } } }';
const READ_RECURRENCE =
  'query($id: ID!) { node(id: $id) { ... on CardRecurrence { status executedCharges maskedNumber schedules { edges { node { status transaction { maskedNumber status } } } } transactions { edges { node { maskedNumber } } } } } }';

let app: TestPaygraph;
let redis: Redis;
const prefix = uniquePrefix('card-leak');
const responses: string[] = [];
const frames: string[] = [];
const stored: string[] = [];
const metrics: string[] = [];

async function run(query: string, variables?: Record<string, unknown>) {
  const response = await app.gql(query, variables);
  responses.push(JSON.stringify(response));
  return response;
}

/** graphql-ws over a socket that records every frame the server sends. */
function recordingSocket() {
  return class extends WebSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      this.on('message', (data: Buffer) => frames.push(data.toString('utf8')));
    }
  };
}

async function overWebSocket(query: string, variables: Record<string, unknown>) {
  const client = createClient({ url: app.wsUrl, webSocketImpl: recordingSocket(), retryAttempts: 0, lazy: true });
  try {
    await new Promise<void>((resolve) => client.subscribe({ query, variables }, { next: () => undefined, error: () => resolve(), complete: () => resolve() }));
  } finally {
    await client.dispose();
  }
}

async function storedValues(): Promise<string[]> {
  const values: string[] = [];
  for (const key of await redis.keys(`${prefix}*`)) {
    const type = await redis.type(key);
    if (type === 'string') values.push((await redis.get(key)) ?? '');
    else if (type === 'hash') values.push(JSON.stringify(await redis.hgetall(key)));
    else if (type === 'list') values.push(JSON.stringify(await redis.lrange(key, 0, -1)));
    else if (type === 'set') values.push(JSON.stringify(await redis.smembers(key)));
    else if (type === 'zset') values.push(JSON.stringify(await redis.zrange(key, 0, -1)));
    else if (type === 'stream') values.push(JSON.stringify(await redis.xrange(key, '-', '+')));
    values.push(key);
  }
  return values;
}

beforeAll(async () => {
  redis = testRedisClient();
  app = await startTestPaygraph({ LOG_LEVEL: 'trace', REDIS_URL: SHARED_REDIS_URL, REDIS_KEY_PREFIX: prefix }, { astraSimulator: { sandboxDelayMs: 20 } });
  const sim = app.sandbox!.astra;
  // Valid charges: approved (idempotent), declined, charged back, installments.
  const approved = (await run(CHARGE, { input: chargeInput(CARDS.approved, { securityCode: '737', idempotencyKey: 'leak-c1' }) })).data.chargeCard.cardTransaction;
  await run(CHARGE, { input: chargeInput(CARDS.approved, { securityCode: '737', idempotencyKey: 'leak-c1' }) }); // replay
  await run(CHARGE, { input: chargeInput(CARDS.approved, { securityCode: '818', idempotencyKey: 'leak-c1' }) }); // conflict? same fingerprint (CVV not in it)
  await run(CHARGE, { input: chargeInput(CARDS.mastercard, { securityCode: '818', idempotencyKey: 'leak-c1' }) }); // conflict
  await run(CHARGE, { input: chargeInput(CARDS.declined, { securityCode: '818', idempotencyKey: 'leak-c2' }) });
  const disputed = (await run(CHARGE, { input: chargeInput(CARDS.chargeback, { installments: 12 }) })).data.chargeCard.cardTransaction;
  await run(CANCEL, { id: approved.id });
  await run(CANCEL, { id: approved.id });
  // Invalid input: Luhn, unknown brand length, CVV lengths, past expiry, non-strings, missing fields.
  await run(CHARGE, { input: chargeInput('4111111111111112', { securityCode: '12' }) });
  await run(CHARGE, { input: chargeInput(CARDS.approved, { securityCode: '1234', card: card(CARDS.approved, { expiryYear: 2001 }) }) });
  await run(CHARGE, { input: chargeInput(CARDS.approved, { securityCode: '9x9' }) });
  await run(CHARGE, { input: { card: { ...card(CARDS.approved), number: Number(CARDS.approved) }, securityCode: 737, amount: '1.00' } });
  await run(CHARGE, { input: { card: card(CARDS.approved), securityCode: '737' } }); // amount missing: graphql-js quotes the whole input
  await run(CHARGE, { input: { ...chargeInput(CARDS.approved), installments: CARDS.approved } }); // a PAN in an Int field
  await run(CHARGE, { input: { ...chargeInput(CARDS.approved), cvv: '737', pan: CARDS.approved } }); // unknown fields
  // Inline literals: valid, invalid, and structurally wrong.
  await run(
    `mutation { chargeCard(input: { card: { number: "${CARDS.mastercard}", holderName: "A", expiryMonth: 1, expiryYear: 2099 }, securityCode: "818", amount: "2.00" }) { userErrors { code } } }`,
  );
  await run(
    `mutation { chargeCard(input: { card: { number: "4111111111111112", holderName: "A", expiryMonth: 1, expiryYear: 2099 }, securityCode: "12", amount: "2.00" }) { userErrors { message } } }`,
  );
  await run(
    `mutation { chargeCard(input: { card: { number: ${CARDS.approved}, holderName: "A", expiryMonth: 1, expiryYear: 2099 }, securityCode: 737 }) { userErrors { message } } }`,
  );
  await run(`mutation { chargeCard(input: { installments: "${CARDS.approved}", securityCode: "737", amount: "1.00" }) { userErrors { message } } }`);
  // Saved cards: save, charge (with and without CVV), bad saves, delete, charge after delete.
  const saved = (await run(SAVE, { input: { card: card(CARDS.mastercard), reference: 'leak' } })).data.saveCard.savedCard;
  await run(SAVE, { input: { card: card('4111222233334444') } });
  await run(SAVE, { input: { card: { ...card(CARDS.approved), expiryYear: 2001 } } });
  await run(CHARGE_SAVED, { input: { savedCardId: saved.id, amount: '3.00', securityCode: '818', idempotencyKey: 'leak-s1' } });
  await run(CHARGE_SAVED, { input: { savedCardId: saved.id, amount: '3.00', securityCode: '12' } });
  await run(DELETE, { id: saved.id });
  await run(CHARGE_SAVED, { input: { savedCardId: saved.id, amount: '3.00' } });
  // A provider 400 on a card request (as if Astra refused and quoted the card).
  sim.faults.set({ failNextCount: 1, errorStatus: 400, routeFilter: 'POST /card/v1/credit' });
  await run(CHARGE, { input: chargeInput(CARDS.approved, { securityCode: '737' }) });
  sim.faults.reset();
  // Recurrences: valid (charged as the clock advances, declined and retried, skipped, cancelled, idempotent), invalid, inline.
  const monthly = (await run(RECUR, { input: recurrenceInput(CARDS.approved, simDate(app, 1), { securityCode: '737', idempotencyKey: 'leak-r1' }) })).data.createCardRecurrence
    .cardRecurrence;
  await run(RECUR, { input: recurrenceInput(CARDS.approved, simDate(app, 1), { securityCode: '737', idempotencyKey: 'leak-r1' }) }); // replay
  await run(RECUR, { input: recurrenceInput(CARDS.mastercard, simDate(app, 1), { securityCode: '818', idempotencyKey: 'leak-r1' }) }); // conflict
  const failing = (await run(RECUR, { input: recurrenceInput(CARDS.declined, simDate(app, 1), { securityCode: '818', maxAttempts: 2, type: 'INDETERMINATE', count: null }) })).data
    .createCardRecurrence.cardRecurrence;
  const skipped = (await run(RECUR, { input: recurrenceInput(CARDS.mastercard, simDate(app, 3), { frequency: 'DAILY', count: 5 }) })).data.createCardRecurrence.cardRecurrence;
  await run(RECUR, { input: recurrenceInput(CARDS.declined, simDate(app, 3), { validateCard: true, securityCode: '818' }) }); // the R$ 5,00 check declines
  await run(SKIP, { id: skipped.id, s: skipped.schedules.edges[0].node.scheduleId });
  await run(RECUR, { input: recurrenceInput('4111111111111112', simDate(app), { securityCode: '12' }) });
  await run(RECUR, { input: recurrenceInput(CARDS.approved, '1999-01-01', { securityCode: '1234', count: null, card: card(CARDS.approved, { expiryYear: 2001 }) }) });
  await run(RECUR, { input: { ...recurrenceInput(CARDS.approved, simDate(app)), securityCode: 737, count: CARDS.approved } });
  await run(RECUR, { input: { card: card(CARDS.chargeback), securityCode: '737' } }); // required fields missing: graphql-js quotes the input
  await run(
    `mutation { createCardRecurrence(input: { card: { number: "${CARDS.chargeback}", holderName: "A", expiryMonth: 1, expiryYear: 2099 }, securityCode: "737", amount: "9.90", frequency: WEEKLY, type: INDETERMINATE, payer: { document: "12345678909" } }) { cardRecurrence { maskedNumber } userErrors { message } } }`,
  );
  await run(
    `mutation { createCardRecurrence(input: { card: { number: "4111111111111112", holderName: "A", expiryMonth: 1, expiryYear: 2099 }, securityCode: "12", amount: "9.90", frequency: WEEKLY, type: INDETERMINATE, payer: { document: "12345678909" } }) { userErrors { message } } }`,
  );
  await run(
    `mutation { createCardRecurrence(input: { card: { number: ${CARDS.approved}, holderName: "A", expiryMonth: 1, expiryYear: 2099 }, securityCode: 737 }) { userErrors { message } } }`,
  );
  sim.faults.set({ failNextCount: 1, errorStatus: 400, routeFilter: 'POST /card/v1/recurrence' });
  await run(RECUR, { input: recurrenceInput(CARDS.approved, simDate(app), { securityCode: '737' }) });
  sim.faults.reset();
  await overWebSocket(RECUR, { input: recurrenceInput(CARDS.mastercard, simDate(app, 2), { securityCode: '818' }) });
  await overWebSocket(RECUR, { input: recurrenceInput('4111111111111112', simDate(app), { securityCode: '1234' }) });
  await overWebSocket(`subscription($id: ID!) { cardRecurrenceUpdated(id: $id) { id status maskedNumber } }`, { id: 'bad' });
  // The clock moves: schedules are charged (approved, declined and retried to FAILED), each reported by webhook.
  for (let day = 0; day < 3; day++) {
    const moved = await run('mutation { advanceSandboxClock(days: 1) { today userErrors { code } } }');
    expect(moved.data.advanceSandboxClock.userErrors).toEqual([]);
    await sim.waitForIdle();
  }
  await eventually(async () => (await run(READ_RECURRENCE, { id: failing.id })).data.node.status === 'CANCELLED');
  await eventually(async () => (await run(READ_RECURRENCE, { id: monthly.id })).data.node.executedCharges === 1);
  await run(READ_RECURRENCE, { id: skipped.id });
  await run(CANCEL_RECURRENCE, { id: monthly.id });
  await run(CANCEL_RECURRENCE, { id: monthly.id });
  // graphql-ws: valid, invalid and uncoercible card mutations.
  await overWebSocket(CHARGE, { input: chargeInput(CARDS.approved, { securityCode: '737' }) });
  await overWebSocket(CHARGE, { input: chargeInput('4111111111111112', { securityCode: '1234' }) });
  await overWebSocket(CHARGE, { input: { card: card(CARDS.declined), securityCode: '818' } });
  await overWebSocket(`subscription($id: ID!) { cardTransactionUpdated(id: $id) { id status maskedNumber } }`, { id: 'bad' });
  // The chargeback arrives as a webhook and lands in the event log.
  await eventually(async () => (await run(`query($id: ID!) { node(id: $id) { ... on CardTransaction { status } } }`, { id: disputed.id })).data.node.status === 'CHARGED_BACK');
  await sim.waitForIdle();
  stored.push(...(await storedValues()));
  metrics.push(...(await (await request(`${app.url}/metrics`)).body.text()).split('\n'));
}, 60_000);

afterAll(async () => {
  await app.close();
  await deletePrefix(redis, prefix);
  redis.disconnect();
});

test('the scenario produced plenty to scan (lines, bodies, frames, stored values)', () => {
  console.info(
    `card leak scan: ${app.logs.length} log lines, ${responses.length} HTTP response bodies, ${frames.length} WebSocket frames, ${stored.length} Redis keys+values, ${metrics.length} metrics lines`,
  );
  expect(app.logs.length).toBeGreaterThan(30);
  expect(responses.length).toBeGreaterThan(25);
  expect(frames.length).toBeGreaterThan(6);
  expect(metrics.join('\n')).toMatch(/paygraph_/);
  expect(stored.some((value) => value.includes('leak-c1'))).toBe(true); // idempotency records are in the scan
  // The event log (with the chargeback and payment events) and the webhook inbox are in it too.
  expect(stored.some((value) => value.endsWith('{events}:log'))).toBe(true);
  expect(stored.some((value) => value.includes('CARD_CHARGEBACK'))).toBe(true);
  expect(stored.some((value) => value.endsWith('{webhooks}:inbox'))).toBe(true);
  // Recurrences are in it: their idempotency record and their charge events.
  expect(stored.some((value) => value.includes('leak-r1'))).toBe(true);
  expect(stored.some((value) => value.includes('CARD_RECURRING_CHARGED'))).toBe(true);
  expect(responses.some((r) => r.includes('createCardRecurrence') && r.includes('"status":"ACTIVE"'))).toBe(true);
});

function scan(where: string, texts: readonly string[]): string[] {
  const hits: string[] = [];
  for (const text of texts) {
    for (const pan of PANS) if (text.includes(pan)) hits.push(`${where}: PAN ${pan.slice(-4)} in ${text.slice(0, 200)}`);
    const unclocked = text.replace(CLOCK_DIGITS, '');
    for (const cvv of CVVS) if (cvvNearCardWord(cvv).test(unclocked)) hits.push(`${where}: CVV in ${text.slice(0, 200)}`);
  }
  return hits;
}

/**
 * A CVV is a short number, so it counts only where it stands alone within 40 characters of a card-ish word
 * (`"securityCode":"737"`, `cvv=737`, `737 is not a valid CVV`). A whole Redis stream is one text: a "12" in
 * some other field of another event, far from the word, is chance, not a leak.
 */
function cvvNearCardWord(cvv: string): RegExp {
  const word = '(?:cvv|securityCode)';
  const alone = `(?:^|[^0-9A-Za-z])${cvv}(?:[^0-9A-Za-z]|$)`;
  return new RegExp(`${word}[^]{0,40}?${alone}|${alone}[^]{0,40}?${word}`, 'i');
}

/** Timestamps and stream ids: digits the clock chose (".737Z", "12:46:12"), removed before the CVV check. */
const CLOCK_DIGITS = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z|\b\d{13}-\d+\b/g;

test('the scanner finds card data where it is (what the tests sent)', () => {
  expect(scan('request', [JSON.stringify({ input: chargeInput(CARDS.approved, { securityCode: '737' }) })]).length).toBeGreaterThanOrEqual(2);
  expect(scan('log', ['{"msg":"rejected","cvv":"12"}', 'securityCode: \\"1234\\"', 'provider said: 818 is not a valid CVV'])).toHaveLength(3);
});

test('the scanner ignores the clock and numbers far from any card word', () => {
  const event = JSON.stringify({ occurredAt: '2026-11-28T12:46:12.737Z', id: '1795869987809-0', field: 'securityCode' });
  expect(scan('redis', [event, `{"securityCode":"REDACTED"}${' '.repeat(60)}{"installments":12}`])).toEqual([]);
});

test('0 hits: no full card number or CVV in any log line, response body, WebSocket frame or stored value', () => {
  expect([...scan('log', app.logs), ...scan('response', responses), ...scan('frame', frames), ...scan('redis', stored), ...scan('metrics', metrics)]).toEqual([]);
});

test('coercion errors keep the path and the reason, without the value', () => {
  const missingAmount = responses.find((r) => r.includes('amount') && r.includes('was not provided'));
  expect(missingAmount).toMatch(/Variable \\"\$input\\" got an invalid value; Field \\"amount\\" of required type \\"Decimal!\\" was not provided\./);
});

test('the masked form is what was shown', () => {
  expect(responses.join('\n')).toContain('411111******1111');
});
