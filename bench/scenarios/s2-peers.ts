/**
 * S2 side by side (issue 15, target T3): the page of 50 charges with a nested refund count, sent to
 * Paygraph and to the peers in one grid point (20 ms upstream, warm-up, interleaved repetitions,
 * medians), so that CPU per query compares like for like.
 *
 * Correctness is checked like Paygraph's: before the load, one query per target must answer without
 * `errors`, with 50 charges whose refund counts add up to Paygraph's, and its upstream calls are
 * counted (Paygraph and apollo-dl: list + 1 refund scan; apollo without DataLoader and the gateway:
 * list + 1 refund call per charge). Under load every answer is validated.
 */
import { gridPoint, type GridPoint } from '../lib/grid-point';
import { paygraphTarget, quiesce, routeDeltas, type Target } from '../lib/measure';
import { S2_QUERY, graphqlPost } from '../lib/requests';
import { log } from '../lib/log';
import type { RunContext } from '../lib/context';
import type { Simulator } from '../lib/simulator';
import type { Paygraph } from '../lib/sut';
import type { Peer, PeerName } from '../lib/peers';

/** The gateway's spelling of S2: its schema is the REST shape. */
const GATEWAY_S2 = 'query S2 { charges(page: 0, size: 50) { content { txid status refunds { totalElements } } } }';

export interface S2Probe {
  target: string;
  ok: boolean;
  refundCountSum: number;
  upstreamCalls: number;
}

export interface S2Compare {
  point: GridPoint;
  probes: S2Probe[];
}

/** Sum of the refund counts in an S2 answer and how many charges it holds (Paygraph/apollo or gateway spelling). */
export function refundCounts(body: string): { charges: number; sum: number } {
  const counts = [...body.matchAll(/"(?:totalCount|totalElements)":(\d+)/g)].map((match) => Number(match[1]));
  return { charges: counts.length, sum: counts.reduce((a, b) => a + b, 0) };
}

const validS2 = (body: string) => !body.includes('"errors"') && refundCounts(body).charges === 50;

export async function scenarioS2Peers(ctx: RunContext, sim: Simulator, paygraph: Paygraph, peers: Partial<Record<PeerName, Peer>>): Promise<S2Compare> {
  const { connections, targets: names } = ctx.settings.s2Compare;
  const paygraphRequest = graphqlPost(JSON.stringify({ query: S2_QUERY, operationName: 'S2' }));
  const targets: Target[] = [];
  for (const name of names) {
    if (name === 'layer') targets.push(paygraphTarget('layer', paygraph, paygraphRequest, validS2));
    const peer = name === 'layer' ? undefined : peers[name];
    if (!peer) continue;
    const request = name === 'gateway' ? graphqlPost(JSON.stringify({ query: GATEWAY_S2, operationName: 'S2' })) : paygraphRequest;
    targets.push({ name, url: peer.url, request, validate: validS2, pid: peer.child.pid });
  }

  await sim.setFaults({ latencyMs: 0, errorRate: 0, hangRate: 0, routeFilter: null });
  const probes: S2Probe[] = [];
  for (const target of targets) probes.push(await probe(sim, target));
  const expected = probes[0]?.refundCountSum;
  for (const p of probes) p.ok = p.ok && p.refundCountSum === expected;
  log(`S2 compare probes: ${JSON.stringify(probes)}`);
  if (probes.some((p) => !p.ok)) throw new Error(`S2 compare: a target answered S2 wrongly: ${JSON.stringify(probes)}`);

  const point = await gridPoint(ctx.settings, 'S2', sim, 20, connections, targets);
  return { point, probes };
}

/** One query, alone: its answer and the upstream calls it made. */
async function probe(sim: Simulator, target: Target): Promise<S2Probe> {
  const send = () =>
    fetch(`${target.url}${target.request.path}`, { method: 'POST', headers: target.request.headers, body: target.request.body }).then((response) => response.text());
  await send(); // a first query pays for the token call, which belongs to no query
  await quiesce(sim, 100);
  const before = await sim.stats();
  const body = await send();
  await quiesce(sim, 100);
  const calls = Object.values(routeDeltas(before.routes, (await sim.stats()).routes)).reduce((a, b) => a + b, 0);
  return { target: target.name, ok: target.validate(body), refundCountSum: refundCounts(body).sum, upstreamCalls: calls };
}
