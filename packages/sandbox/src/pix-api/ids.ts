import { randomBytes, randomUUID } from 'node:crypto';

/** ASM-X39: the sandbox PSP's ISPB inside end-to-end and return ids. */
export const SANDBOX_ISPB = '99999999';

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function randomAlphanumeric(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += ALPHANUMERIC[byte % ALPHANUMERIC.length];
  return out;
}

/** `E` or `D` + ISPB + `yyyyMMddHHmm` (UTC) + 11 random characters: 32 in all, like the SPI's ids. */
function spiId(prefix: 'E' | 'D', atMs: number): string {
  const stamp = new Date(atMs).toISOString().replace(/[-:T]/g, '').slice(0, 12);
  return `${prefix}${SANDBOX_ISPB}${stamp}${randomAlphanumeric(11)}`;
}

export function newEndToEndId(atMs: number): string {
  return spiId('E', atMs);
}

export function newReturnId(atMs: number): string {
  return spiId('D', atMs);
}

/** A PSP-chosen txid for `POST /cob`: 32 hex characters (inside `[a-zA-Z0-9]{26,35}`). */
export function newTxid(): string {
  return randomUUID().replace(/-/g, '');
}

/** ASM-X38: locations are capability URLs without scheme, on a host nothing serves. */
export function newLocation(kind: 'cob' | 'cobv'): string {
  const token = randomUUID().replace(/-/g, '');
  return kind === 'cobv' ? `pix-api.sandbox.invalid/qr/v2/cobv/${token}` : `pix-api.sandbox.invalid/qr/v2/${token}`;
}

export const TXID_PATTERN = /^[a-zA-Z0-9]{26,35}$/;
export const E2EID_PATTERN = /^[a-zA-Z0-9]{32}$/;
export const REFUND_ID_PATTERN = /^[a-zA-Z0-9]{1,35}$/;
