/**
 * S0 and S1, the compared scenarios (lib/grid-point.ts runs them).
 * S0: `{ __typename }`, the pipeline floor with no upstream call.
 * S1: one upstream GET per query, Paygraph ("layer") against the floor of calling the simulator
 * directly ("direct") and against the thin proxy ("proxy"), which separates the extra hop from the
 * GraphQL tax. With --compare-entry, another build ("before") runs beside Paygraph in both; with a
 * side runtime (lib/runtime.ts), that runtime's Paygraph, proxy and peers run beside their
 * primary-runtime twins as `<target>@node<major>`.
 */
import { randomUUID } from 'node:crypto';
import { gridPoint, type GridPoint } from '../lib/grid-point';
import { graphqlPost, s1Body } from '../lib/requests';
import { paygraphTarget, type Target } from '../lib/measure';
import type { RunContext } from '../lib/context';
import type { TargetName } from '../lib/cli';
import type { Simulator } from '../lib/simulator';
import type { Paygraph, ThinProxy } from '../lib/sut';
import type { Peer } from '../lib/peers';
import { sideTargetName, type RuntimeSuts } from '../lib/side-runtime';

/** The gateway peer's schema is the REST shape (no global ids): S1 is `charge(txid:)`. */
const GATEWAY_S1 = 'query S1($txid: String!) { charge(txid: $txid) { txid status } }';

/** The charge S1 reads (and S5, S6 reuse), created through the simulator before any SUT starts. */
export interface S1Charge {
  txid: string;
  /** Paygraph's node id for it. */
  id: string;
  /** The simulator route the direct floor and the thin proxy call. */
  chargePath: string;
}

export async function scenarioS0(ctx: RunContext, sim: Simulator, paygraph: Paygraph, before?: Paygraph, side: RuntimeSuts[] = []): Promise<GridPoint> {
  const request = graphqlPost(JSON.stringify({ query: '{ __typename }' }));
  const validate = (body: string) => body.includes('"__typename":"Query"');
  const targets = [paygraphTarget('layer', paygraph, request, validate)];
  for (const other of side) targets.push({ ...paygraphTarget('layer', other.paygraph, request, validate), name: sideTargetName('layer', other.runtime) });
  if (before) targets.push(paygraphTarget('before', before, request, validate));
  return gridPoint(ctx.settings, 'S0', sim, 0, 50, targets);
}

export async function scenarioS1(
  ctx: RunContext,
  sim: Simulator,
  charge: S1Charge,
  suts: { paygraph: Paygraph; proxy: ThinProxy; before?: Paygraph; apollo?: Peer; gateway?: Peer },
  side: RuntimeSuts[] = [],
): Promise<GridPoint[]> {
  const targets = s1Targets(sim, charge, suts);
  const sideTargets = side.map((other) => ({ runtime: other.runtime, targets: s1Targets(sim, charge, other) }));
  const points: GridPoint[] = [];
  for (const { delayMs, connections, targets: names } of ctx.settings.s1Grid) {
    const withBefore: TargetName[] = suts.before ? [...names, 'before'] : names;
    // Each side-runtime twin right after its primary target; the floor (direct) has no twin.
    const chosen = withBefore.flatMap((name) => [
      targets[name],
      ...(name === 'direct' || name === 'before' ? [] : sideTargets.map((other) => renamed(other.targets[name], sideTargetName(name, other.runtime)))),
    ]);
    points.push(
      await gridPoint(
        ctx.settings,
        'S1',
        sim,
        delayMs,
        connections,
        // A peer that is not running this time (the gateway when not installed) is left out.
        chosen.filter((target): target is Target => target !== undefined),
      ),
    );
  }
  return points;
}

const renamed = (target: Target | undefined, name: string): Target | undefined => (target ? { ...target, name } : undefined);

/** S1's request to each target of one runtime, and the check of each target's answer. */
function s1Targets(
  sim: Simulator,
  charge: S1Charge,
  suts: { paygraph: Paygraph; proxy: ThinProxy; before?: Paygraph; apollo?: Peer; gateway?: Peer },
): Partial<Record<TargetName, Target>> {
  const { paygraph, proxy, before, apollo, gateway } = suts;
  const request = graphqlPost(s1Body(charge.id, 'S1'));
  const txidMarker = `"txid":"${charge.txid}"`;
  // Paygraph must also answer without `errors`; the floor and the proxy return the charge as JSON.
  const hasCharge = (body: string) => body.includes(txidMarker);
  const hasChargeNoErrors = (body: string) => body.includes(txidMarker) && !body.includes('"errors"');
  return {
    direct: {
      name: 'direct',
      url: sim.url,
      request: { method: 'GET', path: charge.chargePath, headers: { authorization: `Bearer ${sim.token}`, 'x-transaction-id': randomUUID(), accept: 'application/json' } },
      validate: hasCharge,
    },
    proxy: { name: 'proxy', url: proxy.url, request, validate: hasCharge, pid: proxy.child.pid },
    layer: paygraphTarget('layer', paygraph, request, hasChargeNoErrors),
    before: before ? paygraphTarget('before', before, request, hasChargeNoErrors) : undefined,
    // The peers answer the same query (the gateway its own spelling of it), checked the same way.
    apollo: apollo ? { name: 'apollo', url: apollo.url, request, validate: hasChargeNoErrors, pid: apollo.child.pid } : undefined,
    gateway: gateway
      ? {
          name: 'gateway',
          url: gateway.url,
          request: graphqlPost(JSON.stringify({ query: GATEWAY_S1, variables: { txid: charge.txid } })),
          validate: hasChargeNoErrors,
          pid: gateway.child.pid,
        }
      : undefined,
  };
}
