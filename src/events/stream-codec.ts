/**
 * What Paygraph writes into Redis streams (event log, webhook inbox) is JSON; payment events and
 * parsed deliveries carry Dates (occurredAt, paidAt, createdAt), which plain JSON would turn into
 * strings that the GraphQL DateTime scalar and the age checks no longer accept. Dates are written
 * as `{"$date": iso}` and read back as Dates. Money is integer cents already (no floats to lose).
 */
export function encodeJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, converted: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : converted;
  });
}

export function decodeJson<T>(text: string): T {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const record = value as Record<string, unknown>;
      if (typeof record.$date === 'string' && Object.keys(record).length === 1) return new Date(record.$date);
    }
    return value;
  }) as T;
}

/** Orders two Redis stream entry ids (`<ms>-<seq>`): negative, zero or positive. */
export function compareStreamIds(a: string, b: string): number {
  const [aMs, aSeq] = splitStreamId(a);
  const [bMs, bSeq] = splitStreamId(b);
  return aMs === bMs ? aSeq - bSeq : aMs - bMs;
}

export function isStreamId(id: string): boolean {
  return /^\d{1,16}-\d{1,16}$/.test(id);
}

function splitStreamId(id: string): [number, number] {
  const [ms, seq] = id.split('-');
  return [Number(ms), Number(seq ?? 0)];
}

/** Stream entry fields come back as a flat [name, value, name, value…] list. */
export function fieldsToRecord(fields: string[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (let i = 0; i + 1 < fields.length; i += 2) record[fields[i]] = fields[i + 1];
  return record;
}

/** A wait that `signal` can cut short (shutdown must not wait out a backoff). */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    timer.unref();
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}
