import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PublishedEvent, SimulatorEvidence } from './evidence';
import type { IntentOutcome } from './load';
import type { WindowCounts } from './stats';
import { compareWithPublished, type ResumingSubscriber } from './subscribers';

export interface FaultTiming {
  fault: string;
  /** From the signal until the balancer's checks took the instance out. */
  outOfPoolAfterMs: number;
  /** From the signal until the balancer saw all three instances up again (restart included). */
  poolWholeAfterMs: number;
  exitCode?: number | string;
  exitedAfterMs?: number;
}

export interface DrillReport {
  instances: number;
  loadMs: number;
  requests: Array<{ window: string; reads: WindowCounts; mutations: WindowCounts }>;
  totals: { answered: number; failed: number };
  money: {
    intents: number;
    idempotencyKeys: number;
    /** Intents whose reference has exactly one charge at the simulator. */
    exactlyOnce: number;
    /** Idempotency keys with more than one charge at the simulator (must be 0). */
    keysMovedTwice: number;
    /** Keys answered OUTCOME_UNKNOWN, then resolved by the documented lookup (found or a new key). */
    resolvedAfterUnknown: number;
    gaveUp: number;
  };
  webhooks: { chargesPaid: number; deliveriesAcknowledged: number; failedDeliveryAttempts: number; paidEventsPublished: number };
  subscribers: {
    count: number;
    eventsPublished: number;
    resumes: number;
    refusedBeforeAck: number;
    withMissing: number;
    withDuplicates: number;
    withUnexpected: number;
    missingTotal: number;
    duplicatesTotal: number;
  };
  /** Per subscriber (JSON only): events received across its connections, resumes, and the comparison with the log. */
  perSubscriber: Array<{ received: number; resumes: number; missing: number; duplicates: number; unexpected: number }>;
  faults: FaultTiming[];
  /** Per instance: how many times the balancer's checks took it out during the load (B and C once each when nothing else went wrong). */
  takenOut: Record<string, number>;
  /** Answers that were neither a result nor a documented retryable error (first 20). */
  unexpectedAnswers: string[];
  violations: string[];
  balancerConfig: string;
}

export function buildReport(input: {
  instances: number;
  loadMs: number;
  subscribers: ResumingSubscriber[];
  windows: Map<string, { reads: WindowCounts; mutations: WindowCounts }>;
  outcomes: IntentOutcome[];
  simulator: SimulatorEvidence;
  /** The log after the subscribers' start cursor (what each must receive). */
  published: PublishedEvent[];
  /** The whole log (the marker's own event included). */
  eventLog: PublishedEvent[];
  faults: FaultTiming[];
  takenOut: Record<string, number>;
  unexpectedAnswers: string[];
  balancerConfig: string;
}): DrillReport {
  const violations: string[] = [];
  const requests = [...input.windows].map(([window, counts]) => ({ window, ...counts }));
  const totals = requests.reduce(
    (sum, row) => ({ answered: sum.answered + row.reads.answered + row.mutations.answered, failed: sum.failed + row.reads.failed + row.mutations.failed }),
    { answered: 0, failed: 0 },
  );
  if (totals.answered === 0) violations.push('no request was answered');

  // Money: one charge per intent; a key never moves money twice.
  let exactlyOnce = 0;
  for (const intent of input.outcomes) {
    const charges = input.simulator.chargesByReference.get(intent.reference) ?? [];
    if (charges.length === 1 && intent.txid === charges[0].txid) exactlyOnce++;
    else
      violations.push(
        `intent ${intent.reference} (${intent.outcome}, keys ${intent.keys.join(', ')}): ${charges.length} charges at the simulator, client holds ${intent.txid ?? 'nothing'}`,
      );
  }
  const keysMovedTwice = input.outcomes.filter((intent) => (input.simulator.chargesByReference.get(intent.reference)?.length ?? 0) > 1).length;

  // Webhooks: every paid charge published exactly once as PIX_CHARGE_PAID.
  const paidTxids = input.outcomes.filter((intent) => intent.paid && intent.txid).map((intent) => intent.txid!);
  const paidEvents = input.eventLog.filter((event) => event.type === 'PIX_CHARGE_PAID');
  for (const txid of paidTxids) {
    const count = paidEvents.filter((event) => event.txid === txid).length;
    if (count !== 1) violations.push(`charge ${txid}: ${count} PIX_CHARGE_PAID events published`);
  }
  const publishedIds = input.published.map((event) => event.id);
  if (new Set(input.eventLog.map((event) => event.id)).size !== input.eventLog.length) violations.push('the event log holds an event id twice');

  // Subscribers: each received exactly the published set, once each, across its resumes.
  const compared = input.subscribers.map((subscriber) => compareWithPublished(subscriber, publishedIds));
  compared.forEach((result, index) => {
    if (result.missing || result.duplicates || result.unexpected) {
      violations.push(`subscriber ${index}: ${result.missing} missing, ${result.duplicates} duplicated, ${result.unexpected} not in the log`);
    }
  });

  for (const fault of input.faults) {
    if (fault.exitCode !== undefined && fault.exitCode !== 0) violations.push(`${fault.fault}: exit code ${fault.exitCode} (a drain exits 0)`);
  }

  return {
    instances: input.instances,
    loadMs: input.loadMs,
    requests,
    totals,
    money: {
      intents: input.outcomes.length,
      idempotencyKeys: input.outcomes.reduce((sum, intent) => sum + intent.keys.length, 0),
      exactlyOnce,
      keysMovedTwice,
      resolvedAfterUnknown: input.outcomes.filter((intent) => intent.outcome === 'found-by-reference' || intent.keys.length > 1).length,
      gaveUp: input.outcomes.filter((intent) => intent.outcome === 'gave-up').length,
    },
    webhooks: {
      chargesPaid: paidTxids.length,
      deliveriesAcknowledged: input.simulator.deliveries.acknowledged,
      failedDeliveryAttempts: input.simulator.deliveries.failedAttempts,
      paidEventsPublished: paidEvents.length,
    },
    subscribers: {
      count: input.subscribers.length,
      eventsPublished: publishedIds.length,
      resumes: input.subscribers.reduce((sum, subscriber) => sum + subscriber.resumes, 0),
      refusedBeforeAck: input.subscribers.reduce((sum, subscriber) => sum + subscriber.refused, 0),
      withMissing: compared.filter((result) => result.missing > 0).length,
      withDuplicates: compared.filter((result) => result.duplicates > 0).length,
      withUnexpected: compared.filter((result) => result.unexpected > 0).length,
      missingTotal: compared.reduce((sum, result) => sum + result.missing, 0),
      duplicatesTotal: compared.reduce((sum, result) => sum + result.duplicates, 0),
    },
    perSubscriber: compared.map((result, index) => ({ received: input.subscribers[index].received.length, resumes: input.subscribers[index].resumes, ...result })),
    faults: input.faults,
    takenOut: input.takenOut,
    unexpectedAnswers: input.unexpectedAnswers,
    violations,
    balancerConfig: input.balancerConfig,
  };
}

function reasons(counts: WindowCounts): string {
  return Object.entries(counts.reasons)
    .map(([reason, count]) => `${reason} ×${count}`)
    .join(', ');
}

/** The printed table (also pasted into docs/deploy.md). */
export function formatReport(report: DrillReport): string {
  const lines: string[] = [];
  lines.push(`Drill: ${report.instances} instances behind HAProxy, ${report.loadMs / 1000} s of load, ${report.subscribers.count} subscribers`);
  lines.push('');
  lines.push('| window | reads answered | reads failed | mutation attempts answered | mutation attempts failed | failures |');
  lines.push('|---|---:|---:|---:|---:|---|');
  for (const row of report.requests) {
    const why = [row.reads.failed ? `reads: ${reasons(row.reads)}` : '', row.mutations.failed ? `mutations: ${reasons(row.mutations)}` : ''].filter(Boolean).join('; ');
    lines.push(`| ${row.window} | ${row.reads.answered} | ${row.reads.failed} | ${row.mutations.answered} | ${row.mutations.failed} | ${why} |`);
  }
  lines.push(`| **total** | | | | | ${report.totals.answered} answered, ${report.totals.failed} failed |`);
  lines.push('');
  const m = report.money;
  lines.push('| invariant | figure |');
  lines.push('|---|---|');
  lines.push(`| payment intents (createPixCharge with a key) | ${m.intents} (${m.idempotencyKeys} idempotency keys) |`);
  lines.push(`| intents with exactly 1 charge at the simulator | ${m.exactlyOnce} of ${m.intents} |`);
  lines.push(`| keys that moved money twice | ${m.keysMovedTwice} |`);
  lines.push(`| intents resolved after OUTCOME_UNKNOWN (lookup by reference) | ${m.resolvedAfterUnknown} |`);
  lines.push(`| intents given up | ${m.gaveUp} |`);
  const w = report.webhooks;
  lines.push(`| charges paid → webhook deliveries acknowledged (failed attempts) | ${w.chargesPaid} → ${w.deliveriesAcknowledged} (${w.failedDeliveryAttempts}) |`);
  lines.push(`| PIX_CHARGE_PAID events published (each paid charge exactly once) | ${w.paidEventsPublished} |`);
  const s = report.subscribers;
  lines.push(`| events published after the start cursor | ${s.eventsPublished} |`);
  lines.push(`| subscribers: resubscriptions with after: (of which closed before connection_ack) | ${s.count} subscribers, ${s.resumes} (${s.refusedBeforeAck}) |`);
  lines.push(
    `| subscribers missing / duplicating / extra events | ${s.withMissing} / ${s.withDuplicates} / ${s.withUnexpected} (${s.missingTotal} missing, ${s.duplicatesTotal} duplicates) |`,
  );
  for (const fault of report.faults) {
    const exit = fault.exitCode === undefined ? '' : `, exited ${fault.exitCode} after ${(fault.exitedAfterMs! / 1000).toFixed(1)} s`;
    lines.push(
      `| ${fault.fault} | out of the pool after ${(fault.outOfPoolAfterMs / 1000).toFixed(1)} s${exit}, pool whole (3 up) after ${(fault.poolWholeAfterMs / 1000).toFixed(1)} s |`,
    );
  }
  const takenOut = Object.entries(report.takenOut).map(([name, count]) => `${name} ${count}`);
  lines.push(`| times the balancer took each instance out during the load | ${takenOut.join(', ')} |`);
  lines.push(`| answers neither a result nor a documented retryable error | ${report.unexpectedAnswers.length} |`);
  lines.push(`| invariant violations | ${report.violations.length} |`);
  for (const violation of report.violations.slice(0, 20)) lines.push(`- ${violation}`);
  for (const answer of report.unexpectedAnswers) lines.push(`- unexpected: ${answer}`);
  return lines.join('\n');
}

export function writeReport(report: DrillReport, file = path.resolve(__dirname, '../../test-output/drill.json')): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
