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
