/**
 * S7, webhook fan-out (T7): N graphql-ws subscribers on `paymentEvents` in their own process; the
 * driver pays charges through the simulator, which sends real webhooks to Paygraph. Latency runs
 * from t0, the simulator's webhook POST, to t1, the subscriber's `next` callback: both
 * process.hrtime (CLOCK_MONOTONIC), comparable across processes. It includes Paygraph's
 * confirmation GET. Also measured: idle memory per subscriber and server CPU per event.
 */
import { join } from 'node:path';
import { benchStats } from '../lib/measure';
import { cpuMs, rssBytes } from '../lib/proc-metrics';
import { sleep } from '../lib/proc';
import { createCharge } from '../lib/seed';
import { startSubscribers } from '../lib/subscriber-fleet';
import { maxOf, percentile, round } from '../lib/stats';
import { log } from '../lib/log';
import type { RunContext } from '../lib/context';
import type { Simulator } from '../lib/simulator';
import type { Paygraph } from '../lib/sut';

export async function scenarioS7(ctx: RunContext, sim: Simulator, paygraph: Paygraph): Promise<Record<string, unknown>> {
  const { settings } = ctx;
  const n = settings.s7Subscribers;
  await sim.setFaults({ latencyMs: 0, errorRate: 0, hangRate: 0, routeFilter: null });
  const registered = await paygraph.gql<{ registerWebhook?: { userErrors: Array<{ code: string; message: string }> } }>(
    'mutation { registerWebhook(input: { eventType: PIX_QR_INBOUND }) { webhook { id } userErrors { code message } } }',
  );
  const userErrors = registered.data?.registerWebhook?.userErrors;
  if (registered.errors || userErrors?.length) throw new Error(`S7: registerWebhook failed: ${JSON.stringify(registered.errors ?? userErrors)}`);
  const txids: string[] = [];
  const warmups = 4;
  for (let i = 0; i < warmups + settings.s7Events + settings.s7Burst; i++) txids.push(await createCharge(sim, 25, `s7-${i}`));

  // Idle memory per subscriber: RSS and heap after a forced full GC, before and after connecting.
  const { statsUrl } = paygraph;
  const memBefore = await benchStats(statsUrl, true);
  const rssBefore = rssBytes(paygraph.child.pid);
  const subscribers = await startSubscribers({ wsUrl: `${paygraph.url.replace(/^http/, 'ws')}/graphql`, logFile: join(ctx.logDir, 'subscribers.log') });
  try {
    const connectStarted = Date.now();
    const connected = await subscribers.ask<{ connected: number; failed: number }>('connect', { n, batch: 200 });
    const deadline = Date.now() + 60_000;
    while ((await paygraph.subscriberCount()) < n && Date.now() < deadline) await sleep(100);
    const serverSubscribers = await paygraph.subscriberCount();
    await sleep(500);
    const memAfter = await benchStats(statsUrl, true);
    const rssAfter = rssBytes(paygraph.child.pid);
    log(`S7: ${connected.connected}/${n} clients connected (${connected.failed} failed), server sees ${serverSubscribers} subscribers after ${Date.now() - connectStarted} ms`);

    const pay = (txid: string) => sim.control('POST', `/__sim/pix-charges/${txid}/pay`);
    for (const txid of txids.slice(0, warmups)) {
      await pay(txid);
      await sleep(300);
    }
    await sleep(500);
    const cpuBefore = cpuMs(paygraph.child.pid);
    const measured = txids.slice(warmups, warmups + settings.s7Events);
    for (const txid of measured) {
      await pay(txid);
      await sleep(250); // 4 events/s
    }
    const burst = txids.slice(warmups + settings.s7Events);
    await Promise.all(burst.map(pay));
    const expected = (measured.length + burst.length) * n;
    const waitUntil = Date.now() + 15_000;
    let received: Record<string, string[]> = {};
    let errors: string[] = [];
    for (;;) {
      const results = await subscribers.ask<{ received: Record<string, string[]>; errors: string[] }>('results');
      received = results.received;
      errors = results.errors;
      const count = [...measured, ...burst].reduce((sum, txid) => sum + (received[txid]?.length ?? 0), 0);
      if (count >= expected || Date.now() > waitUntil) break;
      await sleep(250);
    }
    const cpuAfter = cpuMs(paygraph.child.pid);
    const sent = await sim.child.ask<Record<string, string[]>>('webhookTimes');
    const latencies = (txids: string[]) => {
      const all: number[] = [];
      const last: number[] = [];
      let delivered = 0;
      for (const txid of txids) {
        const t0 = sent[txid]?.[0];
        const got = received[txid] ?? [];
        delivered += got.length;
        if (!t0) continue;
        const values = got.map((ns) => Number(BigInt(ns) - BigInt(t0)) / 1e6);
        all.push(...values);
        if (values.length) last.push(maxOf(values));
      }
      return { delivered, all, last };
    };
    const steady = latencies(measured);
    const burstL = latencies(burst);
    const delivered = steady.delivered + burstL.delivered;
    const out = {
      subscribers: n,
      connected: connected.connected,
      serverSubscribers,
      t0: "the simulator's webhook POST (timestamped in the simulator process as it calls fetch); t1: the subscriber's `next` callback; both CLOCK_MONOTONIC",
      events: measured.length,
      burst: burst.length,
      expectedDeliveries: expected,
      delivered,
      deliveredPct: round((delivered / expected) * 100, 2),
      latencyMs: {
        p50: round(percentile(steady.all, 50), 2),
        p99: round(percentile(steady.all, 99), 2),
        max: round(maxOf(steady.all), 2),
        lastSubscriberP99: round(percentile(steady.last, 99), 2),
      },
      burstLatencyMs: burst.length ? { p50: round(percentile(burstL.all, 50), 2), p99: round(percentile(burstL.all, 99), 2), max: round(maxOf(burstL.all), 2) } : undefined,
      serverCpuMsPerEvent: round((cpuAfter - cpuBefore) / (measured.length + burst.length), 2),
      serverCpuMsPerDelivery: round((cpuAfter - cpuBefore) / Math.max(1, delivered), 4),
      rssPerSubscriberKB: round((rssAfter - rssBefore) / 1024 / n, 1),
      heapPerSubscriberKB: memBefore && memAfter ? round((memAfter.memory.heapUsed - memBefore.memory.heapUsed) / 1024 / n, 1) : undefined,
      errors: errors.slice(0, 5),
    };
    log(`S7: delivered ${delivered}/${expected}, p50 ${out.latencyMs.p50} ms p99 ${out.latencyMs.p99} ms, cpu ${out.serverCpuMsPerEvent} ms/event`);
    await subscribers.ask('close').catch(() => undefined);
    return out;
  } finally {
    await subscribers.stop();
  }
}
