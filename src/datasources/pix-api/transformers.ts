import { parseDecimal } from '../../lib/money';
import type { PartyRecord } from '../../domain/models';
import type { PixApiPartyWire } from './wire';

/** Wire helpers every API Pix family uses. */

/** `"37.00"` → 3700 cents, by string arithmetic (never a float). Throws on a malformed amount. */
export function centsFromWire(value: string | undefined): number {
  const parsed = parseDecimal(value ?? '');
  if (!parsed.ok) throw new Error(`The PSP sent an amount that is not \\d{1,10}.\\d{2}: ${parsed.reason}`);
  return parsed.cents;
}

export function instantFromWire(value: string | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function partyFromWire(party: PixApiPartyWire | undefined): PartyRecord | null {
  if (!party) return null;
  return { name: party.nome ?? null, document: party.cpf ?? party.cnpj ?? null };
}
