import { createHash, randomBytes } from 'node:crypto';

/**
 * What the idempotency store keeps per (client, operation, key) — docs/idempotency.md.
 *
 * - IN_PROGRESS: an attempt holds the lock and may be talking to the provider. Seen without a
 *   lock, it means the holder died: its outcome is unknown.
 * - OUTCOME_UNKNOWN: an attempt ended without knowing whether the provider acted (timeout, 5xx).
 * - COMPLETED: the outcome is known and replayed to every repeat until the record expires.
 *
 * `attempts` lists every attempt whose outcome is (or was) unknown, so the next attempt can look
 * for what they did upstream by their markers before acting again.
 */
export type RecordState = 'IN_PROGRESS' | 'OUTCOME_UNKNOWN' | 'COMPLETED';

export interface AttemptMarker {
  /** Short random id; echoed by the provider where it can be (refund description, ASM-A52). */
  id: string;
  /** Epoch ms. */
  startedAt: number;
}

export interface IdempotencyRecord {
  state: RecordState;
  fingerprint: string;
  attempts: AttemptMarker[];
  /** The outcome (COMPLETED only). Dates survive the JSON round trip (see serializeRecord). */
  value?: unknown;
  /** Provider ids the outcome refers to (charge txid, refund id), for support and audits. */
  providerIds?: string[];
  updatedAt: number;
}

/** Records live this long (the documented retention, docs/idempotency.md). */
export const RECORD_TTL_MS = 24 * 3600_000;

/** 12 base64url characters (72 random bits): short enough to ride in a 140-character description. */
export const ATTEMPT_ID_PATTERN = /^[A-Za-z0-9_-]{12}$/;

export function newAttemptId(): string {
  return randomBytes(9).toString('base64url');
}

const DATE_TAG = '$date';

/**
 * JSON with Dates kept as Dates: resolver payloads carry `createdAt`/`paidAt` Dates that the
 * DateTime scalar serialises, so a replay must hand back Dates, not strings, to render the same.
 */
export function serializeRecord(record: IdempotencyRecord): string {
  return JSON.stringify(record, function replacer(this: Record<string, unknown>, key: string, value: unknown) {
    const original = this[key];
    return original instanceof Date ? { [DATE_TAG]: Number.isNaN(original.getTime()) ? null : original.toISOString() } : value;
  });
}

export function deserializeRecord(text: string): IdempotencyRecord {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const entries = Object.keys(value);
      if (entries.length === 1 && entries[0] === DATE_TAG) {
        const iso = (value as Record<string, string | null>)[DATE_TAG];
        return iso === null ? new Date(Number.NaN) : new Date(iso);
      }
    }
    return value;
  }) as IdempotencyRecord;
}

/** Stable hash of an input: key order does not matter, undefined and null are the same. */
export function fingerprintOf(input: unknown): string {
  return createHash('sha256').update(stableJson(input)).digest('base64url');
}

function stableJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined && item !== null)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, item]) => `${JSON.stringify(k)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
