/**
 * Static BR Codes as the simulated Astra writes and reads them (ASM-A24), through pix-utils: the
 * simulator stands for the provider and must not import Paygraph's own BR Code module
 * (src/lib/br-code.ts), which Paygraph's tests check these codes with.
 */
import { createStaticPix, hasError, parsePix, PixElementType } from 'pix-utils';

const PIX_GUI = 'br.gov.bcb.pix';
/** EMV: a template's value has a 2-digit length. */
const TEMPLATE_MAX = 99;
/** "***" is the BR Code spelling of "no txid" (tag 62-05). */
const NO_TXID = '***';

export interface StaticBrCodeInput {
  pixKey: string;
  merchantName: string;
  merchantCity: string;
  amountCents?: number;
  txid?: string;
  description?: string;
}

export interface ReadStaticBrCode {
  pixKey: string;
  merchantName: string;
  merchantCity: string;
  amountCents: number | null;
  description: string | null;
  txid: string | null;
}

export type ReadResult = { kind: 'STATIC'; code: ReadStaticBrCode } | { kind: 'DYNAMIC' } | { kind: 'INVALID'; errors: string[] };

/** Room left for a description in the merchant account template (tag 26: GUI + key + description) next to `pixKey`. */
export function staticDescriptionRoom(pixKey: string): number {
  return Math.max(0, TEMPLATE_MAX - (4 + PIX_GUI.length + 4 + pixKey.length + 4));
}

/** The caller has checked the inputs (ASCII text that fits, txid and amount in range). */
export function createStaticBrCode(input: StaticBrCodeInput): string {
  const pix = createStaticPix({
    pixKey: input.pixKey,
    merchantName: input.merchantName,
    merchantCity: input.merchantCity,
    infoAdicional: input.description,
    txid: input.txid,
    // pix-utils writes `amount.toFixed(2)`; cents/100 is the double nearest to the decimal, so it
    // writes back exactly the cents asked for.
    transactionAmount: input.amountCents === undefined ? 0 : input.amountCents / 100,
  });
  if (hasError(pix)) throw new Error(`Cannot create BR Code: ${pix.message}`);
  return pix.toBRCode();
}

/** Reads a BR Code: its static fields, or that it is dynamic, or why it cannot be read. */
export function readBrCode(emv: string): ReadResult {
  const pix = parsePix(emv);
  if (hasError(pix)) return { kind: 'INVALID', errors: [readProblem(pix.message)] };
  if (pix.type !== PixElementType.STATIC) return { kind: 'DYNAMIC' };
  // pix-utils reads tag 54 into a number (at most 13 characters, so exact to the cent once rounded).
  const amountCents = Math.round((pix.transactionAmount ?? 0) * 100);
  return {
    kind: 'STATIC',
    code: {
      pixKey: pix.pixKey,
      merchantName: pix.merchantName,
      merchantCity: pix.merchantCity,
      amountCents: amountCents > 0 ? amountCents : null,
      description: pix.infoAdicional || null,
      txid: pix.txid && pix.txid !== NO_TXID ? pix.txid : null,
    },
  };
}

function readProblem(message: string): string {
  if (message === 'invalid emv code') return 'malformed: expected 2-digit tags, each with a 2-digit length that matches its value';
  if (message === 'invalid crc') return 'CRC16 checksum (tag 63) does not match its content';
  return `is not a Pix BR Code (${message})`;
}
