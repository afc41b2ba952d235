import { createLogger } from '../../../src/logger';
import type { NewPaymentEvent, PaymentEventRecord } from '../../../src/events/payment-event';
import { PixChargeEventType } from '../../../src/domain/pix-charges/events';

export const silentLogger = createLogger('silent');

/** A payment event numbered `n` (its id, subject and dates derive from n). */
export function paymentEvent(n: number, subjectId = 'charge-1'): NewPaymentEvent {
  return {
    id: `evt-${n}`,
    type: PixChargeEventType.PIX_CHARGE_PAID,
    provider: 'ASTRA',
    occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n)),
    subjectId,
    subject: { __typename: 'PixCharge', id: subjectId },
  };
}

/**
 * The next `count` events of a subscription. Bounded so that a missing event fails the test with
 * what did arrive instead of hanging it.
 */
export async function take(iterator: AsyncIterator<PaymentEventRecord>, count: number, timeoutMs = 5_000): Promise<PaymentEventRecord[]> {
  const events: PaymentEventRecord[] = [];
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`only ${events.length} of ${count} events; ids received: ${summarize(events.map((e) => e.id))}`)), timeoutMs);
  });
  try {
    while (events.length < count) {
      const next = await Promise.race([iterator.next(), timeout]);
      if (next.done) throw new Error(`subscription ended after ${events.length} of ${count} events`);
      events.push(next.value);
    }
    return events;
  } finally {
    clearTimeout(timer);
  }
}

/** Ids as ranges of consecutive numbers (`evt-1..22,evt-24..400`): a gap or repeat stands out. */
function summarize(ids: string[]): string {
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= ids.length; i++) {
    const number = (id: string) => Number(id.replace(/\D/g, ''));
    if (i < ids.length && number(ids[i]) === number(ids[i - 1]) + 1) continue;
    parts.push(i - 1 === start ? ids[start] : `${ids[start]}..${number(ids[i - 1])}`);
    start = i;
  }
  return parts.join(',');
}
