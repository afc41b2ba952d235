import { inspect } from 'node:util';
import { brandOf, maskPan, type CardBrandCode } from './card-data';
import type { DocumentKind } from './documents';

/*
 * What the lenient input scalars (src/schema/scalars) hand to resolvers and use cases: plain values
 * the domain can take without importing the schema layer.
 */

/**
 * Marker a lenient scalar (Decimal, CpfCnpj) hands to the resolver instead of throwing.
 *
 * Why: the public contract (docs/frontend-guide.md, "Errors") reports caller-fixable input problems inside mutation
 * payloads as `userErrors` with the input path and a stable code (INVALID), not as top-level GraphQL
 * errors, which graphql-js would produce (and abort the whole operation) if coercion threw. So these
 * scalars accept any *string*, and the mutation's validator turns this marker into a user error.
 * `reason` is a predicate to put after the field name ("amount" + " must have at most 2 fraction
 * digits"); it never contains the raw value. `raw` is the caller's text: it may be a CPF/CNPJ, so
 * never log it unmasked. The card scalars leave it empty: a card number or CVV is never kept.
 */
export class InvalidScalarInput {
  constructor(
    readonly scalar: 'Decimal' | 'CpfCnpj' | 'CardNumber' | 'CardSecurityCode',
    readonly raw: string,
    readonly reason: string,
  ) {}
}

/** What a resolver receives for a `Decimal` argument: integer cents, or the marker to report. */
export type DecimalInput = number | InvalidScalarInput;

/** A CPF or CNPJ whose check digits passed: `value` is unformatted (digits, or uppercase A-Z0-9). */
export type DocumentValue = { kind: DocumentKind; value: string };
/** What a resolver receives for a `CpfCnpj` argument. */
export type CpfCnpjInput = DocumentValue | InvalidScalarInput;

/**
 * A Luhn-valid card number as the resolver receives it. The digits live in a private field: a
 * log call, JSON.stringify, util.inspect or Object.entries (idempotency fingerprints) only ever
 * see the brand and the masked number. `digits()` is called once, where the provider body is built.
 */
export class CardNumberValue {
  readonly #digits: string;
  readonly brand: CardBrandCode;
  readonly masked: string;

  constructor(digits: string) {
    this.#digits = digits;
    this.brand = brandOf(digits);
    this.masked = maskPan(digits);
  }

  digits(): string {
    return this.#digits;
  }

  toJSON(): string {
    return this.masked;
  }

  toString(): string {
    return this.masked;
  }

  [inspect.custom](): string {
    return `CardNumber(${this.masked})`;
  }
}

export type CardNumberInput = CardNumberValue | InvalidScalarInput;

/** A card security code (CVV/CVC); like CardNumberValue, only `code()` reveals it. */
export class CardSecurityCodeValue {
  readonly #code: string;

  constructor(code: string) {
    this.#code = code;
  }

  code(): string {
    return this.#code;
  }

  /** Its length, for the brand check: the one property that is not secret. */
  get length(): number {
    return this.#code.length;
  }

  toJSON(): string {
    return '[CVV]';
  }

  toString(): string {
    return '[CVV]';
  }

  [inspect.custom](): string {
    return 'CardSecurityCode([CVV])';
  }
}

export type CardSecurityCodeInput = CardSecurityCodeValue | InvalidScalarInput;
