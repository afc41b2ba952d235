/**
 * BR Code (Pix "copia e cola", EMV® QRCPS) behind one module (DESIGN.md §7): pix-utils does the EMV
 * parse, the CRC16 check and the generation. What we read from its source and do not trust it with:
 * - the amount: it returns `+tag54` as a float (so "1e3" reads as 1000 and "1.005" as 1.005); we
 *   read tag 54's raw text and parse it with `parseDecimal`, like every other amount;
 * - the txid of a *dynamic* code and the envelope (tags 00, 53, 58, the Pix GUI): it ignores them;
 * - lengths when generating: it writes `zeroPad(length, 2)`, so a merchant account template over 99
 *   characters silently becomes a 3-digit length and a corrupt code. Inputs are checked here, and
 *   every generated code is decoded again before it is returned.
 * Never call the `fetchPayload` it attaches to dynamic codes: it GETs whatever URL the code carries.
 */
import { createStaticPix, hasError, parsePix, PixElementType } from 'pix-utils';
import { formatCents, parseDecimal } from './money';

export type BrCodeKind = 'STATIC' | 'DYNAMIC';
export type DecodedBrCode = {
  valid: boolean;
  errors: string[];
  kind: BrCodeKind | null;
  pixKey: string | null;
  amountCents: number | null;
  merchantName: string | null;
  merchantCity: string | null;
  txid: string | null;
  url: string | null;
};
export type CreateStaticBrCodeInput = {
  pixKey: string;
  merchantName: string;
  merchantCity: string;
  amountCents?: number;
  txid?: string;
  description?: string;
};

// EMV QRCPS caps the payload at 512 characters; also bounds pix-utils' recursive parser.
const MAX_LENGTH = 512;
const PIX_GUI = 'br.gov.bcb.pix';
// "***" is the BR Code spelling of "no txid" (tag 62-05).
const NO_TXID = '***';
const LIBRARY_ERRORS: Record<string, string> = {
  'invalid emv code': 'malformed EMV structure (tag/length/value)',
  'invalid crc': 'CRC16 checksum (tag 63) does not match',
  'invalid pix': 'not a Pix BR Code: no Pix key or location URL',
};

/** Decodes and checks a BR Code locally. Never throws: problems are listed in `errors`. */
export function decodeBrCode(brCode: string): DecodedBrCode {
  try {
    return decode(brCode);
  } catch {
    return invalid(['could not be parsed']);
  }
}

function decode(brCode: string): DecodedBrCode {
  if (typeof brCode !== 'string' || brCode.length === 0) return invalid(['is empty or not a string']);
  if (brCode.length > MAX_LENGTH) return invalid([`is longer than ${MAX_LENGTH} characters`]);
  const parsed = parsePix(brCode);
  if (hasError(parsed)) return invalid([LIBRARY_ERRORS[parsed.message] ?? parsed.message]);
  const tags = readTlv(brCode);
  if (!tags) return invalid([LIBRARY_ERRORS['invalid emv code']]);

  const errors = checkEnvelope(tags);
  const amountCents = readAmount(tags.get('54'), errors);
  const txid = readTlv(tags.get('62') ?? '')?.get('05');
  const common = { amountCents, txid: txid && txid !== NO_TXID ? txid : null };
  if (parsed.type === PixElementType.STATIC || parsed.type === PixElementType.DYNAMIC) {
    const isStatic = parsed.type === PixElementType.STATIC;
    return {
      ...common,
      valid: errors.length === 0,
      errors,
      kind: parsed.type,
      pixKey: isStatic ? parsed.pixKey || null : null,
      url: isStatic ? null : parsed.url || null,
      merchantName: parsed.merchantName || null,
      merchantCity: parsed.merchantCity || null,
    };
  }
  // pix-utils also knows recurrence-only codes (Pix Automático, tag 80 without key or URL).
  return invalid([...errors, 'recurrence-only BR Codes (Pix Automático) are not supported']);
}

function checkEnvelope(tags: Map<string, string>): string[] {
  const errors: string[] = [];
  if (tags.get('00') !== '01') errors.push('payload format indicator (tag 00) must be "01"');
  const gui = readTlv(tags.get('26') ?? '')?.get('00');
  if (gui?.toLowerCase() !== PIX_GUI) errors.push(`merchant account (tag 26) must carry the "${PIX_GUI}" GUI`);
  if (tags.get('53') !== '986') errors.push('currency (tag 53) must be 986 (BRL)');
  if (tags.get('58') !== 'BR') errors.push('country code (tag 58) must be BR');
  return errors;
}

function readAmount(raw: string | undefined, errors: string[]): number | null {
  if (raw === undefined) return null;
  const parsed = raw.length <= 13 ? parseDecimal(raw) : null;
  if (parsed?.ok) return parsed.cents;
  errors.push('transaction amount (tag 54) is not a valid decimal amount');
  return null;
}

/** One level of EMV TLV ("IDLLvalue…"), or null when it does not tile the string exactly. */
function readTlv(text: string): Map<string, string> | null {
  const tags = new Map<string, string>();
  for (let i = 0; i < text.length; ) {
    const head = text.slice(i, i + 4);
    if (!/^[0-9]{4}$/.test(head)) return null;
    const length = Number(head.slice(2));
    const value = text.slice(i + 4, i + 4 + length);
    if (value.length !== length) return null;
    tags.set(head.slice(0, 2), value);
    i += 4 + length;
  }
  return tags;
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
  if (mai > 99) throw new Error('pixKey and description together are too long for a BR Code (template over 99 characters)');

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
 * BR Code text is restricted to printable ASCII; accents are stripped ("São" → "Sao") the way
 * pix-utils does for name and city, other characters are refused: pix-utils counts EMV lengths in
 * UTF-16 units but computes the CRC over UTF-8 bytes, so non-ASCII text makes readers disagree.
 */
function ascii(value: string, field: string): string {
  const text = String(value).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (!/^[\x20-\x7e]*$/.test(text)) throw new Error(`${field} must contain printable ASCII characters only`);
  return text;
}

function invalid(errors: string[]): DecodedBrCode {
  return {
    valid: false, errors, kind: null, pixKey: null, amountCents: null,
    merchantName: null, merchantCity: null, txid: null, url: null,
  };
}
