/**
 * Provider-neutral records shared by every family. Each family's own records live in
 * `domain/<family>/model.ts`. Money is always integer cents.
 */
export enum CurrencyCode {
  BRL = 'BRL',
}

export interface MoneyValue {
  /** Integer cents. */
  amount: number;
  currency: CurrencyCode;
}

export interface PartyRecord {
  name: string | null;
  document: string | null;
}

/** One window of a provider list, as an offset page (lists become Relay connections on top). */
export interface Page<T> {
  items: T[];
  totalCount: number | null;
  hasNextPage: boolean;
}

export function brl(cents: number): MoneyValue {
  return { amount: cents, currency: CurrencyCode.BRL };
}
