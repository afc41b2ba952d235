/**
 * S6, upstream faults (T9): 1% 503 and 1% hangs on the charge GET, then on the charge POST, against
 * a Paygraph whose attempt timeout is 500 ms (a hang costs 500 ms, not the default 10 s). A GET may
 * take 1 + ASTRA_RETRY_LIMIT attempts per logical call, a POST exactly one, and every failure must
 * reach the client as a typed GraphQL error, never a hang or a 500.
 */
import { join } from 'node:path';
import { failureCount, runLoad } from '../lib/load';
import { quiesce } from '../lib/measure';
import { S1_QUERY, graphqlCode, graphqlPost, s1Body, uniqueChargeMutations } from '../lib/requests';
import { withPaygraph, type Paygraph } from '../lib/sut';
import { round } from '../lib/stats';
import { log } from '../lib/log';
import type { RunContext } from '../lib/context';
import type { Simulator } from '../lib/simulator';
import type { S1Charge } from './s0-s1';

type TxHistogram = { byRoute: Record<string, Record<string, number>>; statuses: Record<string, number> };

export async function scenarioS6(ctx: RunContext, sim: Simulator, charge: S1Charge): Promise<Record<string, unknown>> {
  // Short upstream timeouts, so a hang costs 500 ms, not the default 10 s.
  const options = { sim, logFile: join(ctx.logDir, 'paygraph-faults.stderr.log'), env: { ASTRA_TIMEOUT_MS: '500', ASTRA_DEADLINE_MS: '5000' }, entry: ctx.sutEntry };
  return withPaygraph(options, (paygraph) => underFaults(ctx, sim, paygraph, charge));
}

async function underFaults(ctx: RunContext, sim: Simulator, paygraph: Paygraph, charge: S1Charge): Promise<Record<string, unknown>> {
  const retryLimit = 2; // ASTRA_RETRY_LIMIT default
  // COST_BUDGET_EXHAUSTED: a retry the operation's admitted estimate cannot pay for is not sent
  // (the estimate is a ceiling, docs/security.md); a typed, retryable answer like PROVIDER_UNAVAILABLE.
  const typed = /"code":"(PROVIDER_UNAVAILABLE|COST_BUDGET_EXHAUSTED|PROVIDER_REJECTED|PROVIDER_AUTH_FAILED|RATE_LIMITED|NOT_FOUND)"/;
  // GET: 1% 503 + 1% hangs (the attempt timeout is 500 ms in this Paygraph).
  await sim.setFaults({ latencyMs: 20, jitterMs: 0, errorRate: 0.01, errorStatus: 503, hangRate: 0.01, routeFilter: 'GET /charge/v1/dynamic/:txid' });
  await sim.child.ask('resetAll');
  await sim.child.ask('trackOn');
  const get = await runLoad({
    url: paygraph.url,
    request: graphqlPost(s1Body(charge.id)),
    connections: 50,
    durationSec: ctx.settings.s6Sec,
    timeoutSec: 15,
    // A failed call must come back as a typed GraphQL error, never a hang or a 500.
    validate: (body) => (body.includes(charge.txid) && !body.includes('"errors"')) || typed.test(body),
    classify: graphqlCode,
    tally: (body) => (body.includes('"errors"') ? `typed error ${/"code":"([A-Z_]+)"/.exec(body)?.[1]}` : 'ok'),
  });
  await quiesce(sim, 1_000);
  const getHistogram = await sim.child.ask<TxHistogram>('txHistogram');
  // One call that fails every attempt (deterministic): a typed error — PROVIDER_UNAVAILABLE after at
  // most 1 + limit attempts, or COST_BUDGET_EXHAUSTED once the query's estimate has no call left for
  // a retry (the S1 query's estimate is exact, so it gets one attempt).
  await sim.setFaults({ errorRate: 0, hangRate: 0, failNextCount: 1 + retryLimit });
  const failing = await paygraph.gql(S1_QUERY, { id: charge.id });
  await sim.setFaults({ failNextCount: 0, errorRate: 0.01, hangRate: 0.01 });
  const failedCode = failing.errors?.[0]?.extensions?.code ?? 'none';
  // POST: the same faults on charge creation; a POST is never retried.
  await sim.setFaults({ routeFilter: 'POST /charge/v1/dynamic' });
  await sim.child.ask('resetAll');
  const mutations = uniqueChargeMutations({});
  const post = await runLoad({
    url: paygraph.url,
    request: graphqlPost(mutations.makeBody),
    connections: 50,
    durationSec: Math.max(3, Math.round(ctx.settings.s6Sec / 2)),
    timeoutSec: 15,
    validate: (body) => body.includes('"userErrors":[]') || typed.test(body) || /"userErrors":\[\{"code":"PROVIDER_[A-Z_]+"/.test(body),
    classify: graphqlCode,
    tally: (body) => (body.includes('"userErrors":[]') ? 'ok' : `typed error ${/"code":"([A-Z_]+)"/.exec(body)?.[1]}`),
  });
  await quiesce(sim, 1_000);
  const postHistogram = await sim.child.ask<TxHistogram>('txHistogram');
  await sim.setFaults({ errorRate: 0, hangRate: 0, routeFilter: null });
  await sim.child.ask('trackOff');

  const getAttempts = getHistogram.byRoute['GET /charge/v1/dynamic/:txid'] ?? {};
  const postAttempts = postHistogram.byRoute['POST /charge/v1/dynamic'] ?? {};
  const maxGet = Math.max(0, ...Object.keys(getAttempts).map(Number));
  const maxPost = Math.max(0, ...Object.keys(postAttempts).map(Number));
  // Answers that are neither a success nor a typed error (non-2xx, untyped errors, socket errors, timeouts).
  const untyped = failureCount;
  const typedErrorsGet = (getHistogram.statuses['GET /charge/v1/dynamic/:txid 503'] ?? 0) + (getHistogram.statuses['GET /charge/v1/dynamic/:txid 0'] ?? 0);
  const result = {
    get: {
      requests: get.requests,
      rps: round(get.rps, 1),
      p50: get.latencyMs.p50,
      p99: get.latencyMs.p99,
      attemptsPerLogicalCall: getAttempts,
      maxAttempts: maxGet,
      injected: { '503': getHistogram.statuses['GET /charge/v1/dynamic/:txid 503'] ?? 0, hang: getHistogram.statuses['GET /charge/v1/dynamic/:txid 0'] ?? 0 },
      untypedFailures: untyped(get),
      answers: get.validKinds,
      failureKinds: get.failureKinds,
    },
    post: {
      requests: post.requests,
      attemptsPerLogicalCall: postAttempts,
      maxAttempts: maxPost,
      injected: { '503': postHistogram.statuses['POST /charge/v1/dynamic 503'] ?? 0, hang: postHistogram.statuses['POST /charge/v1/dynamic 0'] ?? 0 },
      untypedFailures: untyped(post),
      answers: post.validKinds,
      failureKinds: post.failureKinds,
    },
    retryLimit,
    injectedFaultsOnGet: typedErrorsGet,
    exhaustedCall: { errorCode: failedCode, attempts: 1 + retryLimit },
    pass:
      maxGet <= 1 + retryLimit && maxPost === 1 && untyped(get) === 0 && untyped(post) === 0 && (failedCode === 'PROVIDER_UNAVAILABLE' || failedCode === 'COST_BUDGET_EXHAUSTED'),
  };
  log(`S6: GET attempts ${JSON.stringify(getAttempts)}, POST attempts ${JSON.stringify(postAttempts)}, untyped failures ${untyped(get)}/${untyped(post)}`);
  return result;
}
