/**
 * A second runtime side by side (lib/runtime.ts): the same Paygraph build, thin proxy and S1 peers
 * as the primary runtime's, started under another node binary, so that S0/S1 interleave both
 * runtimes' targets in one grid point and every ratio compares processes measured at the same time.
 */
import { join } from 'node:path';
import { startPaygraph, startThinProxy, type Paygraph, type ThinProxy } from './sut';
import { gatewayUnavailable, startApolloPeer, startGatewayPeer, type Peer } from './peers';
import type { RunContext } from './context';
import type { Runtime } from './runtime';
import type { Simulator } from './simulator';
import type { Child } from './proc';

export interface RuntimeSuts {
  runtime: Runtime;
  paygraph: Paygraph;
  proxy: ThinProxy;
  apollo?: Peer;
  gateway?: Peer;
}

/** `name@node24`: a target of the side runtime (the primary runtime's targets keep their plain names). */
export const sideTargetName = (name: string, runtime: Runtime) => `${name}@${runtime.label}`;

/** Starts the side runtime's processes; the peers only where the primary run starts them too. */
export async function startRuntimeSuts(ctx: RunContext, sim: Simulator, runtime: Runtime, options: { chargePath: string; peers: boolean }): Promise<RuntimeSuts> {
  const log = (what: string) => join(ctx.logDir, `${what}-${runtime.label}.log`);
  const started: RuntimeSuts = {
    runtime,
    paygraph: await startPaygraph({ sim, runtime, name: `paygraph-${runtime.label}`, logFile: log('paygraph'), nodeFlags: ctx.sutFlags, entry: ctx.sutEntry }),
    proxy: await startThinProxy({ sim, runtime, name: `thin-proxy-${runtime.label}`, chargePath: options.chargePath, logFile: log('thin-proxy') }),
  };
  if (!options.peers) return started;
  started.apollo = await startApolloPeer({ sim, runtime, dataLoader: false, logFile: log('peer-apollo') });
  if (!gatewayUnavailable()) started.gateway = await startGatewayPeer({ sim, runtime, logFile: log('peer-gateway') });
  return started;
}

export function runtimeSutsChildren(suts: RuntimeSuts[]): Child[] {
  return suts.flatMap((s) => [s.paygraph.child, s.proxy.child, s.apollo?.child, s.gateway?.child]).filter((child): child is Child => child !== undefined);
}
