import { randomBytes, randomUUID } from 'node:crypto';

const ALPHANUMERICS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Random [A-Za-z0-9]{n}; the tiny modulo bias is irrelevant for sandbox ids. */
export function alphanumerics(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += ALPHANUMERICS[byte % ALPHANUMERICS.length];
  return out;
}

function digits(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += String(byte % 10);
  return out;
}

/** ASM-A19: `astra` + 26 alphanumerics = 31 chars, like the documented example txid. */
export function newTxid(): string {
  return `astra${alphanumerics(26)}`;
}

/**
 * ASM-A13: `E` (payment) or `D` (devolution) + 8-digit ISPB + `yyyyMMddHHmm` (UTC, as Bacen
 * end-to-end ids are) + 11 alphanumerics = 32 chars.
 */
export function newEndToEndId(kind: 'E' | 'D', at: Date): string {
  const stamp = at.toISOString().replace(/[-T:]/g, '').slice(0, 12);
  return `${kind}${digits(8)}${stamp}${alphanumerics(11)}`;
}

/** ASM-A06: every other generated id is a UUID v4. */
export function newId(): string {
  return randomUUID();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** ASM-A05: canonical 8-4-4-4-12 hex, any version. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
