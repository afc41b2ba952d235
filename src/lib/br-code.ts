/**
 * BR Code (Pix "copia e cola", EMV® QRCPS) behind one module. Decoding is ours
 * (br-code-decode.ts: every problem listed, amounts read as decimal text). pix-utils generates
 * static codes; what we read from its source and do not trust it with:
 * - lengths when generating: it writes `zeroPad(length, 2)`, so a merchant account template over 99
 *   characters silently becomes a 3-digit length and a corrupt code. Inputs are checked here, and
 *   every generated code is decoded again before it is returned;
 * - its parser: it stops at the first problem and reads tag 54 as a float ("1e3" → 1000).
 * Never call the `fetchPayload` it attaches to dynamic codes: it GETs whatever URL the code carries.
 */
import { createStaticPix, hasError } from 'pix-utils';
import { decodeBrCode } from './br-code-decode';
import { formatCents } from './money';

export { crc16, decodeBrCode, type BrCodeKind, type DecodedBrCode } from './br-code-decode';

export type CreateStaticBrCodeInput = {
  pixKey: string;
  merchantName: string;
  merchantCity: string;
  amountCents?: number;
  txid?: string;
  description?: string;
};

const PIX_GUI = 'br.gov.bcb.pix';
/** EMV: a template's value has a 2-digit length. */
const TEMPLATE_MAX = 99;

/**
 * Room left for a description in the merchant account template (tag 26: GUI + key + description)
 * next to `pixKey`; 0 when there is none. A provider that accepts longer descriptions than the
 * code can carry needs it to decide what goes into the code.
 */
export function staticDescriptionRoom(pixKey: string): number {
  return Math.max(0, TEMPLATE_MAX - (4 + PIX_GUI.length + 4 + pixKey.length + 4));
}

/** Builds a static BR Code. Throws a plain Error with the reason when an input cannot be encoded. */
export function createStaticBrCode(input: CreateStaticBrCodeInput): string {
  const pixKey = required(input.pixKey, 'pixKey', 77);
  const merchantName = required(input.merchantName, 'merchantName', 25);
  const merchantCity = required(input.merchantCity, 'merchantCity', 15);
  const description = input.description ? ascii(input.description, 'description') : undefined;
  // Bacen: a static txid is 1–25 characters from [A-Za-z0-9].
  if (input.txid !== undefined && !/^[A-Za-z0-9]{1,25}$/.test(input.txid)) {
    throw new Error('txid must be 1-25 characters from [A-Za-z0-9]');
  }
  // The merchant account template (tag 26: GUI + key + description) must fit 2 length digits.
  const mai = 4 + PIX_GUI.length + 4 + pixKey.length + (description ? 4 + description.length : 0);
  if (mai > TEMPLATE_MAX) throw new Error('pixKey and description together are too long for a BR Code (template over 99 characters)');

  const pix = createStaticPix({
    pixKey,
    merchantName,
    merchantCity,
    infoAdicional: description,
    txid: input.txid,
    // pix-utils writes `amount.toFixed(2)`; cents/100 is the double nearest to the decimal, so
    // toFixed(2) gives back exactly our formatCents text (checked by the decode below).
    transactionAmount: input.amountCents === undefined ? 0 : amountReais(input.amountCents),
  });
  if (hasError(pix)) throw new Error(`Cannot create BR Code: ${pix.message}`);
  const brCode = pix.toBRCode();
  const check = decodeBrCode(brCode);
  if (!check.valid || check.amountCents !== (input.amountCents ?? null)) {
    throw new Error(`Generated BR Code failed its own check: ${check.errors.join('; ') || 'amount mismatch'}`);
  }
  return brCode;
}

function amountReais(cents: number): number {
  // Tag 54 holds at most 13 characters, i.e. up to "9999999999.99".
  if (!Number.isSafeInteger(cents) || cents <= 0 || formatCents(cents).length > 13) {
    throw new Error('amountCents must be a positive integer of at most 10 integer digits in reais');
  }
  return cents / 100;
}

function required(value: string, field: string, max: number): string {
  const text = ascii(value ?? '', field);
  if (text.length === 0 || text.length > max) throw new Error(`${field} must be 1-${max} characters`);
  return text;
}

/**
 * BR Code text Paygraph writes is printable ASCII; accents are stripped ("São" → "Sao") the way
 * pix-utils does for name and city, other characters are refused. decodeBrCode reads accented
 * codes (with a warning), but readers that count bytes or encode the CRC differently disagree on
 * them, so what we write is the one form every reader agrees on.
 */
function ascii(value: string, field: string): string {
  const text = String(value)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  if (!/^[\x20-\x7e]*$/.test(text)) throw new Error(`${field} must contain printable ASCII characters only`);
  return text;
}
