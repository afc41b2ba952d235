/**
 * CPF / CNPJ parsing. Check digits come from @brazilian-utils/brazilian-utils (wrapped here, not hand-written),
 * including the alphanumeric CNPJ that the Receita Federal issues from July 2026
 * (`isValidCnpj(x, { version: 2 })`, which accepts both the numeric and the alphanumeric form).
 *
 * The library is lenient about the *shape* of its input (it accepts any mix of ".", "-", "/" and
 * whitespace anywhere, e.g. "123-456-789.09" or "123456789 09\n"), so the shape is checked here
 * first: digits only, or the one canonical mask. The check digits are left to the library.
 */
import { isValidCnpj, isValidCpf } from '@brazilian-utils/brazilian-utils';

export type DocumentKind = 'CPF' | 'CNPJ';
export type ParseDocumentResult = { ok: true; kind: DocumentKind; value: string } | { ok: false; reason: string };

const CPF_PLAIN = /^[0-9]{11}$/;
const CPF_MASKED = /^[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2}$/;
// New CNPJ: 12 characters from [0-9A-Z] (root + branch), then 2 numeric check digits.
const CNPJ_PLAIN = /^[0-9A-Z]{12}[0-9]{2}$/;
const CNPJ_MASKED = /^[0-9A-Z]{2}\.[0-9A-Z]{3}\.[0-9A-Z]{3}\/[0-9A-Z]{4}-[0-9]{2}$/;
// Longest accepted input is a masked CNPJ (18); anything much longer is not worth looking at.
const MAX_INPUT = 32;

/** Accepts a CPF or CNPJ, plain or in its usual mask; returns it unformatted. Never throws. */
export function parseDocument(input: string): ParseDocumentResult {
  if (typeof input !== 'string') return fail('must be a string');
  // Surrounding whitespace is forgiven (copy-paste); lowercase letters of the new CNPJ are
  // normalised to uppercase, the form the Receita publishes.
  const text = input.trim().toUpperCase();
  if (text.length === 0) return fail('must not be empty');
  if (text.length > MAX_INPUT) return fail('is too long to be a CPF or CNPJ');

  if (CPF_PLAIN.test(text) || CPF_MASKED.test(text)) {
    const value = text.replace(/[.-]/g, '');
    return isValidCpf(value) ? { ok: true, kind: 'CPF', value } : fail('is not a valid CPF (check digits)');
  }
  if (CNPJ_PLAIN.test(text) || CNPJ_MASKED.test(text)) {
    const value = text.replace(/[./-]/g, '');
    return isValidCnpj(value, { version: 2 }) ? { ok: true, kind: 'CNPJ', value } : fail('is not a valid CNPJ (check digits)');
  }
  return fail('must be a CPF (11 digits) or a CNPJ (14 characters), digits only or formatted like 123.456.789-09 / 12.345.678/0001-95');
}

/**
 * Masks a document for logs (docs/security.md): only a few middle characters survive, never the whole
 * number. Anything that is not 11 or 14 characters once unformatted is masked completely.
 */
export function maskDocument(value: string): string {
  const raw = String(value ?? '')
    .replace(/[.\-/\s]/g, '')
    .toUpperCase();
  if (raw.length === 11) return `***.${raw.slice(3, 6)}.${raw.slice(6, 9)}-**`;
  if (raw.length === 14) return `**.${raw.slice(2, 5)}.${raw.slice(5, 8)}/****-**`;
  return '***';
}

function fail(reason: string): ParseDocumentResult {
  return { ok: false, reason };
}
