/**
 * Request validation helpers. Each pushes one English message per problem into `problems`
 * (ASM-A07: `errors[]` lists one message per problem) and returns the parsed value or undefined.
 */
import type { PageWire } from './wire';

export type JsonObject = Record<string, unknown>;

export const MIN_CENTS = 1;
export const MAX_CENTS = 99_999_999; // 999999.99 (ASM-A19)

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Optional request fields given as `null` are treated as absent. */
export function has(body: JsonObject, field: string): boolean {
  return body[field] !== undefined && body[field] !== null;
}

/**
 * ASM-A06: reais as a JSON number with at most 2 decimals → integer cents. Decided with integer
 * arithmetic around the rounded cents, never by trusting `v * 100` (0.29 * 100 = 28.999…).
 */
export function readMoney(body: JsonObject, field: string, problems: string[], required: boolean): number | undefined {
  const value = body[field];
  if (!has(body, field)) {
    if (required) problems.push(`${field} is required`);
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    problems.push(`${field} must be a number`);
    return undefined;
  }
  const cents = Math.round(value * 100);
  if (Math.abs(value * 100 - cents) >= 1e-6) {
    problems.push(`${field} must have at most 2 decimal places`);
    return undefined;
  }
  if (cents < MIN_CENTS || cents > MAX_CENTS) {
    problems.push(`${field} must be between 0.01 and 999999.99`);
    return undefined;
  }
  return cents;
}

/** Integer cents → reais for JSON; `c / 100` always serializes with at most 2 decimals. */
export function reais(cents: number): number {
  return cents / 100;
}

export function formatReais(cents: number): string {
  return (cents / 100).toFixed(2);
}

export function readString(body: JsonObject, field: string, maxLength: number, problems: string[]): string | null {
  if (!has(body, field)) return null;
  const value = body[field];
  if (typeof value !== 'string') {
    problems.push(`${field} must be a string`);
    return null;
  }
  if (value.length > maxLength) problems.push(`${field} must have at most ${maxLength} characters`);
  return value;
}

export function readInteger(body: JsonObject, field: string, min: number, max: number, problems: string[]): number | undefined {
  if (!has(body, field)) return undefined;
  const value = body[field];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    problems.push(`${field} must be an integer between ${min} and ${max}`);
    return undefined;
  }
  return value;
}

export function readBoolean(body: JsonObject, field: string, problems: string[]): boolean | undefined {
  if (!has(body, field)) return undefined;
  if (typeof body[field] !== 'boolean') {
    problems.push(`${field} must be a boolean`);
    return undefined;
  }
  return body[field];
}

/** A single-valued enum query filter (ASM-A09). */
export function readEnumQuery<T extends string>(query: URLSearchParams, field: string, allowed: readonly T[], problems: string[]): T | undefined {
  const value = query.get(field);
  if (value === null) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    problems.push(`${field} must be one of ${allowed.join(', ')}`);
    return undefined;
  }
  return value as T;
}

export interface Paging {
  page: number;
  size: number;
}

/** ASM-A09: `page` 0-based (default 0), `size` 1–100 (default 20); anything else → 400. */
export function readPaging(query: URLSearchParams, problems: string[]): Paging {
  const page = query.get('page');
  const size = query.get('size');
  const paging: Paging = { page: 0, size: 20 };
  if (page !== null) {
    if (/^\d{1,9}$/.test(page)) paging.page = Number(page);
    else problems.push('page must be an integer greater than or equal to 0');
  }
  if (size !== null) {
    if (/^\d{1,3}$/.test(size) && Number(size) >= 1 && Number(size) <= 100) paging.size = Number(size);
    else problems.push('size must be an integer between 1 and 100');
  }
  return paging;
}

/** Instant range in ms; `toMs` is exclusive. */
export interface DateRange {
  fromMs?: number;
  toMs?: number;
}

const BRASILIA_OFFSET_MS = 3 * 3600_000; // UTC−03:00, no daylight saving (ASM-A06)

/** `yyyy-MM-dd` → the UTC instant at which that Brasília day starts, or undefined if invalid. */
function brasiliaDayStart(text: string, dayOffset = 0): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return undefined;
  return Date.UTC(year, month - 1, day + dayOffset) + BRASILIA_OFFSET_MS;
}

/** ASM-A09: inclusive `startDate`/`endDate` in Brasília time; `startDate` after `endDate` → 400. */
export function readDateRange(query: URLSearchParams, problems: string[]): DateRange {
  const range: DateRange = {};
  const start = query.get('startDate');
  const end = query.get('endDate');
  if (start !== null) {
    range.fromMs = brasiliaDayStart(start);
    if (range.fromMs === undefined) problems.push('startDate must be a valid date in yyyy-MM-dd format');
  }
  if (end !== null) {
    range.toMs = brasiliaDayStart(end, 1);
    if (range.toMs === undefined) problems.push('endDate must be a valid date in yyyy-MM-dd format');
  }
  if (range.fromMs !== undefined && range.toMs !== undefined && range.fromMs >= range.toMs) {
    problems.push('startDate must not be after endDate');
  }
  return range;
}

export function inRange(ms: number, range: DateRange): boolean {
  return (range.fromMs === undefined || ms >= range.fromMs) && (range.toMs === undefined || ms < range.toMs);
}

/** ASM-A09 default order: newest first (`seq` breaks ties between items created in the same ms). */
export function newestFirst<T extends { seq: number }>(items: T[], timeOf: (item: T) => number): T[] {
  return items.sort((a, b) => timeOf(b) - timeOf(a) || b.seq - a.seq);
}

export function paginate<T, W>(items: T[], paging: Paging, toWire: (item: T) => W): PageWire<W> {
  const start = paging.page * paging.size;
  return {
    content: items.slice(start, start + paging.size).map(toWire),
    page: paging.page,
    size: paging.size,
    totalElements: items.length,
    totalPages: Math.ceil(items.length / paging.size),
  };
}
