/* eslint-disable */
// GENERATED FILE, DO NOT EDIT. Written by `npm run codegen` (codegen.yml) from schema.graphql and
// examples/checkout/operations/server. `npm test` fails when it is stale.
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Input only: a card number (PAN), 13–19 digits (spaces and dashes ignored), Luhn check digit verified, brand from the prefix. An invalid number inside a mutation input is reported in `userErrors` (code INVALID, with the field path); no error message ever repeats the number. Paygraph never returns, logs or stores it: outputs carry `maskedNumber` (first 6 + last 4). */
  CardNumber: { input: string; output: string; }
  /** Input only: the card security code (CVV/CVC) as a string, 3 digits (4 for AMEX). Problems are reported in `userErrors` without repeating the value; Paygraph passes it to the provider and never returns, logs or stores it. */
  CardSecurityCode: { input: string; output: string; }
  /** A Brazilian taxpayer id: CPF (11 digits) or CNPJ (14 characters; the alphanumeric CNPJ is supported), check digits verified. Input may be plain or formatted ("123.456.789-09", "12.345.678/0001-95"); output is unformatted. An invalid document inside a mutation input is reported in `userErrors` with code INVALID and the field path. */
  CpfCnpj: { input: string; output: string; }
  /** A calendar day, a calendar date yyyy-MM-dd, e.g. "2025-01-15" (a Brasília day where Paygraph says so): no time, no zone. Output is always a real date in this form. */
  Date: { input: string; output: string; }
  /** An instant in time. Input: an ISO-8601 instant with a timezone, e.g. "2025-01-15T10:00:00Z" or "2025-01-15T07:00:00.000-03:00". Output: UTC with milliseconds, e.g. "2025-01-15T10:00:00.000Z". */
  DateTime: { input: string; output: string; }
  /** An amount in BRL as a string, always with two fraction digits on output, e.g. "100.00". Input accepts "100", "100.5" or "100.50": digits, optionally "." and at most 2 fraction digits (no sign, exponent, comma or spaces). JSON numbers are rejected. A malformed amount inside a mutation input is reported in `userErrors` with code INVALID and the field path. */
  Decimal: { input: string; output: string; }
};

/** Which authorizations to list. All given conditions must hold. */
export type AutomaticPixAuthorizationFilter = {
  contractReference?: InputMaybe<Scalars['String']['input']>;
  payerDocument?: InputMaybe<Scalars['CpfCnpj']['input']>;
  provider?: InputMaybe<PaymentProvider>;
  status?: InputMaybe<AutomaticPixAuthorizationStatus>;
};

/** Normalized status of an Automatic Pix authorization. REJECTED, EXPIRED and CANCELLED are terminal. */
export type AutomaticPixAuthorizationStatus =
  /** Approved: payments may be scheduled. */
  | 'APPROVED'
  /** Revoked by the payer after approval. Terminal. */
  | 'CANCELLED'
  /** Not approved in time. Terminal. */
  | 'EXPIRED'
  /** Waiting for the payer to approve it in their bank app. */
  | 'PENDING'
  /** Refused by the payer or their institution. Terminal. */
  | 'REJECTED'
  /** The provider reported a status Paygraph does not know; see `providerStatus`. */
  | 'UNKNOWN';

/** The first debit, scheduled automatically once the authorization is approved. */
export type AutomaticPixFirstPaymentInput = {
  /** Amount in BRL, e.g. "99.90"; within min/max when they are given. */
  amount: Scalars['Decimal']['input'];
  /** Date of the first debit (yyyy-MM-dd, Brasília calendar); tomorrow or later. */
  date: Scalars['String']['input'];
};

/** Which payments to list. All given conditions must hold; dates apply to `scheduledDate`. */
export type AutomaticPixPaymentFilter = {
  /** Only payments of this authorization (global id). */
  authorizationId?: InputMaybe<Scalars['ID']['input']>;
  provider?: InputMaybe<PaymentProvider>;
  /** From this scheduled date (yyyy-MM-dd, Brasília calendar), inclusive. */
  scheduledFrom?: InputMaybe<Scalars['String']['input']>;
  /** Up to this scheduled date (yyyy-MM-dd, Brasília calendar), inclusive. */
  scheduledTo?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<AutomaticPixPaymentStatus>;
};

/** Normalized status of an Automatic Pix payment. A FAILED payment may be retried (retryAutomaticPixPayment). */
export type AutomaticPixPaymentStatus =
  /** The authorization ended before the debit ran. Terminal. */
  | 'CANCELLED'
  /** Both attempts of `scheduledDate` failed; `failureReason` says why. */
  | 'FAILED'
  /** Settled; `endToEndId` is set. Terminal. */
  | 'PAID'
  /** Waiting for `scheduledDate`. */
  | 'SCHEDULED'
  /** The provider reported a status Paygraph does not know; see `providerStatus`. */
  | 'UNKNOWN';

/** How often the payer expects a debit, as an ISO-8601 duration. */
export type AutomaticPixPeriodicity =
  /** Monthly. */
  | 'P1M'
  /** Weekly. */
  | 'P1W'
  /** Yearly. */
  | 'P1Y'
  /** Quarterly. */
  | 'P3M'
  /** Every six months. */
  | 'P6M';

/** Static or dynamic Pix BR Code. */
export type BrCodeKind =
  /** Carries a location URL the payer's bank fetches the charge from (e.g. a PixCharge brCode). */
  | 'DYNAMIC'
  /** Carries a Pix key (and maybe an amount); payable any number of times. */
  | 'STATIC';

export type CancelCardRecurrenceInput = {
  /** The ACTIVE CardRecurrence to cancel. */
  recurrenceId: Scalars['ID']['input'];
};

export type CancelCardRecurrenceScheduleInput = {
  /** The CardRecurrence. */
  recurrenceId: Scalars['ID']['input'];
  /** The SCHEDULED charge to skip: the provider's CardRecurrenceSchedule.scheduleId (not a global id). */
  scheduleId: Scalars['ID']['input'];
};

export type CancelCardTransactionInput = {
  /** The APPROVED CardTransaction to cancel (full amount only). */
  transactionId: Scalars['ID']['input'];
};

/** Which charge to cancel. */
export type CancelDueDatePixChargeInput = {
  /** The DueDatePixCharge id. */
  id: Scalars['ID']['input'];
};

/** Cancel an unpaid Pix charge so it can no longer be paid. */
export type CancelPixChargeInput = {
  /** Global id of the PixCharge to cancel. */
  id: Scalars['ID']['input'];
  /** Repeat-safe key, as CreatePixChargeInput.idempotencyKey (cancelling twice is harmless either way). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** Card network, from the number prefix. */
export type CardBrand =
  | 'AMEX'
  | 'ELO'
  | 'MASTERCARD'
  | 'OTHER'
  | 'VISA';

/** The card itself. Validated (Luhn, length, expiry) before any provider call; never returned, logged or stored. */
export type CardInput = {
  /** 1–12. */
  expiryMonth: Scalars['Int']['input'];
  /** Four digits, e.g. 2030. The card must not have expired. */
  expiryYear: Scalars['Int']['input'];
  /** Name printed on the card (at most 100 characters). */
  holderName: Scalars['String']['input'];
  number: Scalars['CardNumber']['input'];
};

/** Who pays. */
export type CardPayerInput = {
  document: Scalars['CpfCnpj']['input'];
};

/** How one charge attempt of a card recurrence ended. */
export type CardRecurrenceAttemptOutcome =
  /** The charge was declined; the schedule is retried the next day, or FAILED after maxAttempts. */
  | 'DECLINED'
  /** The card was charged. */
  | 'PAID';

/** Why a recurrence was cancelled. */
export type CardRecurrenceCancelReason =
  /** cancelCardRecurrence (or the provider portal). */
  | 'CLIENT_REQUEST'
  /** A charge was declined maxAttempts times (one attempt a day). */
  | 'MAX_ATTEMPTS_REACHED'
  /** A reason Paygraph does not know yet. */
  | 'OTHER';

/** Filters for `cardRecurrences`. */
export type CardRecurrenceFilter = {
  /** Only recurrences of this card owner's CPF/CNPJ. */
  payerDocument?: InputMaybe<Scalars['CpfCnpj']['input']>;
  provider?: InputMaybe<PaymentProvider>;
  reference?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CardRecurrenceStatus>;
};

/** How often the card is charged, counted from startDate. */
export type CardRecurrenceFrequency =
  | 'DAILY'
  | 'MONTHLY'
  | 'WEEKLY'
  | 'YEARLY';

/** Status of one planned charge. */
export type CardRecurrenceScheduleStatus =
  /** Skipped with cancelCardRecurrenceSchedule, or dropped when the recurrence was cancelled. */
  | 'CANCELLED'
  /** Declined maxAttempts times; the recurrence is cancelled (MAX_ATTEMPTS_REACHED). */
  | 'FAILED'
  /** A charge was approved; see transaction. */
  | 'PAID'
  /** Pending, including between retries of a declined charge. */
  | 'SCHEDULED'
  /** A status Paygraph does not know yet; see providerStatus. */
  | 'UNKNOWN';

/** Normalized status of a card recurrence. */
export type CardRecurrenceStatus =
  /** Charging on schedule. */
  | 'ACTIVE'
  /** Cancelled by you, or by the provider after a charge failed maxAttempts times (see cancelReason). Terminal. */
  | 'CANCELLED'
  /** LIMITED_TIMES and every planned charge is final. Terminal. */
  | 'COMPLETED'
  /** A status Paygraph does not know yet; see providerStatus. */
  | 'UNKNOWN';

/** How long a recurrence runs. */
export type CardRecurrenceType =
  /** Until cancelled. */
  | 'INDETERMINATE'
  /** A fixed number of charges (`count`). */
  | 'LIMITED_TIMES';

/** Filters for `cardTransactions`. */
export type CardTransactionFilter = {
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  nsu?: InputMaybe<Scalars['String']['input']>;
  provider?: InputMaybe<PaymentProvider>;
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Only charges of this SavedCard. */
  savedCardId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<CardTransactionStatus>;
};

/** Normalized card transaction status. */
export type CardTransactionStatus =
  /** Authorized and captured. */
  | 'APPROVED'
  /** An approved transaction cancelled (fully refunded) through the API. */
  | 'CANCELLED'
  /** Disputed by the cardholder after approval. */
  | 'CHARGED_BACK'
  /** Refused by the issuer; see returnCode. Terminal. */
  | 'DECLINED'
  /** A status Paygraph does not know yet; see providerStatus. */
  | 'UNKNOWN';

/** A charge on a card given in full (`card` + `securityCode`) or on a saved card (`savedCardId`). Exactly one of `card` and `savedCardId`. */
export type ChargeCardInput = {
  /** Amount in BRL, e.g. "150.00" (0.01–999999.99). */
  amount: Scalars['Decimal']['input'];
  card?: InputMaybe<CardInput>;
  /** Shown on the statement where the network allows (at most 82 characters: Paygraph keeps 18 for its retry marker). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Repeat-safe key, 1–255 printable ASCII characters, kept 24 h per API client. A repeat replays the first outcome (a decline too). If the first attempt got no answer from the provider, a repeat first looks for the transaction that attempt may have made and answers it instead of charging again. Until the provider can no longer complete that attempt (120 s from its start by default), a repeat sends nothing and answers the top-level error OUTCOME_PENDING with retryAfterSeconds. See docs/idempotency.md. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Installments, 1–12 (1 = paid at once). */
  installments?: InputMaybe<Scalars['Int']['input']>;
  payer?: InputMaybe<CardPayerInput>;
  provider?: PaymentProvider;
  /** Your own reference (at most 77 characters). */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** A SavedCard id, instead of `card`. */
  savedCardId?: InputMaybe<Scalars['ID']['input']>;
  /** Required with `card`; optional with `savedCardId`. */
  securityCode?: InputMaybe<Scalars['CardSecurityCode']['input']>;
};

/** A charge on a saved card. */
export type ChargeSavedCardInput = {
  /** Amount in BRL, e.g. "150.00" (0.01–999999.99). */
  amount: Scalars['Decimal']['input'];
  /** Shown on the statement where the network allows (at most 82 characters: Paygraph keeps 18 for its retry marker). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Repeat-safe key, 1–255 printable ASCII characters, kept 24 h per API client. A repeat replays the first outcome (a decline too). If the first attempt got no answer from the provider, a repeat first looks for the transaction that attempt may have made and answers it instead of charging again. Until the provider can no longer complete that attempt (120 s from its start by default), a repeat sends nothing and answers the top-level error OUTCOME_PENDING with retryAfterSeconds. See docs/idempotency.md. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Installments, 1–12 (1 = paid at once). */
  installments?: InputMaybe<Scalars['Int']['input']>;
  payer?: InputMaybe<CardPayerInput>;
  /** Your own reference (at most 77 characters). */
  reference?: InputMaybe<Scalars['String']['input']>;
  savedCardId: Scalars['ID']['input'];
  /** Optional (ASM-A50). */
  securityCode?: InputMaybe<Scalars['CardSecurityCode']['input']>;
};

/** What the payer is asked to authorize. Validated before any provider call; problems come back in `userErrors`. */
export type CreateAutomaticPixAuthorizationInput = {
  /** Debtor of the contract when not the payer. */
  contractDebtor?: InputMaybe<PartyInput>;
  /** Your contract identifier (at most 50 characters). */
  contractReference: Scalars['String']['input'];
  /** Who may receive the debits: 1–10, each with a name. */
  creditors: Array<PartyInput>;
  /** Purpose shown to the payer (at most 140 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  firstPayment?: InputMaybe<AutomaticPixFirstPaymentInput>;
  /** Makes retries of this mutation safe: the same key with the same input answers the first outcome instead of acting twice (1–255 printable characters). After an attempt that got no answer, a repeat sends nothing for 120 s from its start (OUTCOME_PENDING with retryAfterSeconds), then answers OUTCOME_UNKNOWN. See docs/idempotency.md. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Largest debit, e.g. "150.00". */
  maxAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Smallest debit, e.g. "10.00". */
  minAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** ISPB of the payer's institution, from automaticPixParticipants. */
  participantIspb: Scalars['String']['input'];
  /** Who will be debited; name required. */
  payer: PartyInput;
  periodicity: AutomaticPixPeriodicity;
  provider?: PaymentProvider;
  /** Whether FAILED payments may be retried. */
  retryAccepted?: InputMaybe<Scalars['Boolean']['input']>;
  /** First date debits may fall on (yyyy-MM-dd, Brasília calendar); today or later. Default: today. */
  startDate?: InputMaybe<Scalars['String']['input']>;
};

/** A debit under an APPROVED authorization. Every rule is checked before the provider is asked. */
export type CreateAutomaticPixPaymentInput = {
  /** Amount in BRL, within the authorization's min/max. */
  amount: Scalars['Decimal']['input'];
  /** Global id of an APPROVED AutomaticPixAuthorization. */
  authorizationId: Scalars['ID']['input'];
  /** At most 140 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Date of the debit (yyyy-MM-dd, Brasília calendar): tomorrow or later, and not before the authorization's startDate. */
  dueDate: Scalars['String']['input'];
  /** Makes retries of this mutation safe: the same key with the same input answers the first outcome instead of acting twice (1–255 printable characters). After an attempt that got no answer, a repeat sends nothing for 120 s from its start (OUTCOME_PENDING with retryAfterSeconds), then answers OUTCOME_UNKNOWN. See docs/idempotency.md. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Your reference (at most 77 characters). */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** A card to charge on a schedule. Validated in full before any provider call. Astra takes the card in full for a recurrence (ASM-A47 has no token field), so a saved card cannot be used here. */
export type CreateCardRecurrenceInput = {
  /** Amount of each charge in BRL, e.g. "49.90" (0.01–999999.99). */
  amount: Scalars['Decimal']['input'];
  card: CardInput;
  /** Number of charges (1–120): required for LIMITED_TIMES, absent for INDETERMINATE. */
  count?: InputMaybe<Scalars['Int']['input']>;
  /** At most 100 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  frequency: CardRecurrenceFrequency;
  /** Repeat-safe key, 1–255 printable ASCII characters, kept 24 h per API client: a repeat replays the first answer and never creates a second recurrence. If the first attempt got no answer, a repeat answers OUTCOME_UNKNOWN (look it up with cardRecurrences). Until the provider can no longer complete that attempt (120 s from its start by default), a repeat sends nothing and answers the top-level error OUTCOME_PENDING with retryAfterSeconds. See docs/idempotency.md. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Declined attempts (one a day) before a charge fails and the recurrence is cancelled: 1–10, default 3. */
  maxAttempts?: InputMaybe<Scalars['Int']['input']>;
  /** The card owner (Astra requires the owner's CPF/CNPJ). */
  payer: CardPayerInput;
  provider?: PaymentProvider;
  /** Your own reference, e.g. a subscription id (at most 77 characters). */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Sent once to the provider with the card; never stored by Paygraph. */
  securityCode: Scalars['CardSecurityCode']['input'];
  /** Date of the first charge, yyyy-MM-dd (Brasília): today (the default) or later, within a year. Later charges follow from it (a 31st falls back to the month’s last day). */
  startDate?: InputMaybe<Scalars['String']['input']>;
  type: CardRecurrenceType;
  /** With a future startDate: check the card now with a R$ 5,00 charge cancelled at once; a decline refuses the recurrence (PROVIDER_REJECTED). */
  validateCard?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Ask for a client token: a short-lived credential a browser page may hold to read and follow one object. */
export type CreateClientTokenInput = {
  /** The only browser origin (e.g. https://checkout.example.com) the token is then accepted from; one of CORS_ORIGINS. Omitted: any origin CORS lets through, and server-side callers. */
  origin?: InputMaybe<Scalars['String']['input']>;
  /** Global id of the object the token unlocks: a PixCharge, PaymentLink, CardTransaction, PixPayoutBatch or AutomaticPixAuthorization. It must exist. */
  subjectId: Scalars['ID']['input'];
  /** Lifetime in seconds, 10 to 86400 (24 h). Default 900 (15 minutes). */
  ttlSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** A Pix charge with a due date. Validated before any provider call; problems come back in `userErrors`. */
export type CreateDueDatePixChargeInput = {
  /** Original amount in BRL, e.g. "100.00": above 0, at most 2 fraction digits, at most 9999999999.99. */
  amount: Scalars['Decimal']['input'];
  /** Calendar days after the due date it can still be paid (0 or more; the provider defaults to 30). */
  daysValidAfterDueDate?: InputMaybe<Scalars['Int']['input']>;
  /** Who the charge is addressed to. */
  debtor: DueDatePixChargeDebtorInput;
  /** Shown to the payer, at most 140 characters (API Pix `solicitacaoPagador`). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Discount for paying early. */
  discount?: InputMaybe<DueDateChargeDiscountInput>;
  /** Due date, yyyy-MM-dd, Brasília calendar: today or later. Payable on that day at any hour. */
  dueDate: Scalars['String']['input'];
  /** Fine for paying late. */
  fine?: InputMaybe<DueDateChargeFineInput>;
  /** Repeat-safe key, 1–255 printable ASCII characters, kept 24 h per API client. The charge id (txid) is derived from your API client and this key, so a repeat after a lost answer finds the charge the first attempt made instead of making a second one; the same key with different input is an IDEMPOTENCY_CONFLICT. See docs/idempotency.md. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Interest for paying late. */
  interest?: InputMaybe<DueDateChargeInterestInput>;
  /** Provider to create it at (default PIX_API): only PIX_API has charges with a due date (others: NOT_SUPPORTED). */
  provider?: PaymentProvider;
  /** Rebate. The amount less the rebate and the largest fixed-date discount must stay above 0. */
  rebate?: InputMaybe<DueDateChargeRebateInput>;
};

/** The payment link to create. Validated before any provider call; problems come back in `userErrors`. */
export type CreatePaymentLinkInput = {
  /** Amount in BRL as a string, e.g. "100.00" (Astra: 0.01–999999.99, at most 2 fraction digits). */
  amount: Scalars['Decimal']['input'];
  /** Shown to the payer (Astra: at most 140 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Days until the link expires, 1–10 (Astra default 10). */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  /** Repeat-safe key, 1–255 printable ASCII characters (else INVALID), kept 24 h per API client. A repeat replays the first outcome; the same key with different input is an IDEMPOTENCY_CONFLICT. If the first attempt got no answer from the provider, a repeat answers OUTCOME_UNKNOWN rather than risk a second link. Until the provider can no longer complete that attempt (120 s from its start by default), a repeat sends nothing and answers the top-level error OUTCOME_PENDING with retryAfterSeconds. See docs/idempotency.md. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Maximum card installments offered, 1–10. */
  installments?: InputMaybe<Scalars['Int']['input']>;
  /** Who is asked to pay. */
  payer: PaymentLinkPayerInput;
  /** Provider to create the link at. */
  provider?: PaymentProvider;
  /** Your own reference, echoed in events (Astra: at most 77 characters). */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** What to charge. Validated before any provider call; problems come back in `userErrors`. */
export type CreatePixChargeInput = {
  /** Amount in BRL as a string, e.g. "100.00". Above 0, at most 2 fraction digits, at most the provider maximum (Astra 999999.99). */
  amount: Scalars['Decimal']['input'];
  /** Who the charge is addressed to. */
  debtor?: InputMaybe<PartyInput>;
  /** Shown to the payer (Astra: at most 140 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Seconds until the charge expires (Astra: 1–2592000, default 86400). */
  expiresIn?: InputMaybe<Scalars['Int']['input']>;
  /** Repeat-safe key, 1–255 printable ASCII characters (else INVALID), kept 24 h per API client. A repeat replays the first outcome; a repeat sent while the first still runs waits for it (IDEMPOTENCY_IN_PROGRESS after 30 s); the same key with different input is an IDEMPOTENCY_CONFLICT. If the first attempt got no answer from Astra, a repeat answers OUTCOME_UNKNOWN rather than risk a second charge. Until the provider can no longer complete that attempt (120 s from its start by default), a repeat sends nothing and answers the top-level error OUTCOME_PENDING with retryAfterSeconds. See docs/idempotency.md. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Only the debtor may pay (Astra validateDebtor); requires `debtor`. */
  onlyDebtorMayPay?: InputMaybe<Scalars['Boolean']['input']>;
  /** Provider to create the charge at. */
  provider?: PaymentProvider;
  /** Your own reference, echoed in events (Astra: at most 77 characters). */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** A payout batch. Validated in full before any provider call; every problem comes back at once in `userErrors`. */
export type CreatePixPayoutBatchInput = {
  debitAccount: DebitAccountInput;
  /** Required, 1–255 printable ASCII characters. The provider-side batch id is derived from it, so a create retried after a timeout finds the batch it made instead of making a second one. Until the provider can no longer complete an unanswered attempt (120 s from its start by default), a repeat sends nothing and answers the top-level error OUTCOME_PENDING with retryAfterSeconds. The same key with different input is an IDEMPOTENCY_CONFLICT. See docs/idempotency.md. */
  idempotencyKey: Scalars['String']['input'];
  /** 1 to 1,000 payments. */
  payments: Array<PixPayoutInput>;
  provider?: PaymentProvider;
  /** Your reference for the batch, at most 100 characters. */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** What to put in a static Pix QR code. Every field but provider is optional. Validated before any provider call; problems come back in `userErrors`. */
export type CreateStaticPixQrCodeInput = {
  /** Fixed amount in BRL, e.g. "25.00" (Astra: 0.01–999999.99). Leave it out and the payer types the amount. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Free text for the payer (Astra: at most 72 characters; printable text, accents are written without them). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Provider whose account receives the payments (Astra; others answer NOT_SUPPORTED). */
  provider?: PaymentProvider;
  /** Your reference, written into the BR Code txid field: 1–25 letters or digits (Astra). */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** ISO-4217 currency. Only BRL today. */
export type CurrencyCode =
  | 'BRL';

/** The account to debit (ASM-A30). */
export type DebitAccountInput = {
  /** Account number without its check digit, digits. */
  account: Scalars['String']['input'];
  /** Check digit: one digit or X. */
  accountDigit: Scalars['String']['input'];
  accountType?: DebitAccountType;
  /** Branch, digits. */
  agency: Scalars['String']['input'];
};

/** Kind of the account debited. */
export type DebitAccountType =
  | 'CHECKING'
  | 'SAVINGS';

export type DeleteSavedCardInput = {
  savedCardId: Scalars['ID']['input'];
};

/** Delete a webhook. */
export type DeleteWebhookInput = {
  /** Global id of the Webhook. */
  id: Scalars['ID']['input'];
};

/** Discount for paying early. The *_UNTIL_DATES modalities take `fixedDates`, the per-day ones `valuePerDay`; giving the other is INVALID. */
export type DueDateChargeDiscountInput = {
  /** 1 to 3 entries, dates strictly ascending. */
  fixedDates?: InputMaybe<Array<DueDateChargeFixedDateDiscountInput>>;
  /** Which kind of discount. */
  modality: DueDateChargeDiscountModality;
  /** Off per day paid before the due date: above 0, below the amount (BRL) or below 100 (%). */
  valuePerDay?: InputMaybe<Scalars['Decimal']['input']>;
};

/** How the discount for paying early is given (API Pix `valor.desconto.modalidade`). */
export type DueDateChargeDiscountModality =
  /** Code 4: `valuePerDay` BRL off per business day paid before the due date. */
  | 'AMOUNT_PER_BUSINESS_DAY_EARLY'
  /** Code 3: `valuePerDay` BRL off per calendar day paid before the due date. */
  | 'AMOUNT_PER_CALENDAR_DAY_EARLY'
  /** Code 1: `fixedDates`, each an amount in BRL off when paid on or before its date. */
  | 'FIXED_AMOUNT_UNTIL_DATES'
  /** Code 2: `fixedDates`, each a percentage off when paid on or before its date. */
  | 'PERCENTAGE_UNTIL_DATES'
  /** Code 6: `valuePerDay` % off per business day paid before the due date. */
  | 'PERCENT_PER_BUSINESS_DAY_EARLY'
  /** Code 5: `valuePerDay` % off per calendar day paid before the due date. */
  | 'PERCENT_PER_CALENDAR_DAY_EARLY';

/** Fine charged once when paid after the due date. */
export type DueDateChargeFineInput = {
  /** Fixed amount or percentage. */
  modality: DueDateChargeFineModality;
  /** Above 0, at most 2 fraction digits: BRL when the modality is an amount, a percentage (at most 100) otherwise. */
  value: Scalars['Decimal']['input'];
};

/** How the fine for paying after the due date is given (API Pix `valor.multa.modalidade`). */
export type DueDateChargeFineModality =
  /** Code 1: `value` is an amount in BRL. */
  | 'FIXED_AMOUNT'
  /** Code 2: `value` is a percentage of the original amount (0–100). */
  | 'PERCENTAGE';

/** One fixed-date discount: `value` off when paid on or before `date`. */
export type DueDateChargeFixedDateDiscountInput = {
  /** yyyy-MM-dd, Brasília calendar: today or later, on or before the due date, after the previous entry's date. */
  date: Scalars['String']['input'];
  /** Above 0, at most 2 fraction digits, below the amount (BRL) or below 100 (%), per the modality. */
  value: Scalars['Decimal']['input'];
};

/** Interest for each day paid after the due date. */
export type DueDateChargeInterestInput = {
  /** Amount or percentage, per day / month / year, calendar or business days. */
  modality: DueDateChargeInterestModality;
  /** Above 0, at most 2 fraction digits: BRL when the modality is an amount, a percentage (at most 100) otherwise. */
  value: Scalars['Decimal']['input'];
};

/** How interest for paying after the due date accrues (API Pix `valor.juros.modalidade`). */
export type DueDateChargeInterestModality =
  /** Code 5: `value` BRL per business day late. */
  | 'AMOUNT_PER_BUSINESS_DAY'
  /** Code 1: `value` BRL per calendar day late. */
  | 'AMOUNT_PER_CALENDAR_DAY'
  /** Code 6: `value` % per day, counting business days. */
  | 'PERCENT_PER_DAY_BUSINESS_DAYS'
  /** Code 2: `value` % per day, counting calendar days. */
  | 'PERCENT_PER_DAY_CALENDAR_DAYS'
  /** Code 7: `value` % per month, counting business days. */
  | 'PERCENT_PER_MONTH_BUSINESS_DAYS'
  /** Code 3: `value` % per month, counting calendar days. */
  | 'PERCENT_PER_MONTH_CALENDAR_DAYS'
  /** Code 8: `value` % per year, counting business days. */
  | 'PERCENT_PER_YEAR_BUSINESS_DAYS'
  /** Code 4: `value` % per year, counting calendar days. */
  | 'PERCENT_PER_YEAR_CALENDAR_DAYS';

/** Rebate deducted whenever the charge is paid. */
export type DueDateChargeRebateInput = {
  /** Fixed amount or percentage. */
  modality: DueDateChargeRebateModality;
  /** Above 0, at most 2 fraction digits, below the amount (FIXED_AMOUNT) or below 100 (PERCENTAGE). */
  value: Scalars['Decimal']['input'];
};

/** How the rebate, deducted whenever the charge is paid, is given (API Pix `valor.abatimento.modalidade`). */
export type DueDateChargeRebateModality =
  /** Code 1: `value` is an amount in BRL, below the original amount. */
  | 'FIXED_AMOUNT'
  /** Code 2: `value` is a percentage of the original amount, below 100. */
  | 'PERCENTAGE';

/** Who the charge is addressed to. The API Pix requires both. */
export type DueDatePixChargeDebtorInput = {
  /** CPF (11 digits) or CNPJ (14 characters), formatted or not; check digits are verified. */
  document: Scalars['CpfCnpj']['input'];
  /** Name, at most 200 characters. */
  name: Scalars['String']['input'];
};

/** Filters for `dueDatePixCharges`. */
export type DueDatePixChargeFilter = {
  /** Created at or after; default 30 days before `createdTo`. */
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Created at or before; default now. */
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Exact match on the debtor's CPF/CNPJ. */
  debtorDocument?: InputMaybe<Scalars['CpfCnpj']['input']>;
  /** Provider to list (default PIX_API); only PIX_API has them. */
  provider?: InputMaybe<PaymentProvider>;
  /** Only this status (UNKNOWN matches nothing). */
  status?: InputMaybe<DueDatePixChargeStatus>;
};

/** Status of the charge record (API Pix `status`). Being overdue is not a status: an ACTIVE charge stays payable for `daysValidAfterDueDate` days after `dueDate`. */
export type DueDatePixChargeStatus =
  /** ATIVA: created, not paid, not removed. */
  | 'ACTIVE'
  /** REMOVIDA_PELO_USUARIO_RECEBEDOR: cancelled by you (cancelDueDatePixCharge). Terminal. */
  | 'CANCELLED'
  /** CONCLUIDA: paid; it accepts no other payment. */
  | 'PAID'
  /** REMOVIDA_PELO_PSP: removed by the PSP. Terminal. */
  | 'REMOVED_BY_PROVIDER'
  /** The provider reported a status Paygraph does not know; see `providerStatus`. */
  | 'UNKNOWN';

/** A person or company, identified by CPF or CNPJ. */
export type PartyInput = {
  /** CPF (11 digits) or CNPJ (14 characters), formatted or not; check digits are verified. */
  document: Scalars['CpfCnpj']['input'];
  /** Name. Required by Astra whenever a debtor is given. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Which events to receive. All given conditions must hold. */
export type PaymentEventFilter = {
  /** Only this provider. */
  provider?: InputMaybe<PaymentProvider>;
  /** Only events about this object (global id). */
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these types. */
  types?: InputMaybe<Array<PaymentEventType>>;
};

/** What happened. Events are published only after Paygraph confirmed them with the provider. */
export type PaymentEventType =
  /** An Automatic Pix authorization was seen in a new status (subject: the AutomaticPixAuthorization). Astra sends no webhook for it: Paygraph polls each authorization it created or read while it is not final (for 7 days after its last change), with or without a subscriber. */
  | 'AUTOMATIC_PIX_AUTHORIZATION_UPDATED'
  /** An Automatic Pix payment was seen in a new status or attempt (subject: the AutomaticPixPayment). Paygraph polls each payment it created, retried or read while it is not final (until the day after its last possible retry date), with or without a subscriber. */
  | 'AUTOMATIC_PIX_PAYMENT_UPDATED'
  /** An approved card transaction was charged back by the cardholder (subject: the CardTransaction). */
  | 'CARD_CHARGEBACK'
  /** A card transaction was approved or cancelled (subject: the CardTransaction). */
  | 'CARD_PAYMENT_UPDATED'
  /** A card recurrence tried to charge the card, paid or declined (subject: the CardRecurrence, re-read from the provider; `latestAttempt` says which schedule, which attempt and its outcome). One event per attempt. Astra sends a webhook only when a schedule becomes final (CARD_RECURRING_INBOUND): then every attempt of that schedule is published. A declined attempt that will be retried is published when it happens only while someone subscribes to cardRecurrenceUpdated (the recurrence is then polled); otherwise with its schedule's final webhook. */
  | 'CARD_RECURRENCE_ATTEMPT'
  /** A planned charge of a card recurrence became final: paid, or failed after its last attempt (subject: the CardRecurrence, re-read from the provider; `latestAttempt` is the attempt that decided it). One event per charge. */
  | 'CARD_RECURRING_CHARGED'
  /** A Pix charge with a due date was paid (subject: the DueDatePixCharge, with its payments: what was paid, fine and interest included). */
  | 'DUE_DATE_PIX_CHARGE_PAID'
  /** A payment link was paid by Pix or card (subject: the PaymentLink, with its payment). */
  | 'PAYMENT_LINK_PAID'
  /** A payment link expired or was cancelled (subject: the PaymentLink). */
  | 'PAYMENT_LINK_STATUS_CHANGED'
  /** A Pix charge expired or was cancelled unpaid (subject: the PixCharge). */
  | 'PIX_CHARGE_EXPIRED'
  /** A Pix charge was paid (subject: the PixCharge). */
  | 'PIX_CHARGE_PAID'
  /** A refund of a Pix charge completed (subject: the PixCharge, with its new amountRefunded). */
  | 'PIX_CHARGE_REFUNDED'
  /** One payment of a Pix payout batch was paid or failed (subject: that PixPayout, re-read from the provider; `batch` is its batch). One event per payment, after its PIX_OUTBOUND delivery is confirmed. */
  | 'PIX_PAYOUT_PAYMENT_UPDATED'
  /** A Pix payout batch reached a new step (subject: the PixPayoutBatch, as the provider answered or re-read). Published once per step: created (createPixPayoutBatch), released (releasePixPayoutBatch), cancelled (cancelPixPayoutBatch), and after each confirmed PIX_OUTBOUND delivery whose re-read batch shows a new status or paidCount (payments paid, completed, partially completed, failed). Payments the provider settles together show as one step. */
  | 'PIX_PAYOUT_UPDATED'
  /** A refund ended FAILED: the money was not returned and the charge keeps its amount (subject: the Refund, re-read from the provider; on PixRefund, `failureReason` says why). Astra sends no webhook for this (ASM-A12): Paygraph watches each refund refundPixCharge requests, reading it until it is final (for at most an hour), and publishes this when it reads FAILED. Card refunds never fail (a card refund is a cancellation). */
  | 'REFUND_FAILED';

/** Filters for `paymentLinks`. All given conditions must hold. */
export type PaymentLinkFilter = {
  /** Created at or after (Astra applies it at day granularity, Brasília date). */
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Created at or before (Astra applies it at day granularity, Brasília date). */
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Exact match on the payer's CPF/CNPJ. */
  payerDocument?: InputMaybe<Scalars['CpfCnpj']['input']>;
  /** Provider to list (default ASTRA). */
  provider?: InputMaybe<PaymentProvider>;
  /** Exact match on `reference`. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Only this status (UNKNOWN cannot be filtered: NOT_SUPPORTED). */
  status?: InputMaybe<PaymentLinkStatus>;
};

/** Who is asked to pay a payment link. */
export type PaymentLinkPayerInput = {
  /** CPF or CNPJ, formatted or not; check digits are verified (Astra: numeric only). */
  document: Scalars['CpfCnpj']['input'];
  /** Name (Astra: required, at most 100 characters). */
  name: Scalars['String']['input'];
};

/** How a payment link was paid. */
export type PaymentLinkPaymentMethod =
  /** Credit card, possibly in installments; the receipt is the NSU. */
  | 'CREDIT_CARD'
  /** Pix; the receipt is the end-to-end id. */
  | 'PIX'
  /** A method Paygraph does not know; see `providerMethod`. */
  | 'UNKNOWN';

/** Normalized status of a payment link. Every status but CREATED is terminal. */
export type PaymentLinkStatus =
  /** Cancelled by the merchant (Astra: in the Backoffice portal). Terminal. */
  | 'CANCELLED'
  /** Open: the payer can pay it. */
  | 'CREATED'
  /** Not paid before `expiresAt`. Terminal. */
  | 'EXPIRED'
  /** Paid by Pix or card; see `payment`. Terminal. */
  | 'PAID'
  /** The provider reported a status Paygraph does not know; see `providerStatus`. */
  | 'UNKNOWN';

/** A payment provider Paygraph talks to. */
export type PaymentProvider =
  /** Astra Pagamentos: Pix charges and refunds, webhooks, cards, links, payouts. */
  | 'ASTRA'
  /** Pagstar: Pix deposits and their status. */
  | 'PAGSTAR'
  /** A PSP's API Pix (Banco Central's standard REST API): immediate Pix charges, refunds, received Pix and webhooks; one PSP per deployment. */
  | 'PIX_API';

/** The common state of a payment object, the same enum on every type (`PaymentObject.state`). Each type's own `status` says more; its `state` description lists how each status maps. */
export type PaymentState =
  /** In force and producing payments (an approved authorization, a running recurrence). */
  | 'ACTIVE'
  /** Stopped by the merchant, the payer or the provider before money moved. */
  | 'CANCELLED'
  /** Not completed in time. */
  | 'EXPIRED'
  /** Did not happen: declined, rejected or failed at the provider. */
  | 'FAILED'
  /** Succeeded, and part of the money went back to the payer. */
  | 'PARTIALLY_REFUNDED'
  /** Final, with part of it done and part failed (a payout batch where some payments failed). */
  | 'PARTIALLY_SUCCEEDED'
  /** Created, waiting for the payer, the provider or a date: not final yet. */
  | 'PENDING'
  /** The money went back to the payer in full (refund, card cancellation or chargeback). */
  | 'REFUNDED'
  /** Done: the money moved (paid, approved, refunded back, every payment made). */
  | 'SUCCEEDED'
  /** The provider reported a status Paygraph does not know; see the type's `providerStatus`. */
  | 'UNKNOWN';

/** Filters for `pixCharges`. What each provider supports is listed in docs/providers.md. */
export type PixChargeFilter = {
  /** Created at or after (Astra applies it at day granularity, Brasília date). */
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Created at or before (Astra applies it at day granularity, Brasília date). */
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Exact match on the debtor's CPF/CNPJ. */
  debtorDocument?: InputMaybe<Scalars['CpfCnpj']['input']>;
  /** Provider to list (default ASTRA). */
  provider?: InputMaybe<PaymentProvider>;
  /** Exact match on `reference`. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Only these statuses. Astra filters by one status at a time; on Astra CANCELLED matches nothing (its charges cannot be cancelled) and UNKNOWN cannot be filtered (NOT_SUPPORTED). */
  status?: InputMaybe<Array<PixChargeStatus>>;
};

/** Normalized status of a Pix charge. A terminal status (EXPIRED, CANCELLED, REFUNDED) never moves back. */
export type PixChargeStatus =
  /** Created and waiting for payment. */
  | 'ACTIVE'
  /** Cancelled by the provider or the merchant before payment. Terminal. */
  | 'CANCELLED'
  /** Not paid before `expiresAt`. Terminal. */
  | 'EXPIRED'
  /** Paid in full; nothing refunded yet. */
  | 'PAID'
  /** Paid, and part of the amount refunded. */
  | 'PARTIALLY_REFUNDED'
  /** Paid, then refunded in full. Terminal. */
  | 'REFUNDED'
  /** The provider reported a status Paygraph does not know; see `providerStatus`. */
  | 'UNKNOWN';

/** A Pix key; `value` is checked for its `type`. */
export type PixKeyInput = {
  type: PixKeyType;
  value: Scalars['String']['input'];
};

/** Kind of Pix key. */
export type PixKeyType =
  /** 14 characters with valid check digits. */
  | 'CNPJ'
  /** 11 digits with valid check digits. */
  | 'CPF'
  /** An e-mail address (at most 77 characters). */
  | 'EMAIL'
  /** +55, area code and number, e.g. +5511987654321. */
  | 'PHONE'
  /** Random key (EVP): a UUID. */
  | 'RANDOM';

/** Which batch to release or cancel. */
export type PixPayoutBatchActionInput = {
  /** Global id of the PixPayoutBatch. */
  batchId: Scalars['ID']['input'];
};

/** Filters for `pixPayoutBatches`. */
export type PixPayoutBatchFilter = {
  provider?: InputMaybe<PaymentProvider>;
};

/** Status of a Pix payout batch. CREATED → PROCESSING (released) → COMPLETED | PARTIALLY_COMPLETED | FAILED; or CREATED → CANCELLED. */
export type PixPayoutBatchStatus =
  /** Cancelled before release; nothing was sent. Terminal. */
  | 'CANCELLED'
  /** Every payment was paid. Terminal. */
  | 'COMPLETED'
  /** Created; nothing is sent until it is released. */
  | 'CREATED'
  /** Every payment failed. Terminal. */
  | 'FAILED'
  /** Every payment is final; some paid, some failed. Terminal. */
  | 'PARTIALLY_COMPLETED'
  /** Released; at least one payment is not final yet (e.g. scheduled for a later date). */
  | 'PROCESSING'
  /** The provider reported a status Paygraph does not know; see `providerStatus`. */
  | 'UNKNOWN';

/** One payment of a batch. */
export type PixPayoutInput = {
  /** BRL as a string, 0.01–999999.99, at most 2 fraction digits. */
  amount: Scalars['Decimal']['input'];
  /** At most 100 characters. */
  beneficiaryName: Scalars['String']['input'];
  /** At most 200 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Your id for it, 1–50 characters, unique in the batch (an ID: your own, not a Paygraph global id). */
  paymentId: Scalars['ID']['input'];
  pixKey: PixKeyInput;
  /** At most 100 characters, unique in the batch. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, today or later in Brasília; absent: paid on release. */
  scheduledDate?: InputMaybe<Scalars['String']['input']>;
};

/** Status of one payment of a batch. */
export type PixPayoutStatus =
  /** The batch was cancelled. */
  | 'CANCELLED'
  /** Not sent: `failureReason` and `processedAt` are set. */
  | 'FAILED'
  /** Sent: `endToEndId` and `processedAt` are set. */
  | 'PAID'
  /** Waiting for the release or for its scheduled date. */
  | 'PENDING'
  /** The provider reported a status Paygraph does not know; see `providerStatus`. */
  | 'UNKNOWN';

/** Refund all or part of a paid Pix charge. */
export type RefundPixChargeInput = {
  /** Amount to refund; omitted = the whole remaining refundable amount. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Global id of the PixCharge to refund. */
  chargeId: Scalars['ID']['input'];
  /** Repeat-safe key, as CreatePixChargeInput.idempotencyKey. If an attempt got no answer from the provider, a repeat first looks for the refund that attempt made (it carries the attempt's marker) and returns it; it refunds only when there is none. Until the provider can no longer complete that attempt (120 s from its start by default), a repeat sends nothing and answers the top-level error OUTCOME_PENDING with retryAfterSeconds. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why (Astra: at most 122 characters; Paygraph keeps the rest of the 140-character description for its idempotency marker, ASM-A52). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Normalized status of a refund. */
export type RefundStatus =
  /** Not completed; the charge keeps its amount. */
  | 'FAILED'
  /** Requested; the money has not moved yet. */
  | 'PROCESSING'
  /** Completed: the money went back to the payer. */
  | 'REFUNDED'
  /** The provider reported a status Paygraph does not know; see `providerStatus`. */
  | 'UNKNOWN';

/** Register a webhook at a provider. Validated before any provider call; problems come back in `userErrors`. */
export type RegisterWebhookInput = {
  /** Type of event to receive. The provider keeps at most one webhook per type. */
  eventType: WebhookEventType;
  /** Provider to register the webhook at. Only ASTRA today. */
  provider?: PaymentProvider;
  /** Where to send the events: an absolute http(s) URL (Astra: at most 500 characters). Omitted: Paygraph registers its own URL under PUBLIC_URL with a fresh secret, and turns the events into subscriptions. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A new attempt for a FAILED payment (at most 3, within 7 days of its due date, requested by 23:59 Brasília of the day before). */
export type RetryAutomaticPixPaymentInput = {
  /** Makes retries of this mutation safe: the same key with the same input answers the first outcome instead of acting twice (1–255 printable characters). After an attempt that got no answer, a repeat sends nothing for 120 s from its start (OUTCOME_PENDING with retryAfterSeconds), then answers OUTCOME_UNKNOWN. See docs/idempotency.md. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Global id of a FAILED AutomaticPixPayment. */
  paymentId: Scalars['ID']['input'];
  /** Date of the new attempt (yyyy-MM-dd, Brasília calendar). */
  scheduledDate: Scalars['String']['input'];
};

/** A card to tokenize at the provider. No CVV: none is sent or kept (ASM-A50). */
export type SaveCardInput = {
  card: CardInput;
  /** Card holder's CPF/CNPJ. */
  holderDocument?: InputMaybe<Scalars['CpfCnpj']['input']>;
  provider?: PaymentProvider;
  /** Your own reference, e.g. a customer id (at most 77 characters). */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** Sandbox only: pay a charge with a due date as a payer would, on the sandbox clock’s day. */
export type SimulateDueDatePixChargePaymentInput = {
  /** Global id of an ACTIVE DueDatePixCharge. */
  id: Scalars['ID']['input'];
};

/** Sandbox only: pay a charge as if a payer scanned its QR code. */
export type SimulatePixChargePaymentInput = {
  /** Global id of an ACTIVE PixCharge. */
  chargeId: Scalars['ID']['input'];
  /** Who pays (default: the debtor, or a test payer). */
  payer?: InputMaybe<PartyInput>;
};

/** What to change on an ACTIVE charge with a due date (`PATCH`): only the fields given change; the charge after the change must pass the create rules. */
export type UpdateDueDatePixChargeInput = {
  /** New original amount in BRL. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** New number of days it stays payable after the due date (0 or more). */
  daysValidAfterDueDate?: InputMaybe<Scalars['Int']['input']>;
  /** New debtor. */
  debtor?: InputMaybe<DueDatePixChargeDebtorInput>;
  /** New text shown to the payer, at most 140 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New discount. */
  discount?: InputMaybe<DueDateChargeDiscountInput>;
  /** New due date, yyyy-MM-dd, Brasília calendar: today or later. */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  /** New fine. */
  fine?: InputMaybe<DueDateChargeFineInput>;
  /** The DueDatePixCharge id. */
  id: Scalars['ID']['input'];
  /** New interest. */
  interest?: InputMaybe<DueDateChargeInterestInput>;
  /** New rebate. */
  rebate?: InputMaybe<DueDateChargeRebateInput>;
};

/** Change a webhook. Omitted fields keep their current value. */
export type UpdateWebhookInput = {
  /** New event type; no other webhook may have it. */
  eventType?: InputMaybe<WebhookEventType>;
  /** Global id of the Webhook. */
  id: Scalars['ID']['input'];
  /** New absolute http(s) URL (Astra: at most 500 characters). Moving away from a Paygraph URL revokes its secret. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Why a mutation could not do what was asked. Stable: safe to branch on. */
export type UserErrorCode =
  /** The provider declined the operation (cards and similar refusals). */
  | 'DECLINED'
  /** The idempotency key was already used with different input. */
  | 'IDEMPOTENCY_CONFLICT'
  /** Another request with this idempotency key is still running and did not finish within the wait. Retryable: send the same request again to get its result. */
  | 'IDEMPOTENCY_IN_PROGRESS'
  /** Malformed or out-of-range input (the `field` path says which). */
  | 'INVALID'
  /** The object is in a state that does not allow this (e.g. refunding an unpaid charge). */
  | 'INVALID_STATE'
  /** The referenced object does not exist. */
  | 'NOT_FOUND'
  /** The provider cannot do this. */
  | 'NOT_SUPPORTED'
  /** An earlier attempt with this idempotency key got no answer from the provider and Paygraph cannot find out exactly what it did (charges). Check with a query, then use a new key if nothing was created. See docs/idempotency.md. */
  | 'OUTCOME_UNKNOWN'
  /** The provider answered 4xx for another reason; the message carries its explanation. */
  | 'PROVIDER_REJECTED'
  /** A required value is missing. */
  | 'REQUIRED';

/** Which events a provider webhook receives (Astra webhook types). A provider keeps at most one webhook per type. */
export type WebhookEventType =
  /** Card chargebacks. */
  | 'CARD_CHARGEBACK'
  /** Card transactions approved or cancelled. */
  | 'CARD_PAYMENT_INBOUND'
  /** Card recurrence charges paid or failed. */
  | 'CARD_RECURRING_INBOUND'
  /** Payment links paid, expired or cancelled. */
  | 'PAYMENT_LINK_INBOUND'
  /** Outbound Pix: Pix Checkout pay-outs paid or failed. */
  | 'PIX_OUTBOUND'
  /** Pix charge (dynamic QR code) paid, and its refunds completed. */
  | 'PIX_QR_INBOUND'
  /** Partner Pix QR code payments (not used by Paygraph today). */
  | 'PIX_QR_PARTNER_INBOUND';

export type MerchantChargeSavedCardMutationVariables = Exact<{
  input: ChargeSavedCardInput;
}>;


export type MerchantChargeSavedCardMutation = { __typename?: 'Mutation', chargeSavedCard: { __typename?: 'ChargeCardPayload', cardTransaction: { __typename?: 'CardTransaction', id: string, status: CardTransactionStatus, maskedNumber: string, amount: { __typename?: 'Money', amount: string, currency: CurrencyCode } } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type MerchantCreateClientTokenMutationVariables = Exact<{
  input: CreateClientTokenInput;
}>;


export type MerchantCreateClientTokenMutation = { __typename?: 'Mutation', createClientToken: { __typename?: 'CreateClientTokenPayload', clientToken: string | null, expiresAt: string | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type MerchantCreatePaymentLinkMutationVariables = Exact<{
  input: CreatePaymentLinkInput;
}>;


export type MerchantCreatePaymentLinkMutation = { __typename?: 'Mutation', createPaymentLink: { __typename?: 'CreatePaymentLinkPayload', paymentLink: { __typename?: 'PaymentLink', id: string, url: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type MerchantCreatePixChargeMutationVariables = Exact<{
  input: CreatePixChargeInput;
}>;


export type MerchantCreatePixChargeMutation = { __typename?: 'Mutation', createPixCharge: { __typename?: 'CreatePixChargePayload', pixCharge: { __typename?: 'PixCharge', id: string, expiresAt: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type MerchantPixChargeStatusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MerchantPixChargeStatusQuery = { __typename?: 'Query', node: { __typename: 'AutomaticPixAuthorization' } | { __typename: 'AutomaticPixPayment' } | { __typename: 'CardRecurrence' } | { __typename: 'CardRefund' } | { __typename: 'CardTransaction' } | { __typename: 'DueDatePixCharge' } | { __typename: 'PaymentLink' } | { __typename: 'PixCharge', id: string, status: PixChargeStatus } | { __typename: 'PixPayout' } | { __typename: 'PixPayoutBatch' } | { __typename: 'PixRefund' } | { __typename: 'SavedCard' } | { __typename: 'Webhook' } | null };

export type MerchantSimulatePixPaymentMutationVariables = Exact<{
  input: SimulatePixChargePaymentInput;
}>;


export type MerchantSimulatePixPaymentMutation = { __typename?: 'Mutation', simulatePixChargePayment: { __typename?: 'SimulatePixChargePaymentPayload', pixCharge: { __typename?: 'PixCharge', id: string, status: PixChargeStatus } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };


export const MerchantChargeSavedCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MerchantChargeSavedCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChargeSavedCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargeSavedCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"maskedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MerchantChargeSavedCardMutation, MerchantChargeSavedCardMutationVariables>;
export const MerchantCreateClientTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MerchantCreateClientToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClientTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClientToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MerchantCreateClientTokenMutation, MerchantCreateClientTokenMutationVariables>;
export const MerchantCreatePaymentLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MerchantCreatePaymentLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePaymentLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPaymentLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MerchantCreatePaymentLinkMutation, MerchantCreatePaymentLinkMutationVariables>;
export const MerchantCreatePixChargeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MerchantCreatePixCharge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePixChargeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPixCharge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pixCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MerchantCreatePixChargeMutation, MerchantCreatePixChargeMutationVariables>;
export const MerchantPixChargeStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MerchantPixChargeStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PixCharge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MerchantPixChargeStatusQuery, MerchantPixChargeStatusQueryVariables>;
export const MerchantSimulatePixPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MerchantSimulatePixPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SimulatePixChargePaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulatePixChargePayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pixCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MerchantSimulatePixPaymentMutation, MerchantSimulatePixPaymentMutationVariables>;