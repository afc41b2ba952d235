import { hasForbiddenText } from './unsafe-text';

/**
 * The text side of BR Code decoding (issue 30): how lengths are counted, which byte encodings the
 * CRC16 is checked under, and what the decoded text may contain. Bacen's manual profiles EMV text
 * as printable ASCII, but codes found in the wild carry accents ("Pão de queijo") and bank apps
 * read them; generators disagree only on how they count and encode that text, so each of their
 * conventions is accepted here, and named in a warning when it is not the one pix-utils writes.
 */

/**
 * How TLV lengths count characters. JavaScript generators (pix-utils: `value.length`) count UTF-16
 * code units; Python generators (`len(value)`) count code points. They differ only beyond the BMP
 * (an emoji is 2 units, 1 code point). Lengths in UTF-8 bytes (PHP `strlen`) are not characters
 * and are not accepted.
 */
export type LengthCounting = 'UTF16_UNITS' | 'CODE_POINTS';

/** The text split into what one length unit counts: joining any slice gives the text back. */
export function splitForCounting(text: string, counting: LengthCounting): string[] {
  return counting === 'UTF16_UNITS' ? text.split('') : Array.from(text);
}

export const CODE_POINTS_WARNING =
  'lengths count code points (an emoji as one character), not UTF-16 units as pix-utils writes them: readers that count UTF-16 units refuse this code';

/** Characters beyond the BMP: the only ones the two countings disagree on. */
export function hasAstralCharacters(text: string): boolean {
  return /[\u{10000}-\u{10FFFF}]/u.test(text);
}

/** A lone surrogate has no UTF-8 form: such a string is not text any generator could write. */
export function hasUnpairedSurrogate(text: string): boolean {
  return /\p{Cs}/u.test(text);
}

/**
 * The byte encodings a CRC16 is checked under, first match wins. UTF-8 is what pix-utils
 * (TextEncoder) and the EMV specification use. ISO-8859-1 (one byte per character) is what the
 * many generators that feed `charCodeAt` (or a Latin-1 string) to the CRC produce; it covers every
 * Portuguese accent, and is tried only for text it can encode that is not plain ASCII (where both
 * give the same bytes). Under the encoding a code was written in, a changed ASCII character is
 * always caught (CRC16 catches every burst of up to 16 bits); the other encoding gives an unrelated
 * value that matches by chance, 1 in 65,536, and only for accented text. So accepting two doubles
 * the odds that a random corruption passes, from 1 to 2 in 65,536.
 */
const CRC_ENCODINGS: ReadonlyArray<{ name: string; bytes: (text: string) => Buffer | null; warning: string | null }> = [
  { name: 'UTF-8', bytes: (text) => Buffer.from(text, 'utf8'), warning: null },
  {
    name: 'ISO-8859-1',
    bytes: (text) => (/[\u0080-\uffff]/.test(text) && !/[\u0100-\uffff]/.test(text) ? Buffer.from(text, 'latin1') : null),
    warning:
      'CRC16 (tag 63) matches the text encoded as ISO-8859-1 (one byte per character), not UTF-8 as pix-utils and the EMV specification encode it: some readers refuse this code',
  },
];

export type CrcCheck = { ok: true; warning: string | null } | { ok: false; computed: string };

/** Checks `stated` (4 hex digits) against `payload` under each accepted encoding. */
export function checkCrcEncodings(payload: string, stated: string): CrcCheck {
  const tried: Array<{ crc: string; encoding: string }> = [];
  for (const encoding of CRC_ENCODINGS) {
    const bytes = encoding.bytes(payload);
    if (bytes === null) continue;
    const crc = crc16OfBytes(bytes);
    if (crc === stated.toUpperCase()) return { ok: true, warning: encoding.warning };
    tried.push({ crc, encoding: encoding.name });
  }
  // Plain ASCII has one reading: no need to name the encoding.
  return { ok: false, computed: tried.length === 1 ? tried[0].crc : tried.map(({ crc, encoding }) => `${crc} in ${encoding}`).join(' or ') };
}

/** CRC16/CCITT-FALSE (poly 0x1021, init 0xFFFF), upper-case hex. */
export function crc16OfBytes(bytes: Uint8Array): string {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

export const LOWER_CASE_CRC_WARNING = 'CRC16 (tag 63) is written in lower case: readers that compare it as text (pix-utils) refuse this code';

/** `text` as it may appear inside an error message: unsafe characters and lone surrogates escaped. */
export function showSafely(text: string): string {
  return text.replace(/[\p{Cc}\p{Cs}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/** The decoded text fields, in reading order, with the label problems are reported under. */
export const TEXT_FIELDS = [
  ['pixKey', 'Pix key (tag 26-01)'],
  ['description', 'free text (tag 26-02)'],
  ['url', 'location URL (tag 26-25)'],
  ['merchantName', 'merchant name (tag 59)'],
  ['merchantCity', 'merchant city (tag 60)'],
] as const;
type TextFieldName = (typeof TEXT_FIELDS)[number][0];

/** Errors for unsafe characters and warnings for non-ASCII ones, field by field. */
export function checkDecodedText(fields: Record<TextFieldName, string | null>, errors: string[], warnings: string[]): void {
  for (const [name, label] of TEXT_FIELDS) {
    const value = fields[name];
    if (value === null) continue;
    if (hasForbiddenText(value)) errors.push(`${label} contains control or bidirectional-override characters`);
    else if (/[^\x20-\x7e]/.test(value)) warnings.push(nonAsciiWarning(name, label));
  }
}

function nonAsciiWarning(name: TextFieldName, label: string): string {
  // A key is never prose: e-mail, phone, CPF/CNPJ and random keys are ASCII, so a look-alike
  // letter (Cyrillic "а" for "a") is the likely reason, and the payer's bank will not find the key.
  if (name === 'pixKey') return `${label} contains non-ASCII characters, which no Pix key type has: check it is the key you expect`;
  return `${label} contains non-ASCII characters: shown as written; the EMV profile expects ASCII, and some readers strip accents`;
}
