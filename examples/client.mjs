#!/usr/bin/env node
/**
 * A tiny Paygraph client with no GraphQL client library: plain `fetch` for queries and mutations,
 * `graphql-ws` + `ws` for the subscription. It runs the whole sandbox flow:
 *
 *   create a 5.01 charge → subscribe to pixChargeUpdated (it sends the charge as it is now,
 *   then each change) → read it (BR Code, QR code SVG)
 *   → wait for PAID (sandbox: amounts ending in ,01 are paid automatically) → refund 1.00
 *   → wait for the refund to complete.
 *
 *   npm start                                  # Paygraph in sandbox mode on :4000
 *   node examples/client.mjs
 *
 * Environment: PAYGRAPH_URL (default http://localhost:4000/graphql), PAYGRAPH_API_KEY (when the
 * server has API_KEYS: sent as `Authorization: Bearer <key>` and in graphql-ws connectionParams),
 * PAYGRAPH_WAIT_SECONDS (default 30, how long to wait for each event).
 * The operations are the .graphql files next to this script (type-checked by `npm run codegen`).
 * Exit code 0 when every step worked, 1 with the reason otherwise.
 */
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const GRAPHQL_URL = process.env.PAYGRAPH_URL ?? 'http://localhost:4000/graphql';
const WS_URL = GRAPHQL_URL.replace(/^http/, 'ws');
const API_KEY = process.env.PAYGRAPH_API_KEY;
const WAIT_MS = Number(process.env.PAYGRAPH_WAIT_SECONDS ?? 30) * 1000;

const operation = (name) => readFileSync(new URL(`./operations/${name}.graphql`, import.meta.url), 'utf8');
const CREATE = operation('create-charge');
const READ = operation('read-charge');
const WATCH = operation('watch-charge');
const REFUND = operation('refund-charge');

/** One GraphQL request over HTTP POST. Throws on transport and top-level GraphQL errors. */
async function gql(query, variables) {
  let response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(API_KEY ? { authorization: `Bearer ${API_KEY}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw new Error(`cannot reach ${GRAPHQL_URL}: ${error.cause?.message ?? error.message}. Is Paygraph running (npm start)?`);
  }
  const body = await response.json().catch(() => null);
  if (!body) throw new Error(`${GRAPHQL_URL} answered HTTP ${response.status} without a GraphQL response`);
  if (body.errors?.length) throw new Error(`GraphQL error: ${describeErrors(body.errors)}`);
  return body.data;
}

function describeErrors(errors) {
  return errors
    .map((error) => {
      const { code, requestId } = error.extensions ?? {};
      return `${error.message} [${code ?? 'no code'}${requestId ? `, requestId ${requestId}` : ''}]`;
    })
    .join('; ');
}

/** Mutation payloads carry fixable problems in userErrors: fail with their codes and fields. */
function assertNoUserErrors(payload, what) {
  if (payload.userErrors.length === 0) return;
  const problems = payload.userErrors.map((e) => `${e.code} at ${(e.field ?? []).join('.') || '(input)'}: ${e.message}`);
  throw new Error(`${what} refused: ${problems.join('; ')}`);
}

/**
 * Subscribes to pixChargeUpdated(id); every update is kept so `waitFor` can look for one. The
 * server sends the charge's current state first, then each change, so nothing published before
 * the subscription was registered can be missed: no polling or re-reading needed.
 */
function watchCharge(client, id) {
  const updates = [];
  let failure;
  let wake = () => {};
  const dispose = client.subscribe(
    { query: WATCH, variables: { id } },
    {
      next: (result) => {
        if (result.errors?.length) failure = new Error(`subscription error: ${describeErrors(result.errors)}`);
        if (result.data) updates.push(result.data.pixChargeUpdated);
        wake();
      },
      error: (error) => {
        failure = new Error(
          `subscription failed: ${Array.isArray(error) ? describeErrors(error) : (error.message ?? `socket closed (${error.code ?? '?'} ${error.reason ?? ''})`)}`,
        );
        wake();
      },
      complete: () => {
        failure ??= new Error('the server ended the subscription');
        wake();
      },
    },
  );

  /** Resolves with the first charge state matching `predicate`. */
  async function waitFor(predicate, what) {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const update = updates.find(predicate);
      if (update) return update;
      if (failure) throw failure;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`${what}: nothing within ${WAIT_MS / 1000} s`);
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, left);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  return { waitFor, dispose };
}

async function main() {
  console.log(`Paygraph example client → ${GRAPHQL_URL}${API_KEY ? ' (with API key)' : ''}`);

  const created = (
    await gql(CREATE, {
      input: {
        amount: '5.01',
        description: 'Paygraph example',
        reference: 'example-client',
        debtor: { name: 'João Silva', document: '123.456.789-09' },
        idempotencyKey: `example-${randomUUID()}`,
      },
    })
  ).createPixCharge;
  assertNoUserErrors(created, 'createPixCharge');
  const { id, txid, amount } = created.pixCharge;
  console.log(`1. Created Pix charge ${id} (txid ${txid}): ${amount.amount} ${amount.currency}, status ${created.pixCharge.status}`);

  const client = createClient({
    url: WS_URL,
    webSocketImpl: WebSocket,
    connectionParams: API_KEY ? { authorization: `Bearer ${API_KEY}` } : {},
    lazy: true,
  });
  const watch = watchCharge(client, id);
  try {
    const current = await watch.waitFor(() => true, 'waiting for the current state');
    console.log(`2. Subscribed to pixChargeUpdated: the charge is ${current.status} now`);

    const { node } = await gql(READ, { id });
    if (node?.__typename !== 'PixCharge') throw new Error(`node(id) did not return the charge (got ${JSON.stringify(node)})`);
    console.log(`3. Pix copia e cola (brCode): ${node.brCode}`);
    console.log(`   QR code: an SVG of ${node.qrCodeSvg?.length ?? 0} characters (qrCodeSvg), expires ${node.expiresAt}`);

    console.log(`4. Waiting up to ${WAIT_MS / 1000} s for the payment (sandbox pays amounts ending in ,01)…`);
    const paid = await watch.waitFor((charge) => charge.status === 'PAID', 'waiting for PAID');
    console.log(`5. Charge PAID at ${paid.paidAt}`);

    const refunded = (
      await gql(REFUND, {
        input: { chargeId: id, amount: '1.00', reason: 'example refund', idempotencyKey: `example-refund-${randomUUID()}` },
      })
    ).refundPixCharge;
    assertNoUserErrors(refunded, 'refundPixCharge');
    console.log(`6. Refund ${refunded.refund.id} of ${refunded.refund.amount.amount} requested: ${refunded.refund.status}`);

    const done = await watch.waitFor((charge) => charge.amountRefunded.amount === '1.00', 'waiting for the refund');
    console.log(`7. Refund completed: charge ${done.status}, ${done.amountRefunded.amount} refunded`);
    console.log('Done.');
  } finally {
    watch.dispose();
    await client.dispose();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`✖ Example failed: ${error.message}`);
    process.exit(1);
  },
);
