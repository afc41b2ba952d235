import { parseDocument } from '../../lib/documents';
import { PixKeyType } from './model';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+55[1-9][0-9]{9,10}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type PixKeyCheck = { ok: true; value: string } | { ok: false; reason: string };

/**
 * A Pix key of the given type (ASM-A30), normalised to the form Astra expects: CPF/CNPJ digits
 * only with valid check digits, e-mail lowercased, phone `+55` + DDD + number, random key (EVP) as
 * a lowercase UUID.
 */
export function checkPixKey(type: PixKeyType, raw: string, emailMax: number): PixKeyCheck {
  const text = raw.trim();
  switch (type) {
    case PixKeyType.CPF:
    case PixKeyType.CNPJ: {
      const parsed = parseDocument(text);
      if (!parsed.ok) return { ok: false, reason: `is not a valid ${type}: it ${parsed.reason}` };
      if (parsed.kind !== (type as string)) return { ok: false, reason: `is a ${parsed.kind}, not a ${type}` };
      return { ok: true, value: parsed.value };
    }
    case PixKeyType.EMAIL:
      if (text.length > emailMax || !EMAIL.test(text)) return { ok: false, reason: `must be an e-mail address of at most ${emailMax} characters` };
      return { ok: true, value: text.toLowerCase() };
    case PixKeyType.PHONE:
      if (!PHONE.test(text)) return { ok: false, reason: 'must be a Brazilian phone number: +55, area code and number (e.g. +5511987654321)' };
      return { ok: true, value: text };
    case PixKeyType.RANDOM:
      if (!UUID.test(text)) return { ok: false, reason: 'must be a random key (a UUID such as 123e4567-e89b-12d3-a456-426614174000)' };
      return { ok: true, value: text.toLowerCase() };
    default:
      return { ok: false, reason: 'has an unknown key type' };
  }
}
