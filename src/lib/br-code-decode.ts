/**
 * Local BR Code decoding (Pix "copia e cola", EMV® QRCPS as Bacen's BR Code manual profiles it).
 * It lists EVERY problem it finds rather than stopping at the first, so a caller debugging a code
 * sees "truncated" and "not a Pix GUI" together: pix-utils' parser (still used to create codes, in
 * br-code.ts) answers one message and nothing else. Pure string work, no network, never throws.
 *
 * Fields are reported only when the code is intact (every TLV length consistent, CRC16 correct)
 * and is a Pix code (Pix GUI with a key or a URL): values read from a corrupted code are not
 * something a caller should act on.
 *
 * Text (issue 30): lengths count characters and the CRC16 is checked under the encodings common
 * generators use (br-code-text.ts); non-ASCII text is a warning, so a code bank apps read stays
 * valid, while control and bidi characters in what is reported are an error.
 */
import {
  checkCrcEncodings,
  checkDecodedText,
  CODE_POINTS_WARNING,
  crc16OfBytes,
  hasAstralCharacters,
  hasUnpairedSurrogate,
  LOWER_CASE_CRC_WARNING,
  showSafely,
  splitForCounting,
  type LengthCounting,
} from './br-code-text';
import { parseDecimal } from './money';

export type BrCodeKind = 'STATIC' | 'DYNAMIC';
export type DecodedBrCode = {
  valid: boolean;
  errors: string[];
  /** What does not stop the code from being paid but a caller may want to show or check. */
  warnings: string[];
  kind: BrCodeKind | null;
  pixKey: string | null;
  amountCents: number | null;
  merchantName: string | null;
  merchantCity: string | null;
  /** Free text of a static code (tag 26-02, "infoAdicional"). */
  description: string | null;
  txid: string | null;
  url: string | null;
};

// EMV QRCPS caps the payload at 512 characters; also bounds the work done on hostile input.
const MAX_LENGTH = 512;
const PIX_GUI = 'br.gov.bcb.pix';
// "***" is the BR Code spelling of "no txid" (tag 62-05).
const NO_TXID = '***';

interface Walk {
  tags: Map<string, string>;
  order: string[];
  /** Every TLV length was consistent up to the end of the text. */
  complete: boolean;
}

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
  if (hasUnpairedSurrogate(brCode)) return invalid(['is not well-formed text: it contains an unpaired surrogate']);
  const asWritten = decodeCounting(brCode, 'UTF16_UNITS');
  if (asWritten.valid || !hasAstralCharacters(brCode)) return asWritten;
  // Only beyond the BMP do the two countings differ; the code-point reading is a fallback.
  const inCodePoints = decodeCounting(brCode, 'CODE_POINTS');
  return inCodePoints.valid ? { ...inCodePoints, warnings: [CODE_POINTS_WARNING, ...inCodePoints.warnings] } : asWritten;
}

function decodeCounting(brCode: string, counting: LengthCounting): DecodedBrCode {
  const errors: string[] = [];
  const warnings: string[] = [];
  const top = walk(brCode, '', errors, counting);
  checkCrc(brCode, top, errors, warnings);
  const intact = errors.length === 0;
  const account = readMerchantAccount(top, errors, counting);
  checkEnvelope(top, errors, counting);
  const amountCents = readAmount(top.tags.get('54'), errors);
  const txid = readTxid(top.tags.get('62'), errors, counting);
  const kind: BrCodeKind | null = account.pixKey ? 'STATIC' : account.url ? 'DYNAMIC' : null;
  if (!intact || !account.complete || kind === null) return invalid(errors, warnings);
  const text = { pixKey: account.pixKey, description: account.description, url: account.url, merchantName: top.tags.get('59') || null, merchantCity: top.tags.get('60') || null };
  const errorsBefore = errors.length;
  checkDecodedText(text, errors, warnings);
  // Text that would read differently from what it is must not be shown at all.
  if (errors.length > errorsBefore) return invalid(errors, warnings);
  return { valid: errors.length === 0, errors, warnings, kind, ...text, amountCents, txid };
}

/** One level of EMV TLV ("IDLLvalue…"), read as far as its lengths allow; a break is one error. */
function walk(whole: string, where: string, errors: string[], counting: LengthCounting): Walk {
  const tags = new Map<string, string>();
  const order: string[] = [];
  const text = splitForCounting(whole, counting);
  for (let i = 0; i < text.length;) {
    const head = text.slice(i, i + 4).join('');
    if (!/^[0-9]{4}$/.test(head)) {
      errors.push(
        head.length < 4 && /^[0-9]*$/.test(head)
          ? `truncated${where}: ${head.length} stray character(s) at position ${i}, too short for a tag and a length`
          : `malformed${where} at position ${i}: expected a 2-digit tag and a 2-digit length, found "${showSafely(head)}"`,
      );
      return { tags, order, complete: false };
    }
    const id = head.slice(0, 2);
    const length = Number(head.slice(2));
    const units = text.slice(i + 4, i + 4 + length);
    if (units.length !== length) {
      errors.push(`truncated${where}: tag ${id} declares ${length} characters but only ${units.length} remain`);
      return { tags, order, complete: false };
    }
    const value = units.join('');
    if (hasUnpairedSurrogate(value)) {
      errors.push(`malformed${where}: the length of tag ${id} ends inside a character`);
      return { tags, order, complete: false };
    }
    if (tags.has(id)) errors.push(`tag ${id}${where} appears more than once`);
    tags.set(id, value);
    order.push(id);
    i += 4 + length;
  }
  return { tags, order, complete: true };
}

/** Tag 63 must close the code with the CRC16/CCITT-FALSE of everything before its 4 hex digits. */
function checkCrc(brCode: string, top: Walk, errors: string[], warnings: string[]): void {
  const tail = brCode.slice(-8);
  const closesWithCrc = /^6304[0-9A-Fa-f]{4}$/.test(tail) && (!top.complete || top.order.at(-1) === '63');
  if (!closesWithCrc) {
    errors.push('CRC16 (tag 63) is missing at the end: the code is truncated or does not end with its checksum');
    return;
  }
  const stated = tail.slice(4);
  const check = checkCrcEncodings(brCode.slice(0, -4), stated);
  if (!check.ok) {
    errors.push(`CRC16 checksum (tag 63) does not match: the code says ${stated}, its content gives ${check.computed}`);
    return;
  }
  if (check.warning) warnings.push(check.warning);
  if (/[a-f]/.test(stated)) warnings.push(LOWER_CASE_CRC_WARNING);
}

/** CRC16/CCITT-FALSE (poly 0x1021, init 0xFFFF) over the UTF-8 bytes, as generated codes carry it. */
export function crc16(payload: string): string {
  return crc16OfBytes(Buffer.from(payload, 'utf8'));
}

interface MerchantAccount {
  /** Its inner TLV lengths were consistent. */
  complete: boolean;
  pixKey: string | null;
  url: string | null;
  description: string | null;
}

/** Tag 26: the Pix GUI, then a key (static) or a location URL (dynamic), optional description. */
function readMerchantAccount(top: Walk, errors: string[], counting: LengthCounting): MerchantAccount {
  const none: MerchantAccount = { complete: false, pixKey: null, url: null, description: null };
  const raw = top.tags.get('26');
  if (raw === undefined) {
    if (top.complete) errors.push(`merchant account (tag 26) with the "${PIX_GUI}" GUI is missing: not a Pix BR Code`);
    return none;
  }
  const inner = walk(raw, ' inside tag 26', errors, counting);
  if (inner.tags.get('00')?.toLowerCase() !== PIX_GUI) {
    errors.push(`merchant account (tag 26) must carry the "${PIX_GUI}" GUI: not a Pix BR Code`);
    return none;
  }
  const account = { complete: inner.complete, pixKey: inner.tags.get('01') || null, url: inner.tags.get('25') || null, description: inner.tags.get('02') || null };
  if (account.pixKey && account.url) errors.push('merchant account (tag 26) has both a Pix key (01) and a location URL (25)');
  else if (!account.pixKey && !account.url && inner.complete) {
    errors.push(top.tags.has('80') ? 'recurrence-only BR Codes (Pix Automático) are not supported' : 'not a Pix BR Code: no Pix key (tag 26-01) or location URL (tag 26-25)');
  }
  return account;
}

/** Mandatory fields; when the walk broke off, only the fields it reached are judged. */
function checkEnvelope(top: Walk, errors: string[], counting: LengthCounting): void {
  const length = (value: string) => splitForCounting(value, counting).length;
  const rule = (id: string, ok: (value: string) => boolean, message: string) => {
    const value = top.tags.get(id);
    if (value === undefined ? top.complete : !ok(value)) errors.push(message);
  };
  rule('00', (v) => v === '01', 'payload format indicator (tag 00) must be "01"');
  if (top.tags.has('01') && !['11', '12'].includes(top.tags.get('01')!)) errors.push('point of initiation method (tag 01) must be 11 (static) or 12 (dynamic)');
  rule('52', (v) => /^[0-9]{4}$/.test(v), 'merchant category code (tag 52) must be 4 digits');
  rule('53', (v) => v === '986', 'currency (tag 53) must be 986 (BRL)');
  rule('58', (v) => v === 'BR', 'country code (tag 58) must be BR');
  rule('59', (v) => length(v) >= 1 && length(v) <= 25, 'merchant name (tag 59) must be 1-25 characters');
  rule('60', (v) => length(v) >= 1 && length(v) <= 15, 'merchant city (tag 60) must be 1-15 characters');
}

function readAmount(raw: string | undefined, errors: string[]): number | null {
  if (raw === undefined) return null;
  const parsed = raw.length <= 13 ? parseDecimal(raw) : null;
  if (parsed?.ok && parsed.cents > 0) return parsed.cents;
  errors.push('transaction amount (tag 54) is not a valid decimal amount above 0');
  return null;
}

/** Tag 62-05; "***" (no txid) reads as null. */
function readTxid(raw: string | undefined, errors: string[], counting: LengthCounting): string | null {
  if (raw === undefined) return null;
  const txid = walk(raw, ' inside tag 62', errors, counting).tags.get('05');
  if (txid === undefined || txid === NO_TXID) return null;
  if (/^[A-Za-z0-9]{1,25}$/.test(txid)) return txid;
  errors.push('txid (tag 62-05) must be 1-25 characters from [A-Za-z0-9], or "***"');
  return null;
}

function invalid(errors: string[], warnings: string[] = []): DecodedBrCode {
  return {
    valid: false,
    errors,
    warnings,
    kind: null,
    pixKey: null,
    amountCents: null,
    merchantName: null,
    merchantCity: null,
    description: null,
    txid: null,
    url: null,
  };
}
