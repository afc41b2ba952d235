import { brl, type MoneyValue } from '../../../domain/models';

/**
 * THE money conversion of Automatic Pix (ASM-A38): this product takes integer cents on the wire,
 * while every other Astra product takes decimal reais (those go through lib/money's
 * centsToReais/reaisToCents). Paygraph's internal unit is already integer cents, so the conversion
 * is an identity guarded at both ends: nothing here may ever divide by 100, and a wire value that
 * is not a non-negative safe integer is refused instead of being rounded into a wrong debit.
 */
export function centsToWire(cents: number): number {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new Error(`Automatic Pix amounts are integer cents, got ${String(cents)}`);
  return cents;
}

/** A wire amount (cents) → Money. Throws on a fraction, negative or unsafe number (a provider bug, not a rounding question). */
export function moneyFromWire(cents: number): MoneyValue {
  if (typeof cents !== 'number' || !Number.isSafeInteger(cents) || cents < 0) throw new Error(`Astra sent an Automatic Pix amount that is not integer cents: ${String(cents)}`);
  return brl(cents);
}

export function optionalMoneyFromWire(cents: number | null | undefined): MoneyValue | null {
  return cents == null ? null : moneyFromWire(cents);
}
