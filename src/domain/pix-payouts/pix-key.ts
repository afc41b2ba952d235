import { parseDocument } from '../../lib/documents';
import { hasForbiddenText } from '../text-policy';
import { PixKeyType } from './model';

/**
 * E-mail keys as the DICT stores them: ASCII only, a local part of the RFC 5322 "atext"
 * characters with single dots between runs, a domain of letter/digit/hyphen labels (no label
 * starting or ending with "-") and a top-level label of at least two letters. Quoted local parts,
 * comments and IP-literal domains are legal in e-mail but not in a Pix key.
 */
const EMAIL_LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const EMAIL_DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;
/**
 * Brazilian numbers in E.164 as the DICT keeps them: `+55`, a two-digit area code (DDD; Anatel
 * uses no 0 in either digit), then a 9-digit mobile number starting with 9 or an 8-digit landline
 * starting with 2–5.
 */
const PHONE = /^\+55[1-9]{2}(?:9[0-9]{8}|[2-5][0-9]{7})$/;
/** Random keys (EVP) are UUID version 4 (RFC 9562 variant), which the DICT writes in lowercase. */
const EVP = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export type PixKeyCheck = { ok: true; value: string } | { ok: false; reason: string };

/**
 * A Pix key of the given type (ASM-A30), normalised to the form Astra expects: CPF/CNPJ digits
 * only with valid check digits, e-mail lowercased, phone `+55` + DDD + number, random key (EVP) as
 * a lowercase UUID v4. Control and bidirectional characters are refused for every type (the text
 * policy already refuses them at the edge; this keeps the rule true for any other caller).
 */
export function checkPixKey(type: PixKeyType, raw: string, emailMax: number): PixKeyCheck {
  if (hasForbiddenText(raw)) return { ok: false, reason: 'must not contain control or bidirectional-override characters' };
  const text = raw.trim();
  switch (type) {
    case PixKeyType.CPF:
    case PixKeyType.CNPJ:
      return checkDocumentKey(type, text);
    case PixKeyType.EMAIL:
      return checkEmailKey(text, emailMax);
    case PixKeyType.PHONE:
      if (!PHONE.test(text)) return { ok: false, reason: 'must be a Brazilian phone number: +55, area code and number (e.g. +5511987654321)' };
      return { ok: true, value: text };
    case PixKeyType.RANDOM: {
      const value = text.toLowerCase();
      if (!EVP.test(value)) return { ok: false, reason: 'must be a random key: a UUID version 4 such as 2b7e1c4d-9a3f-4e8b-b6d2-7c1f0e9a8b35' };
      return { ok: true, value };
    }
    default:
      return { ok: false, reason: 'has an unknown key type' };
  }
}

function checkDocumentKey(type: PixKeyType.CPF | PixKeyType.CNPJ, text: string): PixKeyCheck {
  const parsed = parseDocument(text);
  if (!parsed.ok) return { ok: false, reason: `is not a valid ${type}: it ${parsed.reason}` };
  if (parsed.kind !== (type as string)) return { ok: false, reason: `is a ${parsed.kind}, not a ${type}` };
  return { ok: true, value: parsed.value };
}

function checkEmailKey(text: string, emailMax: number): PixKeyCheck {
  const at = text.lastIndexOf('@');
  const valid = text.length <= emailMax && at > 0 && EMAIL_LOCAL.test(text.slice(0, at)) && EMAIL_DOMAIN.test(text.slice(at + 1));
  if (!valid) return { ok: false, reason: `must be an e-mail address of at most ${emailMax} characters` };
  return { ok: true, value: text.toLowerCase() };
}
