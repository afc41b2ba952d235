/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
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

/** Result of advanceSandboxClock. */
export type AdvanceSandboxClockPayload = {
  __typename?: 'AdvanceSandboxClockPayload';
  /** The simulator's time after the move. */
  now?: Maybe<Scalars['DateTime']['output']>;
  /** The simulator's Brasília date after the move, yyyy-MM-dd. */
  today?: Maybe<Scalars['Date']['output']>;
  userErrors: Array<UserError>;
};

/** An Automatic Pix authorization: the payer's consent, given once in their bank app, for the merchant to schedule recurring debits. Status changes are streamed by automaticPixAuthorizationUpdated. */
export type AutomaticPixAuthorization = Node & PaymentObject & {
  __typename?: 'AutomaticPixAuthorization';
  /** Always null: an authorization has no amount of its own (each debit has one; see `minAmount`, `maxAmount`, `firstPayment`). */
  amount?: Maybe<Money>;
  /** Debtor of the contract, when different from the payer. */
  contractDebtor?: Maybe<Party>;
  /** Your contract or agreement identifier (Astra `contractId`; named so because `…Id` fields of this API are global ids). */
  contractReference: Scalars['String']['output'];
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who may receive the debits. */
  creditors: Array<Party>;
  description?: Maybe<Scalars['String']['output']>;
  firstPayment?: Maybe<AutomaticPixFirstPayment>;
  /** Opaque global id; `node(id:)` fetches the current state from the provider. */
  id: Scalars['ID']['output'];
  /** Largest amount a debit may have. */
  maxAmount?: Maybe<Money>;
  /** Smallest amount a debit may have (variable-value authorizations). */
  minAmount?: Maybe<Money>;
  /** The payer's institution: its ISPB, and its name from the participants list. */
  participant: AutomaticPixParticipant;
  /** Who is debited (Astra `user`). */
  payer: Party;
  /** Payments under this authorization, latest scheduled date first. */
  payments: AutomaticPixPaymentConnection;
  /** Debit cycle; null when the provider sent one Paygraph does not know (see providerPeriodicity). */
  periodicity?: Maybe<AutomaticPixPeriodicity>;
  provider: PaymentProvider;
  /** The provider's own id for the authorization (use `id` everywhere Paygraph asks for one). */
  providerId: Scalars['String']['output'];
  /** The cycle as the provider sent it (ISO-8601 duration). */
  providerPeriodicity: Scalars['String']['output'];
  /** The provider's raw status value. */
  providerStatus?: Maybe<Scalars['String']['output']>;
  /** Whether a FAILED payment may be retried (up to 3 times, within 7 days of its due date). */
  retryAccepted: Scalars['Boolean']['output'];
  /** First date debits may fall on, yyyy-MM-dd (Brasília calendar). */
  startDate: Scalars['Date']['output'];
  /** Common state of this authorization (PaymentState, the same enum on every payment object), from `status`: PENDING → PENDING, APPROVED → ACTIVE, REJECTED → FAILED, EXPIRED → EXPIRED, CANCELLED → CANCELLED, UNKNOWN → UNKNOWN. */
  state: PaymentState;
  status: AutomaticPixAuthorizationStatus;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** An Automatic Pix authorization: the payer's consent, given once in their bank app, for the merchant to schedule recurring debits. Status changes are streamed by automaticPixAuthorizationUpdated. */
export type AutomaticPixAuthorizationPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AutomaticPixPaymentStatus>;
};

/** A page of AutomaticPixAuthorization objects (Relay connection). */
export type AutomaticPixAuthorizationConnection = {
  __typename?: 'AutomaticPixAuthorizationConnection';
  /** The items of this page, in order. */
  edges: Array<AutomaticPixAuthorizationEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Total number of items, when the provider reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a AutomaticPixAuthorization connection. */
export type AutomaticPixAuthorizationEdge = {
  __typename?: 'AutomaticPixAuthorizationEdge';
  /** Opaque cursor of this edge; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The AutomaticPixAuthorization. */
  node: AutomaticPixAuthorization;
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

/** The first debit of an authorization, scheduled automatically once it is approved. */
export type AutomaticPixFirstPayment = {
  __typename?: 'AutomaticPixFirstPayment';
  /** Amount of the first debit. */
  amount: Money;
  /** Date of the first debit, yyyy-MM-dd (Brasília calendar). */
  date: Scalars['Date']['output'];
};

/** The first debit, scheduled automatically once the authorization is approved. */
export type AutomaticPixFirstPaymentInput = {
  /** Amount in BRL, e.g. "99.90"; within min/max when they are given. */
  amount: Scalars['Decimal']['input'];
  /** Date of the first debit (yyyy-MM-dd, Brasília calendar); tomorrow or later. */
  date: Scalars['String']['input'];
};

/** A financial institution a payer can authorize Automatic Pix debits from. */
export type AutomaticPixParticipant = {
  __typename?: 'AutomaticPixParticipant';
  /** The institution's ISPB (8 digits): pass it as `participantIspb`. */
  ispb: Scalars['String']['output'];
  /** Institution name (on an authorization, read from the participants list; null when the provider's list does not have its ISPB). */
  name?: Maybe<Scalars['String']['output']>;
};

/** A page of AutomaticPixParticipant objects (Relay connection). */
export type AutomaticPixParticipantConnection = {
  __typename?: 'AutomaticPixParticipantConnection';
  /** The items of this page, in order. */
  edges: Array<AutomaticPixParticipantEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Total number of items, when the provider reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a AutomaticPixParticipant connection. */
export type AutomaticPixParticipantEdge = {
  __typename?: 'AutomaticPixParticipantEdge';
  /** Opaque cursor of this edge; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The AutomaticPixParticipant. */
  node: AutomaticPixParticipant;
};

/** One debit under an Automatic Pix authorization. Status changes are streamed by automaticPixPaymentUpdated. `authorization`, `remainingRetries` and `lastRetryDate` are resolved on demand. */
export type AutomaticPixPayment = Node & PaymentObject & {
  __typename?: 'AutomaticPixPayment';
  amount: Money;
  /** The authorization this payment debits under (current state). */
  authorization: AutomaticPixAuthorization;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** The original date of the debit, yyyy-MM-dd (Brasília); never changes. */
  dueDate: Scalars['Date']['output'];
  /** Pix end-to-end id, once paid. */
  endToEndId?: Maybe<Scalars['String']['output']>;
  /** Why the last attempt failed (FAILED only). */
  failureReason?: Maybe<Scalars['String']['output']>;
  /** Opaque global id; `node(id:)` fetches the current state from the provider. */
  id: Scalars['ID']['output'];
  /** The last date a retry may be scheduled for (due date + 7 days), yyyy-MM-dd. */
  lastRetryDate: Scalars['Date']['output'];
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  provider: PaymentProvider;
  /** The provider's own id for the payment (use `id` everywhere Paygraph asks for one). */
  providerId: Scalars['String']['output'];
  /** The provider's raw status value. */
  providerStatus?: Maybe<Scalars['String']['output']>;
  /** Your reference (Astra userReference). */
  reference?: Maybe<Scalars['String']['output']>;
  /** Retries still allowed: null once the payment is PAID or CANCELLED (final: no retry applies; `retryCount` says how many it took), 0 when it used all 3 or the authorization does not accept retries. */
  remainingRetries?: Maybe<Scalars['Int']['output']>;
  /** Retries requested so far (at most 3). */
  retryCount: Scalars['Int']['output'];
  /** The date of the current attempt, yyyy-MM-dd (Brasília); a retry moves it. */
  scheduledDate: Scalars['Date']['output'];
  /** Common state of this debit (PaymentState, the same enum on every payment object), from `status`: SCHEDULED → PENDING, PAID → SUCCEEDED, FAILED → FAILED, CANCELLED → CANCELLED, UNKNOWN → UNKNOWN. A FAILED debit may still be retried (retryAutomaticPixPayment), which moves it back to PENDING. */
  state: PaymentState;
  status: AutomaticPixPaymentStatus;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of AutomaticPixPayment objects (Relay connection). */
export type AutomaticPixPaymentConnection = {
  __typename?: 'AutomaticPixPaymentConnection';
  /** The items of this page, in order. */
  edges: Array<AutomaticPixPaymentEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Total number of items, when the provider reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a AutomaticPixPayment connection. */
export type AutomaticPixPaymentEdge = {
  __typename?: 'AutomaticPixPaymentEdge';
  /** Opaque cursor of this edge; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The AutomaticPixPayment. */
  node: AutomaticPixPayment;
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

/** Result of createAutomaticPixPayment and retryAutomaticPixPayment. */
export type AutomaticPixPaymentPayload = {
  __typename?: 'AutomaticPixPaymentPayload';
  /** The payment (SCHEDULED); null when `userErrors` is not empty. */
  payment?: Maybe<AutomaticPixPayment>;
  userErrors: Array<UserError>;
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

/** What a BR Code says, read locally by Paygraph (no provider call): EMV structure, CRC16, Pix GUI and mandatory fields. Fields are null when the code is not intact (bad lengths, truncated, wrong CRC), not a Pix code, or carries control or bidi characters in its text. Lengths count characters and the CRC16 is accepted over UTF-8 or ISO-8859-1, as common generators write codes: accented text decodes, with a warning. */
export type BrCodeDecodeResult = {
  __typename?: 'BrCodeDecodeResult';
  /**
   * Fixed amount (tag 54); null when the payer types it.
   * @deprecated Use fixedAmount (Money).
   */
  amount?: Maybe<Scalars['Decimal']['output']>;
  /** Free text of a static code (tag 26-02). */
  description?: Maybe<Scalars['String']['output']>;
  /** Every problem found (not only the first), in reading order: e.g. truncation, CRC16 mismatch, non-Pix GUI, missing mandatory fields. */
  errors: Array<Scalars['String']['output']>;
  /** Fixed amount (tag 54) in BRL, as Money; null when the payer types it. */
  fixedAmount?: Maybe<Money>;
  /** STATIC (a Pix key) or DYNAMIC (a location URL). */
  kind?: Maybe<BrCodeKind>;
  /** Receiver city (tag 60). */
  merchantCity?: Maybe<Scalars['String']['output']>;
  /** Receiver name (tag 59). */
  merchantName?: Maybe<Scalars['String']['output']>;
  /** Pix key of a static code (tag 26-01). */
  pixKey?: Maybe<Scalars['String']['output']>;
  /** Transaction id / reference (tag 62-05); null for "***" (none). */
  txid?: Maybe<Scalars['String']['output']>;
  /** Location URL of a dynamic code (tag 26-25). Paygraph never fetches it. */
  url?: Maybe<Scalars['String']['output']>;
  /** True when the code is a well-formed Pix BR Code: `errors` is then empty. */
  valid: Scalars['Boolean']['output'];
  /** What does not make the code invalid but is worth showing or checking, in reading order: text outside ASCII (accents, shown as written: the EMV profile expects ASCII and some readers strip accents; in a Pix key, likely a look-alike letter), a CRC16 computed over ISO-8859-1 instead of UTF-8, lengths counted in code points, a lower-case CRC16. A warning never hides a field; `valid` stays true. */
  warnings: Array<Scalars['String']['output']>;
};

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

/** Result of cancelCardRecurrenceSchedule. */
export type CancelCardRecurrenceSchedulePayload = {
  __typename?: 'CancelCardRecurrenceSchedulePayload';
  /** The recurrence after the skip (nextChargeDate moved on). */
  cardRecurrence?: Maybe<CardRecurrence>;
  /** The schedule, now CANCELLED. */
  schedule?: Maybe<CardRecurrenceSchedule>;
  userErrors: Array<UserError>;
};

export type CancelCardTransactionInput = {
  /** The APPROVED CardTransaction to cancel (full amount only). */
  transactionId: Scalars['ID']['input'];
};

export type CancelCardTransactionPayload = {
  __typename?: 'CancelCardTransactionPayload';
  /** The transaction, now CANCELLED. */
  cardTransaction?: Maybe<CardTransaction>;
  /** The card refund the cancellation made (the shared Refund shape). */
  refund?: Maybe<CardRefund>;
  userErrors: Array<UserError>;
};

/** Which charge to cancel. */
export type CancelDueDatePixChargeInput = {
  /** The DueDatePixCharge id. */
  id: Scalars['ID']['input'];
};

/** Result of cancelDueDatePixCharge: the charge as it is now, or the reasons it was not cancelled. */
export type CancelDueDatePixChargePayload = {
  __typename?: 'CancelDueDatePixChargePayload';
  /** The cancelled charge; null when `userErrors` is not empty. */
  dueDatePixCharge?: Maybe<DueDatePixCharge>;
  /** Problems the caller can fix. Empty on success. */
  userErrors: Array<UserError>;
};

/** Cancel an unpaid Pix charge so it can no longer be paid. */
export type CancelPixChargeInput = {
  /** Global id of the PixCharge to cancel. */
  id: Scalars['ID']['input'];
  /** Repeat-safe key, as CreatePixChargeInput.idempotencyKey (cancelling twice is harmless either way). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** Result of cancelPixCharge. */
export type CancelPixChargePayload = {
  __typename?: 'CancelPixChargePayload';
  /** The charge as the provider reports it after cancelling (status CANCELLED). */
  pixCharge?: Maybe<PixCharge>;
  /** Problems the caller can fix (NOT_SUPPORTED for a provider that cannot cancel, INVALID_STATE for a paid charge). Empty on success. */
  userErrors: Array<UserError>;
};

/** Result of cancelPixPayoutBatch: the batch as it is now. */
export type CancelPixPayoutBatchPayload = {
  __typename?: 'CancelPixPayoutBatchPayload';
  /** The cancelled batch; null when `userErrors` is not empty. */
  pixPayoutBatch?: Maybe<PixPayoutBatch>;
  /** INVALID_STATE for a released batch, NOT_FOUND, … */
  userErrors: Array<UserError>;
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

/** A card charged on a schedule (daily, weekly, monthly or yearly). Shows at most the first 6 and last 4 digits of the card. Each charge is a CardTransaction (`transactions`). */
export type CardRecurrence = Node & PaymentObject & {
  __typename?: 'CardRecurrence';
  /** Amount of each charge. */
  amount: Money;
  brand: CardBrand;
  /** Why it was cancelled; null unless CANCELLED. */
  cancelReason?: Maybe<CardRecurrenceCancelReason>;
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Number of charges for LIMITED_TIMES; null for INDETERMINATE. */
  count?: Maybe<Scalars['Int']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** Planned charges that are final (paid, failed or skipped). */
  executedCharges: Scalars['Int']['output'];
  frequency: CardRecurrenceFrequency;
  /** Name printed on the card. */
  holderName?: Maybe<Scalars['String']['output']>;
  /** Opaque global id; `node(id:)` fetches the current state from the provider. */
  id: Scalars['ID']['output'];
  /** In a CARD_RECURRENCE_ATTEMPT or CARD_RECURRING_CHARGED event and in cardRecurrenceUpdated messages: the charge attempt the message is about. Elsewhere: the most recent attempt, read from the schedules. Null before the first attempt. */
  latestAttempt?: Maybe<CardRecurrenceAttempt>;
  /** First 6 + `******` + last 4 digits. */
  maskedNumber: Scalars['String']['output'];
  /** Declined attempts (one a day) before a charge fails and the recurrence is cancelled. */
  maxAttempts: Scalars['Int']['output'];
  /** Date of the next charge, yyyy-MM-dd (Brasília); null when none is pending. */
  nextChargeDate?: Maybe<Scalars['Date']['output']>;
  provider: PaymentProvider;
  /** Provider's id for the recurrence. */
  providerId: Scalars['String']['output'];
  /** The provider's raw status value. */
  providerStatus: Scalars['String']['output'];
  /**
   * Provider's id for the recurrence.
   * @deprecated Use providerId.
   */
  recurrenceId: Scalars['String']['output'];
  /** Your own reference (Astra userReference). */
  reference?: Maybe<Scalars['String']['output']>;
  /** Planned charges, first to last (only the next one is created ahead; each later one appears when the previous is final). */
  schedules: CardRecurrenceScheduleConnection;
  /** Date of the first charge, yyyy-MM-dd (Brasília). */
  startDate: Scalars['Date']['output'];
  /** Common state of this recurrence (PaymentState, the same enum on every payment object), from `status`: ACTIVE → ACTIVE, COMPLETED → SUCCEEDED, CANCELLED → CANCELLED, UNKNOWN → UNKNOWN. COMPLETED: every planned charge was made; a charge that failed maxAttempts times cancels the recurrence (CANCELLED, see cancelReason). */
  state: PaymentState;
  status: CardRecurrenceStatus;
  /** Every charge attempt this recurrence made (approved and declined), newest first. */
  transactions: CardTransactionConnection;
  type: CardRecurrenceType;
  /** When it last changed; null when the provider does not say. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** A card charged on a schedule (daily, weekly, monthly or yearly). Shows at most the first 6 and last 4 digits of the card. Each charge is a CardTransaction (`transactions`). */
export type CardRecurrenceSchedulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A card charged on a schedule (daily, weekly, monthly or yearly). Shows at most the first 6 and last 4 digits of the card. Each charge is a CardTransaction (`transactions`). */
export type CardRecurrenceTransactionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One attempt to charge the card for a schedule of a recurrence. Every attempt before the latest of a schedule was declined; CARD_RECURRENCE_ATTEMPT events carry the attempt they are about (CardRecurrence.latestAttempt). */
export type CardRecurrenceAttempt = {
  __typename?: 'CardRecurrenceAttempt';
  /** 1 for the first attempt of this schedule, 2 for its first retry… */
  attemptNumber: Scalars['Int']['output'];
  /** When it was made; known for a schedule's latest attempt only. */
  attemptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** True when this attempt made the schedule final: PAID, or declined at maxAttempts (the schedule FAILED). */
  final: Scalars['Boolean']['output'];
  /** The schedule's installment: 1 for the first charge, 2 for the second… */
  installmentNumber: Scalars['Int']['output'];
  outcome: CardRecurrenceAttemptOutcome;
  /** Provider's id of the schedule (the planned charge) this attempt was for. */
  scheduleId: Scalars['String']['output'];
  /** Provider's id of the attempt's card transaction; known for a schedule's latest attempt only. */
  transactionId?: Maybe<Scalars['String']['output']>;
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

/** A page of CardRecurrence objects (Relay connection). */
export type CardRecurrenceConnection = {
  __typename?: 'CardRecurrenceConnection';
  /** The items of this page, in order. */
  edges: Array<CardRecurrenceEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Total number of items, when the provider reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a CardRecurrence connection. */
export type CardRecurrenceEdge = {
  __typename?: 'CardRecurrenceEdge';
  /** Opaque cursor of this edge; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The CardRecurrence. */
  node: CardRecurrence;
};

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

/** Result of createCardRecurrence or cancelCardRecurrence: the recurrence, or null with userErrors. */
export type CardRecurrencePayload = {
  __typename?: 'CardRecurrencePayload';
  cardRecurrence?: Maybe<CardRecurrence>;
  userErrors: Array<UserError>;
};

/** One planned charge of a recurrence. Not a Node: the provider lists schedules per recurrence only. */
export type CardRecurrenceSchedule = {
  __typename?: 'CardRecurrenceSchedule';
  amount: Money;
  /** Declined attempts so far. */
  attempts: Scalars['Int']['output'];
  /** 1 for the first charge, 2 for the second… */
  installmentNumber: Scalars['Int']['output'];
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  /** The provider's raw status value. */
  providerStatus: Scalars['String']['output'];
  /** Provider's id for the schedule (give it to cancelCardRecurrenceSchedule). */
  scheduleId: Scalars['String']['output'];
  /** Planned date, yyyy-MM-dd (Brasília). A declined charge is retried on the following days. */
  scheduledDate: Scalars['Date']['output'];
  status: CardRecurrenceScheduleStatus;
  /** The latest attempt's card transaction (approved, or declined while retrying); null before the first attempt. */
  transaction?: Maybe<CardTransaction>;
  /** Provider's id of the latest attempt's card transaction (see `transaction`). */
  transactionId?: Maybe<Scalars['String']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of CardRecurrenceSchedule objects (Relay connection). */
export type CardRecurrenceScheduleConnection = {
  __typename?: 'CardRecurrenceScheduleConnection';
  /** The items of this page, in order. */
  edges: Array<CardRecurrenceScheduleEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Total number of items, when the provider reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a CardRecurrenceSchedule connection. */
export type CardRecurrenceScheduleEdge = {
  __typename?: 'CardRecurrenceScheduleEdge';
  /** Opaque cursor of this edge; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The CardRecurrenceSchedule. */
  node: CardRecurrenceSchedule;
};

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

/** A card refund: the full cancellation of an approved card transaction (Astra has no partial card refunds and no separate refund object: `providerId` is the transaction id, `reason` and `endToEndId` are null). */
export type CardRefund = Node & PaymentObject & Refund & {
  __typename?: 'CardRefund';
  /** Amount refunded (or being refunded). */
  amount: Money;
  /** The cancelled transaction. */
  cardTransaction: CardTransaction;
  /** When it was requested. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Pix end-to-end id of the refund itself, once completed (null for refunds that are not Pix transfers). */
  endToEndId?: Maybe<Scalars['String']['output']>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Which provider processes this refund. */
  provider: PaymentProvider;
  /** Provider's id for the refund (a card refund: the cancelled transaction's id). */
  providerId: Scalars['String']['output'];
  /** The provider's raw status value. */
  providerStatus?: Maybe<Scalars['String']['output']>;
  /** Reason given when the refund was requested. */
  reason?: Maybe<Scalars['String']['output']>;
  /**
   * Provider's id for the refund.
   * @deprecated Use providerId.
   */
  refundId: Scalars['String']['output'];
  /** When the money went back, once REFUNDED. */
  refundedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Common state of this refund (PaymentState, the same enum on every payment object), from `status`: PROCESSING → PENDING, REFUNDED → SUCCEEDED, FAILED → FAILED, UNKNOWN → UNKNOWN. SUCCEEDED means the refund itself went through (the money is back with the payer). */
  state: PaymentState;
  /** Normalized status. */
  status: RefundStatus;
  /** When it last changed; null: the provider does not say (see `refundedAt`). */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A credit card charge (approved, declined, cancelled or charged back). Shows at most the first 6 and last 4 digits of the card. */
export type CardTransaction = Node & PaymentObject & {
  __typename?: 'CardTransaction';
  amount: Money;
  /** Issuer authorization code; null when declined. */
  authorizationCode?: Maybe<Scalars['String']['output']>;
  brand: CardBrand;
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the amount was captured (Astra captures on approval). */
  capturedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** Name printed on the card. */
  holderName?: Maybe<Scalars['String']['output']>;
  /** Opaque global id; `node(id:)` fetches the current state from the provider. */
  id: Scalars['ID']['output'];
  /** Number of installments (1 = paid at once). */
  installments: Scalars['Int']['output'];
  /** First 6 + `******` + last 4 digits, e.g. `411111******1111`. */
  maskedNumber: Scalars['String']['output'];
  /** NSU (unique sequential number) of the transaction. */
  nsu?: Maybe<Scalars['String']['output']>;
  provider: PaymentProvider;
  /** Provider's id for the transaction. */
  providerId: Scalars['String']['output'];
  /** The provider's raw status value. */
  providerStatus: Scalars['String']['output'];
  /** The card recurrence that made this charge; null for a one-off charge. */
  recurrence?: Maybe<CardRecurrence>;
  /** Your own reference (Astra userReference). */
  reference?: Maybe<Scalars['String']['output']>;
  /** The refund, once the transaction is CANCELLED (null otherwise). */
  refund?: Maybe<CardRefund>;
  /** Acquirer return code (`00` approved, `05` not authorized…). */
  returnCode?: Maybe<Scalars['String']['output']>;
  returnMessage?: Maybe<Scalars['String']['output']>;
  /** Token of the saved card charged, if any. */
  savedCardToken?: Maybe<Scalars['String']['output']>;
  /** Common state of this transaction (PaymentState, the same enum on every payment object), from `status`: APPROVED → SUCCEEDED, DECLINED → FAILED, CANCELLED → REFUNDED, CHARGED_BACK → REFUNDED, UNKNOWN → UNKNOWN. Cancelling an approved transaction refunds it in full (see `refund`); a chargeback also returns the money to the cardholder. */
  state: PaymentState;
  status: CardTransactionStatus;
  /**
   * Provider's id for the transaction.
   * @deprecated Use providerId.
   */
  transactionId: Scalars['String']['output'];
  /** When it last changed; null when the provider does not say. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of CardTransaction objects (Relay connection). */
export type CardTransactionConnection = {
  __typename?: 'CardTransactionConnection';
  /** The items of this page, in order. */
  edges: Array<CardTransactionEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Total number of items, when the provider reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a CardTransaction connection. */
export type CardTransactionEdge = {
  __typename?: 'CardTransactionEdge';
  /** Opaque cursor of this edge; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The CardTransaction. */
  node: CardTransaction;
};

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

/** Result of a card charge. A decline is data: `cardTransaction` has status DECLINED and `userErrors` one DECLINED error with the return code. */
export type ChargeCardPayload = {
  __typename?: 'ChargeCardPayload';
  cardTransaction?: Maybe<CardTransaction>;
  userErrors: Array<UserError>;
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

/** Result of createAutomaticPixAuthorization. */
export type CreateAutomaticPixAuthorizationPayload = {
  __typename?: 'CreateAutomaticPixAuthorizationPayload';
  /** The new authorization (PENDING); null when `userErrors` is not empty. */
  authorization?: Maybe<AutomaticPixAuthorization>;
  userErrors: Array<UserError>;
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

/** Result of createClientToken. */
export type CreateClientTokenPayload = {
  __typename?: 'CreateClientTokenPayload';
  /** The token, for `Authorization: Bearer` (HTTP) or graphql-ws `connectionParams.authorization`. It may read `node`/`nodes` of its subject (and what hangs below it), subscribe to its `*Updated(id:)` and to `paymentEvents(filter: {subjectId})`; anything else is FORBIDDEN. Treat it as a secret of that page. Null when `userErrors` is not empty. */
  clientToken?: Maybe<Scalars['String']['output']>;
  /** When the token stops working; a graphql-ws socket holding it is then closed with 4401. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Problems the caller can fix. Empty on success. */
  userErrors: Array<UserError>;
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

/** Result of createDueDatePixCharge: the charge, or the reasons it was not created. */
export type CreateDueDatePixChargePayload = {
  __typename?: 'CreateDueDatePixChargePayload';
  /** The new charge; null when `userErrors` is not empty. */
  dueDatePixCharge?: Maybe<DueDatePixCharge>;
  /** Problems the caller can fix. Empty on success. */
  userErrors: Array<UserError>;
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

/** Result of createPaymentLink: the link, or the reasons it was not created. */
export type CreatePaymentLinkPayload = {
  __typename?: 'CreatePaymentLinkPayload';
  /** The new link; null when `userErrors` is not empty. */
  paymentLink?: Maybe<PaymentLink>;
  /** Problems the caller can fix. Empty on success. */
  userErrors: Array<UserError>;
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

/** Result of createPixCharge: the charge, or the reasons it was not created. */
export type CreatePixChargePayload = {
  __typename?: 'CreatePixChargePayload';
  /** The new charge; null when `userErrors` is not empty. */
  pixCharge?: Maybe<PixCharge>;
  /** Problems the caller can fix. Empty on success. */
  userErrors: Array<UserError>;
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

/** Result of createPixPayoutBatch: the batch (CREATED, nothing sent yet), or every reason it was not created. */
export type CreatePixPayoutBatchPayload = {
  __typename?: 'CreatePixPayoutBatchPayload';
  /** The batch; null when `userErrors` is not empty. */
  pixPayoutBatch?: Maybe<PixPayoutBatch>;
  /** Problems the caller can fix, each with its input path. Empty on success. */
  userErrors: Array<UserError>;
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

/** Result of createStaticPixQrCode: the code, or the reasons it was not created. */
export type CreateStaticPixQrCodePayload = {
  __typename?: 'CreateStaticPixQrCodePayload';
  /** The new code; null when `userErrors` is not empty. */
  staticPixQrCode?: Maybe<StaticPixQrCode>;
  /** Problems the caller can fix (INVALID with the input path, NOT_SUPPORTED, PROVIDER_REJECTED). Empty on success. */
  userErrors: Array<UserError>;
};

/** ISO-4217 currency. Only BRL today. */
export type CurrencyCode =
  | 'BRL';

/** The account a batch is debited from. */
export type DebitAccount = {
  __typename?: 'DebitAccount';
  account: Scalars['String']['output'];
  accountDigit: Scalars['String']['output'];
  accountType: DebitAccountType;
  agency: Scalars['String']['output'];
};

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

export type DeleteSavedCardPayload = {
  __typename?: 'DeleteSavedCardPayload';
  /** The card as it was before deletion. */
  savedCard?: Maybe<SavedCard>;
  userErrors: Array<UserError>;
};

/** Delete a webhook. */
export type DeleteWebhookInput = {
  /** Global id of the Webhook. */
  id: Scalars['ID']['input'];
};

/** Result of deleteWebhook. */
export type DeleteWebhookPayload = {
  __typename?: 'DeleteWebhookPayload';
  /** Global id of the deleted webhook; null when `userErrors` is not empty. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Problems the caller can fix. Empty on success. */
  userErrors: Array<UserError>;
};

/** Discount for paying early: up to 3 fixed dates, or a value per day before the due date. */
export type DueDateChargeDiscount = {
  __typename?: 'DueDateChargeDiscount';
  /** For the *_UNTIL_DATES modalities, dates ascending; empty otherwise. */
  fixedDates: Array<DueDateChargeFixedDateDiscount>;
  /** Which of `fixedDates` or `valuePerDay` applies, amount or percentage. */
  modality: DueDateChargeDiscountModality;
  /** For the per-day modalities: BRL or % off per day paid early; null otherwise. */
  valuePerDay?: Maybe<Scalars['Decimal']['output']>;
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

/** Fine charged once when the charge is paid after its due date. */
export type DueDateChargeFine = {
  __typename?: 'DueDateChargeFine';
  /** Fixed amount or percentage. */
  modality: DueDateChargeFineModality;
  /** BRL amount or percentage, per `modality` (e.g. "2.00"). */
  value: Scalars['Decimal']['output'];
};

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

/** A discount for paying on or before `date`. */
export type DueDateChargeFixedDateDiscount = {
  __typename?: 'DueDateChargeFixedDateDiscount';
  /** Last day the discount applies, yyyy-MM-dd, Brasília calendar; on or before the due date. */
  date: Scalars['Date']['output'];
  /** BRL amount or percentage off, per the discount modality. */
  value: Scalars['Decimal']['output'];
};

/** One fixed-date discount: `value` off when paid on or before `date`. */
export type DueDateChargeFixedDateDiscountInput = {
  /** yyyy-MM-dd, Brasília calendar: today or later, on or before the due date, after the previous entry's date. */
  date: Scalars['String']['input'];
  /** Above 0, at most 2 fraction digits, below the amount (BRL) or below 100 (%), per the modality. */
  value: Scalars['Decimal']['input'];
};

/** Interest charged for each day paid after the due date. */
export type DueDateChargeInterest = {
  __typename?: 'DueDateChargeInterest';
  /** Amount or percentage, per day / month / year, calendar or business days. */
  modality: DueDateChargeInterestModality;
  /** BRL amount or percentage, per `modality` (e.g. "2.00"). */
  value: Scalars['Decimal']['output'];
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
export type DueDateChargeRebate = {
  __typename?: 'DueDateChargeRebate';
  /** Fixed amount or percentage. */
  modality: DueDateChargeRebateModality;
  /** BRL amount or percentage, per `modality` (e.g. "2.00"). */
  value: Scalars['Decimal']['output'];
};

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

/** A Pix charge with a due date (API Pix `cobv`): payable until `dueDate`, then for `daysValidAfterDueDate` more days with the fine and interest; earlier with the discount; always less the rebate. Only the PIX_API provider has them (Astra and Pagstar: NOT_SUPPORTED). `node(id:)` reads it from the provider. */
export type DueDatePixCharge = Node & PaymentObject & {
  __typename?: 'DueDatePixCharge';
  /** The original amount, before fine, interest, discount and rebate. */
  amount: Money;
  /** Sum of the Pix received for it (0.00 until paid); above `amount` when paid late with a fine or interest. */
  amountPaid: Money;
  /** Pix "copia e cola" (BR Code) of the charge, when the provider returns it. */
  brCode?: Maybe<Scalars['String']['output']>;
  /** When the charge was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Calendar days after the due date the charge can still be paid (the PSP moves a due date on a non-business day to the next business day). */
  daysValidAfterDueDate: Scalars['Int']['output'];
  /** Who the charge is addressed to (not necessarily who pays). */
  debtor?: Maybe<Party>;
  /** Text shown to the payer (API Pix `solicitacaoPagador`). */
  description?: Maybe<Scalars['String']['output']>;
  /** Discount for paying early; null when none. */
  discount?: Maybe<DueDateChargeDiscount>;
  /** Due date, yyyy-MM-dd, Brasília calendar. Payable on that day at any hour. */
  dueDate: Scalars['Date']['output'];
  /** Fine for paying late; null when none. */
  fine?: Maybe<DueDateChargeFine>;
  /** Opaque global id; `node(id:)` fetches the current state from the provider. */
  id: Scalars['ID']['output'];
  /** Interest for paying late; null when none. */
  interest?: Maybe<DueDateChargeInterest>;
  /** Pix received for it (API Pix `pix` list); empty until paid. */
  payments: Array<DueDatePixChargePayment>;
  /** Which provider holds this charge. */
  provider: PaymentProvider;
  /** The charge's txid at the provider (the same as `txid`). */
  providerId: Scalars['String']['output'];
  /** The provider's raw status value. */
  providerStatus?: Maybe<Scalars['String']['output']>;
  /** Rebate; null when none. */
  rebate?: Maybe<DueDateChargeRebate>;
  /** The provider's revision: 0 when created, one more per change. */
  revision: Scalars['Int']['output'];
  /** Common state of this charge (PaymentState, the same enum on every payment object), from `status`: ACTIVE → PENDING, PAID → SUCCEEDED, CANCELLED → CANCELLED, REMOVED_BY_PROVIDER → CANCELLED, UNKNOWN → UNKNOWN. The API Pix has no expired status: a charge past its last payable day (`dueDate` + `daysValidAfterDueDate`) stays ACTIVE, so PENDING. `amount` is the original amount; what was paid is `amountPaid`. */
  state: PaymentState;
  /** Normalized status. */
  status: DueDatePixChargeStatus;
  /** The charge id at the provider (26–35 letters and digits), derived from your API client and idempotency key. */
  txid: Scalars['String']['output'];
  /** Always null: the API Pix gives a charge with a due date a revision number (`revision`) but no time of revision. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of DueDatePixCharge objects (Relay connection). */
export type DueDatePixChargeConnection = {
  __typename?: 'DueDatePixChargeConnection';
  /** The items of this page, in order. */
  edges: Array<DueDatePixChargeEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Total number of items, when the provider reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** Who the charge is addressed to. The API Pix requires both. */
export type DueDatePixChargeDebtorInput = {
  /** CPF (11 digits) or CNPJ (14 characters), formatted or not; check digits are verified. */
  document: Scalars['CpfCnpj']['input'];
  /** Name, at most 200 characters. */
  name: Scalars['String']['input'];
};

/** An edge in a DueDatePixCharge connection. */
export type DueDatePixChargeEdge = {
  __typename?: 'DueDatePixChargeEdge';
  /** Opaque cursor of this edge; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The DueDatePixCharge. */
  node: DueDatePixCharge;
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

/** A Pix received for the charge. The parts are what the provider reports (`componentesValor`); null when it does not say. */
export type DueDatePixChargePayment = {
  __typename?: 'DueDatePixChargePayment';
  /** What the payer paid: original + fine + interest − discount − rebate. */
  amount: Money;
  /** The discount given (early payment). */
  discount?: Maybe<Money>;
  /** Pix end-to-end id (32 characters). */
  endToEndId: Scalars['String']['output'];
  /** The fine paid (late payment). */
  fine?: Maybe<Money>;
  /** The interest paid (late payment). */
  interest?: Maybe<Money>;
  /** The original amount part. */
  original?: Maybe<Money>;
  /** When the Pix was received. */
  paidAt: Scalars['DateTime']['output'];
  /** The rebate given. */
  rebate?: Maybe<Money>;
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

/** One way to pay a payment link: in `count` installments. */
export type InstallmentOption = {
  __typename?: 'InstallmentOption';
  /** Number of installments. */
  count: Scalars['Int']['output'];
  /** The provider's figure for one installment: amount / count, rounded half-up to the cent. For display only: count × it may differ from `totalAmount` by a few cents (150.01 in 2 → 75.01); `installmentAmounts` are the amounts charged. */
  installmentAmount: Money;
  /** Each of the `count` installments as the provider charges them, in order; they add up to `totalAmount` exactly. Astra: the total / count rounded down to the cent, the first installment absorbing the remaining cents (150.01 in 2 → 75.01 + 75.00). */
  installmentAmounts: Array<Money>;
  /** What the payer pays in total (no interest on Astra). */
  totalAmount: Money;
};

/** An amount of money. Never a float: `amount` is a decimal string such as "100.00". */
export type Money = {
  __typename?: 'Money';
  /** The amount with exactly two fraction digits, e.g. "100.00". */
  amount: Scalars['Decimal']['output'];
  /** Always BRL today. */
  currency: CurrencyCode;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** SANDBOX ONLY. Moves the provider simulator's calendar forward by `days` (1–400): Automatic Pix payments whose scheduled date arrives are settled (paid, or failed for amounts ending in ,99 on the first attempt), and Paygraph's date rules follow the same calendar. Everything else on the simulator clock moves too (charges expire). */
  advanceSandboxClock: AdvanceSandboxClockPayload;
  /** Cancels an ACTIVE recurrence: no further charges (charges already made stay). Needs the `cards` scope. */
  cancelCardRecurrence: CardRecurrencePayload;
  /** Skips one SCHEDULED charge of a recurrence; the recurrence goes on with the next one (the skipped charge still counts toward `count`). Needs the `cards` scope. */
  cancelCardRecurrenceSchedule: CancelCardRecurrenceSchedulePayload;
  /** Cancels an APPROVED card transaction in full (the card refund). Needs the `cards` scope. */
  cancelCardTransaction: CancelCardTransactionPayload;
  /** Cancels an ACTIVE charge with a due date (its payer can no longer pay it). Cancelling a cancelled one answers it unchanged; a PAID one is INVALID_STATE. */
  cancelDueDatePixCharge: CancelDueDatePixChargePayload;
  /** Cancels an ACTIVE (unpaid) Pix charge so it can no longer be paid. API Pix only (PATCH /cob/{txid}); Astra and Pagstar answer NOT_SUPPORTED. */
  cancelPixCharge: CancelPixChargePayload;
  /** Cancels a CREATED batch: nothing is sent. Safe to repeat. A released batch → INVALID_STATE. Needs the `payouts` scope. */
  cancelPixPayoutBatch: CancelPixPayoutBatchPayload;
  /** Charges a card (in full, or a saved card). A decline is data, not an error: see ChargeCardPayload. Needs the `cards` scope. Send `idempotencyKey` to make retries safe. */
  chargeCard: ChargeCardPayload;
  /** Charges a saved card by its id (CVV optional). Needs the `cards` scope. */
  chargeSavedCard: ChargeCardPayload;
  /** Asks a payer to authorize recurring Automatic Pix debits (status PENDING until they approve in their bank app; watch it with automaticPixAuthorizationUpdated). Validated before any provider call; send `idempotencyKey` to make retries safe. */
  createAutomaticPixAuthorization: CreateAutomaticPixAuthorizationPayload;
  /** Schedules a debit under an APPROVED authorization. Refused before the debit is requested when the authorization is not APPROVED, the amount is outside its min/max, or the due date is not at least tomorrow (Brasília) and on or after its start date. Send `idempotencyKey` so a retry never debits twice. */
  createAutomaticPixPayment: AutomaticPixPaymentPayload;
  /** Charges a card on a schedule: `amount` every day, week, month or year from `startDate`, `count` times or until cancelled. A declined charge is retried once a day up to maxAttempts. Each charge arrives as CARD_RECURRING_CHARGED on paymentEvents and on cardRecurrenceUpdated. Needs the `cards` scope. Send `idempotencyKey` to make retries safe. */
  createCardRecurrence: CardRecurrencePayload;
  /** Issues a client token for one object, for a browser page that shows it (docs/frontend-guide.md). Needs `write`. Every issuance is written to the audit log (client, subject, TTL, key id, token id; never the token). NOT_SUPPORTED when client tokens are disabled (production without CLIENT_TOKEN_KEYS). */
  createClientToken: CreateClientTokenPayload;
  /** Creates a Pix charge with a due date (PIX_API only). Validated before any provider call; send `idempotencyKey` to make retries safe. */
  createDueDatePixCharge: CreateDueDatePixChargePayload;
  /** Creates a payment link (a hosted page paid by Pix or card in installments). Validated before any provider call; send `idempotencyKey` to make retries safe. */
  createPaymentLink: CreatePaymentLinkPayload;
  /** Creates a Pix charge (dynamic QR code). Validated before any provider call; send `idempotencyKey` to make retries safe. */
  createPixCharge: CreatePixChargePayload;
  /** Creates a batch of 1–1,000 outgoing Pix payments (status CREATED: nothing is sent until releasePixPayoutBatch). Needs the `payouts` API-key scope. Every problem of the input is reported at once, before any provider call. `idempotencyKey` is required. */
  createPixPayoutBatch: CreatePixPayoutBatchPayload;
  /** Creates a static Pix QR code (fixed amount or payer-typed). Validated before any provider call. Safe to repeat: a static code moves no money, so there is no idempotencyKey. */
  createStaticPixQrCode: CreateStaticPixQrCodePayload;
  /** Deletes a saved card at the provider. Needs the `cards` scope. */
  deleteSavedCard: DeleteSavedCardPayload;
  /** Deletes a webhook; a Paygraph URL stops accepting deliveries at once (its secret is revoked) and Paygraph's subscriptions stop getting its events (logged as a warning). Needs the API-key scope `webhooks`; every deletion is written to the audit log. */
  deleteWebhook: DeleteWebhookPayload;
  /** Refunds all (amount omitted) or part of a paid Pix charge. Checks the refundable remainder before asking the provider; send `idempotencyKey` so a retry never refunds twice. The refund is then watched until it is final: PIX_CHARGE_REFUNDED when it completes, REFUND_FAILED when it fails. */
  refundPixCharge: RefundPixChargePayload;
  /** Registers a webhook at a provider. Without `url`, Paygraph registers its own URL (PUBLIC_URL, with a fresh secret) so the events reach its subscriptions. One webhook per event type. Needs the API-key scope `webhooks` (`read`/`write` alone get FORBIDDEN); every registration is written to the audit log. */
  registerWebhook: RegisterWebhookPayload;
  /** Releases a CREATED batch: its payments are sent (scheduled ones on their date). Safe to repeat, also concurrently: the provider is asked once, and every call answers the batch as it is now. A cancelled batch → INVALID_STATE. Needs the `payouts` scope. */
  releasePixPayoutBatch: ReleasePixPayoutBatchPayload;
  /** Schedules a new attempt of a FAILED payment whose authorization accepts retries: at most 3 retries, on a date within 7 days of the due date, requested by 23:59 (Brasília) of the day before. Each rule is checked before the retry is requested. */
  retryAutomaticPixPayment: AutomaticPixPaymentPayload;
  /** Tokenizes a card at the provider (no CVV; nothing of the card is kept by Paygraph). Needs the `cards` scope. */
  saveCard: SaveCardPayload;
  /** SANDBOX ONLY. The API Pix simulator pays the charge with what is due on the sandbox clock’s day (less discount and rebate before the due date, plus fine and interest after it; advanceSandboxClock moves the day). */
  simulateDueDatePixChargePayment: SimulateDueDatePixChargePaymentPayload;
  /** SANDBOX ONLY. The provider simulator marks the charge paid and delivers its real webhook to Paygraph, which confirms it and publishes PIX_CHARGE_PAID to subscribers. */
  simulatePixChargePayment: SimulatePixChargePaymentPayload;
  /** Revises an ACTIVE charge with a due date (`PATCH`): only the given fields change, and the result must pass the create rules. Validated before any write. */
  updateDueDatePixCharge: UpdateDueDatePixChargePayload;
  /** Changes a webhook's URL and/or event type; omitted fields keep their value. Paygraph's own registrations (URL `…/webhooks/<provider>/****`) keep their URL: a new `url` is `INVALID_STATE` on `input.url` with no provider write (delete it and register yours instead). Needs the API-key scope `webhooks`; every change and refusal is written to the audit log. */
  updateWebhook: UpdateWebhookPayload;
};


export type MutationAdvanceSandboxClockArgs = {
  days: Scalars['Int']['input'];
};


export type MutationCancelCardRecurrenceArgs = {
  input: CancelCardRecurrenceInput;
};


export type MutationCancelCardRecurrenceScheduleArgs = {
  input: CancelCardRecurrenceScheduleInput;
};


export type MutationCancelCardTransactionArgs = {
  input: CancelCardTransactionInput;
};


export type MutationCancelDueDatePixChargeArgs = {
  input: CancelDueDatePixChargeInput;
};


export type MutationCancelPixChargeArgs = {
  input: CancelPixChargeInput;
};


export type MutationCancelPixPayoutBatchArgs = {
  input: PixPayoutBatchActionInput;
};


export type MutationChargeCardArgs = {
  input: ChargeCardInput;
};


export type MutationChargeSavedCardArgs = {
  input: ChargeSavedCardInput;
};


export type MutationCreateAutomaticPixAuthorizationArgs = {
  input: CreateAutomaticPixAuthorizationInput;
};


export type MutationCreateAutomaticPixPaymentArgs = {
  input: CreateAutomaticPixPaymentInput;
};


export type MutationCreateCardRecurrenceArgs = {
  input: CreateCardRecurrenceInput;
};


export type MutationCreateClientTokenArgs = {
  input: CreateClientTokenInput;
};


export type MutationCreateDueDatePixChargeArgs = {
  input: CreateDueDatePixChargeInput;
};


export type MutationCreatePaymentLinkArgs = {
  input: CreatePaymentLinkInput;
};


export type MutationCreatePixChargeArgs = {
  input: CreatePixChargeInput;
};


export type MutationCreatePixPayoutBatchArgs = {
  input: CreatePixPayoutBatchInput;
};


export type MutationCreateStaticPixQrCodeArgs = {
  input: CreateStaticPixQrCodeInput;
};


export type MutationDeleteSavedCardArgs = {
  input: DeleteSavedCardInput;
};


export type MutationDeleteWebhookArgs = {
  input: DeleteWebhookInput;
};


export type MutationRefundPixChargeArgs = {
  input: RefundPixChargeInput;
};


export type MutationRegisterWebhookArgs = {
  input: RegisterWebhookInput;
};


export type MutationReleasePixPayoutBatchArgs = {
  input: PixPayoutBatchActionInput;
};


export type MutationRetryAutomaticPixPaymentArgs = {
  input: RetryAutomaticPixPaymentInput;
};


export type MutationSaveCardArgs = {
  input: SaveCardInput;
};


export type MutationSimulateDueDatePixChargePaymentArgs = {
  input: SimulateDueDatePixChargePaymentInput;
};


export type MutationSimulatePixChargePaymentArgs = {
  input: SimulatePixChargePaymentInput;
};


export type MutationUpdateDueDatePixChargeArgs = {
  input: UpdateDueDatePixChargeInput;
};


export type MutationUpdateWebhookArgs = {
  input: UpdateWebhookInput;
};

/** An object with a global id. Fetch any of them again with `node(id:)` or `nodes(ids:)`. */
export type Node = {
  /** Opaque global id (encodes type, provider and provider id). Do not parse it. */
  id: Scalars['ID']['output'];
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge: pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when `first` more items exist after `endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items exist before `startCursor`. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A person or company taking part in a payment. */
export type Party = {
  __typename?: 'Party';
  /** CPF (11 digits) or CNPJ (14 characters), unformatted. */
  document?: Maybe<Scalars['CpfCnpj']['output']>;
  /** Name as the provider reports it. */
  name?: Maybe<Scalars['String']['output']>;
};

/** A person or company, identified by CPF or CNPJ. */
export type PartyInput = {
  /** CPF (11 digits) or CNPJ (14 characters), formatted or not; check digits are verified. */
  document: Scalars['CpfCnpj']['input'];
  /** Name. Required by Astra whenever a debtor is given. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Something that happened at a provider, confirmed by re-fetching the subject. */
export type PaymentEvent = {
  __typename?: 'PaymentEvent';
  /** Resume point: pass it as `paymentEvents(after:)` after a reconnect to receive what you missed. */
  cursor: Scalars['String']['output'];
  /** Stable per provider event: duplicate deliveries of one event share it. */
  id: Scalars['ID']['output'];
  /** When it happened at the provider. */
  occurredAt: Scalars['DateTime']['output'];
  /** Which provider reported it. */
  provider: PaymentProvider;
  /** The object as re-fetched from the provider after the event. */
  subject?: Maybe<Node>;
  /** What happened. */
  type: PaymentEventType;
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

/** A payment link: a provider-hosted page where the payer pays by Pix, or by card in installments. */
export type PaymentLink = Node & PaymentObject & {
  __typename?: 'PaymentLink';
  /** Amount to be paid. */
  amount: Money;
  /** When the link was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Free text shown to the payer. */
  description?: Maybe<Scalars['String']['output']>;
  /** When the link stops accepting payment. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global id; `node(id:)` fetches the current state from the provider. */
  id: Scalars['ID']['output'];
  /** Each installment count the payer may choose, with its amounts. */
  installmentOptions: Array<InstallmentOption>;
  /** Maximum number of card installments offered. */
  installments: Scalars['Int']['output'];
  /** The payer's CPF/CNPJ, unformatted (a CpfCnpj like `Party.document`; it was a String). */
  payerDocument?: Maybe<Scalars['CpfCnpj']['output']>;
  /** Who is asked to pay. */
  payerName?: Maybe<Scalars['String']['output']>;
  /** The payment, once paid. */
  payment?: Maybe<PaymentLinkPayment>;
  /** Which provider holds this link. */
  provider: PaymentProvider;
  /** Provider's id for the link (Astra linkPaymentUuid). */
  providerId: Scalars['String']['output'];
  /** The provider's raw status (Astra: `code:description`, e.g. `1:CREATED`). */
  providerStatus?: Maybe<Scalars['String']['output']>;
  /** The caller's own reference (Astra userReference), echoed in events. */
  reference?: Maybe<Scalars['String']['output']>;
  /** Common state of this link (PaymentState, the same enum on every payment object), from `status`: CREATED → PENDING, PAID → SUCCEEDED, EXPIRED → EXPIRED, CANCELLED → CANCELLED, UNKNOWN → UNKNOWN. */
  state: PaymentState;
  /** Normalized status. */
  status: PaymentLinkStatus;
  /** When it last changed; null when the provider does not say. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The hosted payment page to send the payer to. */
  url?: Maybe<Scalars['String']['output']>;
  /** The provider's verification code for the link (Astra `verificationToken`, 6 digits; its purpose is undocumented). Server keys only: a browser credential (client token, OIDC token) gets FORBIDDEN on this field, the rest of the link still answers. Null when the provider sent none. */
  verificationToken?: Maybe<Scalars['String']['output']>;
};

/** A page of PaymentLink objects (Relay connection). */
export type PaymentLinkConnection = {
  __typename?: 'PaymentLinkConnection';
  /** The items of this page, in order. */
  edges: Array<PaymentLinkEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Total number of items, when the provider reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a PaymentLink connection. */
export type PaymentLinkEdge = {
  __typename?: 'PaymentLinkEdge';
  /** Opaque cursor of this edge; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The PaymentLink. */
  node: PaymentLink;
};

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

/** The payment that settled a payment link. */
export type PaymentLinkPayment = {
  __typename?: 'PaymentLinkPayment';
  /** Amount paid. */
  amount: Money;
  /** Pix or credit card. */
  method: PaymentLinkPaymentMethod;
  /** When it was paid. */
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  /** Provider's transaction id of the payment. */
  paymentId: Scalars['String']['output'];
  /** The provider's raw method value. */
  providerMethod: Scalars['String']['output'];
  /** Receipt: the end-to-end id for Pix, the NSU for card. */
  receipt?: Maybe<Scalars['String']['output']>;
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

/** A payment object: a charge, refund, link, payout batch, authorization, debit, card transaction or recurrence. Every `paymentEvents` subject is one, so `subject { ... on PaymentObject { id provider providerId state amount { amount currency } createdAt } }` reads any of them. Each type keeps its own `status`; `state` is the common one. */
export type PaymentObject = {
  /** The amount of this object; null when it has none (an authorization without a fixed amount). */
  amount?: Maybe<Money>;
  /** When it was created; null when the provider does not say. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global id; `node(id:)` fetches the current state from the provider. */
  id: Scalars['ID']['output'];
  /** Which provider holds this object. */
  provider: PaymentProvider;
  /** The provider's own id of this object (not a global id: use `id` wherever Paygraph asks for one). */
  providerId: Scalars['String']['output'];
  /** Common state, the same enum on every type; the type's own `status` says more. */
  state: PaymentState;
  /** When it last changed; null when the provider does not say. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

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

/** A Pix charge: a dynamic QR code (Astra) or a Pix deposit (Pagstar) that a payer pays once. `refunds` and `qrCodeSvg` are resolved on demand. */
export type PixCharge = Node & PaymentObject & {
  __typename?: 'PixCharge';
  /** Amount to be paid. */
  amount: Money;
  /** Sum of completed refunds (0.00 when none). */
  amountRefunded: Money;
  /** Pix "copia e cola" payload (EMV BR Code). */
  brCode?: Maybe<Scalars['String']['output']>;
  /** Provider-hosted payment page, when the provider has one. */
  checkoutUrl?: Maybe<Scalars['String']['output']>;
  /** When the charge was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who the charge is addressed to (not necessarily who pays). */
  debtor?: Maybe<Party>;
  /** Free text shown to the payer. */
  description?: Maybe<Scalars['String']['output']>;
  /** Pix end-to-end id of the payment, once paid. */
  endToEndId?: Maybe<Scalars['String']['output']>;
  /** When the charge stops accepting payment. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global id; `node(id:)` fetches the current state from the provider. */
  id: Scalars['ID']['output'];
  /** When it was paid. */
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who actually paid, once paid. */
  payer?: Maybe<Party>;
  /** Every Pix received for this charge (payer, amount, time, end-to-end id), when the provider lists them (API Pix); null for providers that report only one payment (see payer, paidAt, endToEndId). */
  payments?: Maybe<Array<ReceivedPix>>;
  /** Which provider holds this charge. */
  provider: PaymentProvider;
  /** The provider's id for the charge (Astra txid, Pagstar external_reference, API Pix txid: derived from your idempotencyKey, random without one). */
  providerId: Scalars['String']['output'];
  /** The provider's raw status value. */
  providerStatus?: Maybe<Scalars['String']['output']>;
  /** The BR Code as an SVG QR code, rendered locally (no third-party service). */
  qrCodeSvg?: Maybe<Scalars['String']['output']>;
  /** The caller's own reference (Astra userReference, Pagstar transaction_id). */
  reference?: Maybe<Scalars['String']['output']>;
  /** Refunds of this charge, oldest first. Batched across charges: a list of charges with their refunds costs a bounded number of provider calls. */
  refunds: RefundConnection;
  /** Common state of this charge (PaymentState, the same enum on every payment object), from `status`: ACTIVE → PENDING, PAID → SUCCEEDED, EXPIRED → EXPIRED, CANCELLED → CANCELLED, REFUNDED → REFUNDED, PARTIALLY_REFUNDED → PARTIALLY_REFUNDED, UNKNOWN → UNKNOWN. */
  state: PaymentState;
  /** Normalized status. */
  status: PixChargeStatus;
  /**
   * Provider's id for the charge (Astra txid, Pagstar external_reference, API Pix txid: derived from your idempotencyKey, random without one).
   * @deprecated Use providerId.
   */
  txid: Scalars['String']['output'];
  /** When it last changed; null when the provider does not say. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** A Pix charge: a dynamic QR code (Astra) or a Pix deposit (Pagstar) that a payer pays once. `refunds` and `qrCodeSvg` are resolved on demand. */
export type PixChargeRefundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of PixCharge objects (Relay connection). */
export type PixChargeConnection = {
  __typename?: 'PixChargeConnection';
  /** The items of this page, in order. */
  edges: Array<PixChargeEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Total number of items, when the provider reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a PixCharge connection. */
export type PixChargeEdge = {
  __typename?: 'PixChargeEdge';
  /** Opaque cursor of this edge; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The PixCharge. */
  node: PixCharge;
};

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

/** A Pix key: where a payout goes. */
export type PixKey = {
  __typename?: 'PixKey';
  type: PixKeyType;
  /** The key, normalised (CPF/CNPJ digits only, e-mail lowercase). */
  value: Scalars['String']['output'];
};

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

/** One outgoing Pix payment of a payout batch. A Node: `node(id:)` re-reads it from the provider, `batch` is the batch it belongs to, and PIX_PAYOUT_PAYMENT_UPDATED events have it as subject. */
export type PixPayout = Node & PaymentObject & {
  __typename?: 'PixPayout';
  amount: Money;
  /** The batch this payment belongs to (current state, read from the provider). */
  batch: PixPayoutBatch;
  beneficiaryName: Scalars['String']['output'];
  /** When it was created; null when the provider does not say. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** Pix end-to-end id, once paid. */
  endToEndId?: Maybe<Scalars['String']['output']>;
  /** Why it failed, when FAILED. */
  failureReason?: Maybe<Scalars['String']['output']>;
  /** Opaque global id (provider, batch and payment); `node(id:)` fetches the current state from the provider. */
  id: Scalars['ID']['output'];
  /** Your id for the payment, unique in its batch. */
  paymentId: Scalars['ID']['output'];
  /** Where it goes (null for a key type Paygraph does not know). */
  pixKey?: Maybe<PixKey>;
  /** When it was paid or failed. */
  processedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Which provider sends this payment. */
  provider: PaymentProvider;
  /** The payment's id at the provider: the `paymentId` you chose, unique in its batch (Astra keys payments by it). */
  providerId: Scalars['String']['output'];
  /** The provider's raw status value. */
  providerStatus: Scalars['String']['output'];
  /** Your reference for the payment. */
  reference?: Maybe<Scalars['String']['output']>;
  /** Brasília date (YYYY-MM-DD) it is paid on; null: as soon as the batch is released. */
  scheduledDate?: Maybe<Scalars['Date']['output']>;
  /** Common state of this payment (PaymentState, the same enum on every payment object), from `status`: PENDING → PENDING, PAID → SUCCEEDED, FAILED → FAILED, CANCELLED → CANCELLED, UNKNOWN → UNKNOWN. */
  state: PaymentState;
  status: PixPayoutStatus;
  /** When it last changed; null when the provider does not say. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A batch of up to 1,000 outgoing Pix payments from one account, released (or cancelled) together. `payments` pages over the provider. */
export type PixPayoutBatch = Node & PaymentObject & {
  __typename?: 'PixPayoutBatch';
  /** The sum of all payments of the batch (the same as `totalAmount`). */
  amount?: Maybe<Money>;
  /**
   * Provider's id for the batch (Astra checkoutId), derived from your idempotencyKey.
   * @deprecated Use providerId.
   */
  batchId: Scalars['String']['output'];
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the last payment became final. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  debitAccount?: Maybe<DebitAccount>;
  /** Opaque global id; `node(id:)` fetches the current state from the provider. */
  id: Scalars['ID']['output'];
  /** Sum of the payments paid so far. */
  paidAmount: Money;
  /** Payments paid so far (processed totals count PAID payments only). */
  paidCount: Scalars['Int']['output'];
  /** Number of payments in the batch. */
  paymentCount: Scalars['Int']['output'];
  /** The batch's payments in the order they were given (Relay connection over the provider's pages; `first` at most 100). */
  payments: PixPayoutConnection;
  provider: PaymentProvider;
  /** Provider's id for the batch (Astra checkoutId), derived from your idempotencyKey. */
  providerId: Scalars['String']['output'];
  /** The provider's raw status value. */
  providerStatus?: Maybe<Scalars['String']['output']>;
  /** Your reference for the batch. */
  reference?: Maybe<Scalars['String']['output']>;
  releasedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Common state of this batch (PaymentState, the same enum on every payment object), from `status`: CREATED → PENDING, PROCESSING → PENDING, COMPLETED → SUCCEEDED, PARTIALLY_COMPLETED → PARTIALLY_SUCCEEDED, FAILED → FAILED, CANCELLED → CANCELLED, UNKNOWN → UNKNOWN. PENDING covers both not yet released (CREATED) and released with payments still running (PROCESSING). */
  state: PaymentState;
  status: PixPayoutBatchStatus;
  /** Sum of all payments. */
  totalAmount: Money;
  /** When it last changed; null when the provider does not say. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** A batch of up to 1,000 outgoing Pix payments from one account, released (or cancelled) together. `payments` pages over the provider. */
export type PixPayoutBatchPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<PixPayoutStatus>;
};

/** Which batch to release or cancel. */
export type PixPayoutBatchActionInput = {
  /** Global id of the PixPayoutBatch. */
  batchId: Scalars['ID']['input'];
};

/** A page of PixPayoutBatch objects (Relay connection). */
export type PixPayoutBatchConnection = {
  __typename?: 'PixPayoutBatchConnection';
  /** The items of this page, in order. */
  edges: Array<PixPayoutBatchEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Total number of items, when the provider reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a PixPayoutBatch connection. */
export type PixPayoutBatchEdge = {
  __typename?: 'PixPayoutBatchEdge';
  /** Opaque cursor of this edge; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The PixPayoutBatch. */
  node: PixPayoutBatch;
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

/** A page of PixPayout objects (Relay connection). */
export type PixPayoutConnection = {
  __typename?: 'PixPayoutConnection';
  /** The items of this page, in order. */
  edges: Array<PixPayoutEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Total number of items, when the provider reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a PixPayout connection. */
export type PixPayoutEdge = {
  __typename?: 'PixPayoutEdge';
  /** Opaque cursor of this edge; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The PixPayout. */
  node: PixPayout;
};

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

/** A refund (Pix "devolução") of all or part of a paid Pix charge. */
export type PixRefund = Node & PaymentObject & Refund & {
  __typename?: 'PixRefund';
  /** Amount refunded (or being refunded). */
  amount: Money;
  /** The refunded charge (current state). */
  charge: PixCharge;
  /** When it was requested. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Pix end-to-end id of the refund itself, once completed (null for refunds that are not Pix transfers). */
  endToEndId?: Maybe<Scalars['String']['output']>;
  /** Why the refund FAILED, as the provider says; null otherwise. */
  failureReason?: Maybe<Scalars['String']['output']>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Which provider processes this refund. */
  provider: PaymentProvider;
  /** Provider's id for the refund (a card refund: the cancelled transaction's id). */
  providerId: Scalars['String']['output'];
  /** The provider's raw status value. */
  providerStatus?: Maybe<Scalars['String']['output']>;
  /** Reason given when the refund was requested. */
  reason?: Maybe<Scalars['String']['output']>;
  /**
   * Provider's id for the refund.
   * @deprecated Use providerId.
   */
  refundId: Scalars['String']['output'];
  /** When the money went back, once REFUNDED. */
  refundedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Common state of this refund (PaymentState, the same enum on every payment object), from `status`: PROCESSING → PENDING, REFUNDED → SUCCEEDED, FAILED → FAILED, UNKNOWN → UNKNOWN. SUCCEEDED means the refund itself went through (the money is back with the payer). */
  state: PaymentState;
  /** Normalized status. */
  status: RefundStatus;
  /** When it last changed; null: the provider does not say (see `refundedAt`). */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** Automatic Pix authorizations of one provider (Relay connection; `first` at most 100). */
  automaticPixAuthorizations?: Maybe<AutomaticPixAuthorizationConnection>;
  /** Institutions a payer can authorize Automatic Pix debits from, by name. */
  automaticPixParticipants?: Maybe<AutomaticPixParticipantConnection>;
  /** Automatic Pix payments of one provider, latest scheduled date first (Relay connection; `first` at most 100). */
  automaticPixPayments?: Maybe<AutomaticPixPaymentConnection>;
  /** Card recurrences of one provider, newest first (Relay connection; `first` at most 100). */
  cardRecurrences?: Maybe<CardRecurrenceConnection>;
  /** Card transactions of one provider, newest first (Relay connection; `first` at most 100). */
  cardTransactions?: Maybe<CardTransactionConnection>;
  /** Reads any Pix BR Code (static or dynamic, any bank) locally, with no provider call: CRC16, structure, key, amount, receiver, txid, URL, and every problem of a malformed code in `errors`. Accented text decodes (`valid` stays true) and is named in `warnings`. */
  decodeBrCode: BrCodeDecodeResult;
  /** Pix charges with a due date of one provider (PIX_API when `filter.provider` is not given), by creation time (Relay connection; `first` at most 100). Read one with `node(id:)`. A provider without them (Astra, Pagstar) is NOT_SUPPORTED on this field alone. */
  dueDatePixCharges?: Maybe<DueDatePixChargeConnection>;
  /** Fetches any object by its global id (current state, from the provider). Null when the provider does not know it. */
  node?: Maybe<Node>;
  /** Fetches up to 100 objects by global id, in the same order; null for unknown ones. */
  nodes: Array<Maybe<Node>>;
  /** Payment links of one provider, newest first (Relay connection; `first` at most 100). */
  paymentLinks?: Maybe<PaymentLinkConnection>;
  /** Pix charges of one provider, newest first (Relay connection; `first` at most 100). */
  pixCharges?: Maybe<PixChargeConnection>;
  /** Payout batches this API client created, newest first (Relay connection; `first` at most 100). Each is read from the provider. */
  pixPayoutBatches?: Maybe<PixPayoutBatchConnection>;
  /** SANDBOX ONLY. The sandbox's current instant and Brasília 'today', without moving them (advanceSandboxClock moves them). Null when the sandbox has no clock. */
  sandboxClock?: Maybe<SandboxClock>;
  /** Cards saved (tokenized) at a provider, newest first. */
  savedCards?: Maybe<SavedCardConnection>;
  /** Webhooks registered at a provider (at most one per event type). Paygraph URLs are shown masked. */
  webhooks?: Maybe<Array<Webhook>>;
};


export type QueryAutomaticPixAuthorizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AutomaticPixAuthorizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAutomaticPixParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  provider?: PaymentProvider;
};


export type QueryAutomaticPixPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AutomaticPixPaymentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCardRecurrencesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CardRecurrenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCardTransactionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CardTransactionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDecodeBrCodeArgs = {
  brCode: Scalars['String']['input'];
};


export type QueryDueDatePixChargesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DueDatePixChargeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryPaymentLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentLinkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPixChargesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PixChargeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPixPayoutBatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PixPayoutBatchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySavedCardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  provider?: InputMaybe<PaymentProvider>;
};


export type QueryWebhooksArgs = {
  provider?: PaymentProvider;
};

/** One Pix received for a charge (API Pix: an item of the charge's `pix` list). Several Pix may pay one charge when the PSP allows a changed amount. */
export type ReceivedPix = {
  __typename?: 'ReceivedPix';
  /** Amount this Pix paid. */
  amount: Money;
  /** End-to-end id of the Pix (32 characters); quote it to the payer's bank. */
  endToEndId: Scalars['String']['output'];
  /** When it was paid. */
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who paid, when the PSP says (the standard does not; some PSPs add it). */
  payer?: Maybe<Party>;
  /** The payer's own message (`infoPagador`). */
  payerMessage?: Maybe<Scalars['String']['output']>;
};

/** A refund of all or part of a payment. `PixRefund` is a refund of a Pix charge; fetch the refunded object through the implementation (`... on PixRefund { charge { id } }`). */
export type Refund = {
  /** Amount refunded (or being refunded). */
  amount: Money;
  /** When it was requested. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Pix end-to-end id of the refund itself, once completed (null for refunds that are not Pix transfers). */
  endToEndId?: Maybe<Scalars['String']['output']>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Which provider processes this refund. */
  provider: PaymentProvider;
  /** Provider's id for the refund (a card refund: the cancelled transaction's id). */
  providerId: Scalars['String']['output'];
  /** The provider's raw status value. */
  providerStatus?: Maybe<Scalars['String']['output']>;
  /** Reason given when the refund was requested. */
  reason?: Maybe<Scalars['String']['output']>;
  /**
   * Provider's id for the refund.
   * @deprecated Use providerId.
   */
  refundId: Scalars['String']['output'];
  /** When the money went back, once REFUNDED. */
  refundedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Common state of this refund (PaymentState, the same enum on every payment object), from `status`: PROCESSING → PENDING, REFUNDED → SUCCEEDED, FAILED → FAILED, UNKNOWN → UNKNOWN. SUCCEEDED means the refund itself went through (the money is back with the payer). */
  state: PaymentState;
  /** Normalized status. */
  status: RefundStatus;
  /** When it last changed; null: the provider does not say (see `refundedAt`). */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of Refund objects (Relay connection). */
export type RefundConnection = {
  __typename?: 'RefundConnection';
  /** The items of this page, in order. */
  edges: Array<RefundEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Total number of items, when the provider reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a Refund connection. */
export type RefundEdge = {
  __typename?: 'RefundEdge';
  /** Opaque cursor of this edge; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The Refund. */
  node: PixRefund;
};

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

/** Result of refundPixCharge. */
export type RefundPixChargePayload = {
  __typename?: 'RefundPixChargePayload';
  /** The refunded charge, as the provider reports it now. */
  pixCharge?: Maybe<PixCharge>;
  /** The refund as requested (usually PROCESSING). */
  refund?: Maybe<PixRefund>;
  /** Problems the caller can fix. Empty on success. */
  userErrors: Array<UserError>;
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

/** Result of registerWebhook: the webhook, or the reasons it was not registered. */
export type RegisterWebhookPayload = {
  __typename?: 'RegisterWebhookPayload';
  /** Problems the caller can fix. Empty on success. */
  userErrors: Array<UserError>;
  /** The new webhook; null when `userErrors` is not empty. */
  webhook?: Maybe<Webhook>;
};

/** Result of releasePixPayoutBatch: the batch as it is now. */
export type ReleasePixPayoutBatchPayload = {
  __typename?: 'ReleasePixPayoutBatchPayload';
  /** The released batch (PROCESSING or later); null when `userErrors` is not empty. */
  pixPayoutBatch?: Maybe<PixPayoutBatch>;
  /** INVALID_STATE for a cancelled batch, NOT_FOUND, … */
  userErrors: Array<UserError>;
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

/** The sandbox's clock: the simulators' time, which Paygraph's date rules and list windows follow. */
export type SandboxClock = {
  __typename?: 'SandboxClock';
  /** The sandbox's current instant (moved by advanceSandboxClock). */
  now: Scalars['DateTime']['output'];
  /** The sandbox's Brasília date (America/Sao_Paulo), yyyy-MM-dd: the 'today' of its date rules. */
  today: Scalars['Date']['output'];
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

export type SaveCardPayload = {
  __typename?: 'SaveCardPayload';
  savedCard?: Maybe<SavedCard>;
  userErrors: Array<UserError>;
};

/** A card tokenized at the provider: its token and masked number. No CVV is ever kept. */
export type SavedCard = Node & {
  __typename?: 'SavedCard';
  brand: CardBrand;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  expiryMonth: Scalars['Int']['output'];
  expiryYear: Scalars['Int']['output'];
  holderName: Scalars['String']['output'];
  /** Opaque global id; pass it as `savedCardId` to charge the card. */
  id: Scalars['ID']['output'];
  /** First 6 + `******` + last 4 digits. */
  maskedNumber: Scalars['String']['output'];
  provider: PaymentProvider;
  /** The provider's id for the card: its card token (the same as the deprecated `token`). */
  providerId: Scalars['String']['output'];
  /** Your own reference (e.g. a customer id). */
  reference?: Maybe<Scalars['String']['output']>;
  /**
   * The provider's card token.
   * @deprecated Use providerId.
   */
  token: Scalars['String']['output'];
};

/** A page of SavedCard objects (Relay connection). */
export type SavedCardConnection = {
  __typename?: 'SavedCardConnection';
  /** The items of this page, in order. */
  edges: Array<SavedCardEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Total number of items, when the provider reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a SavedCard connection. */
export type SavedCardEdge = {
  __typename?: 'SavedCardEdge';
  /** Opaque cursor of this edge; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The SavedCard. */
  node: SavedCard;
};

/** Sandbox only: pay a charge with a due date as a payer would, on the sandbox clock’s day. */
export type SimulateDueDatePixChargePaymentInput = {
  /** Global id of an ACTIVE DueDatePixCharge. */
  id: Scalars['ID']['input'];
};

/** Result of simulateDueDatePixChargePayment. */
export type SimulateDueDatePixChargePaymentPayload = {
  __typename?: 'SimulateDueDatePixChargePaymentPayload';
  /** The charge after payment, re-read from the provider. */
  dueDatePixCharge?: Maybe<DueDatePixCharge>;
  /** Problems the caller can fix. */
  userErrors: Array<UserError>;
};

/** Sandbox only: pay a charge as if a payer scanned its QR code. */
export type SimulatePixChargePaymentInput = {
  /** Global id of an ACTIVE PixCharge. */
  chargeId: Scalars['ID']['input'];
  /** Who pays (default: the debtor, or a test payer). */
  payer?: InputMaybe<PartyInput>;
};

/** Result of simulatePixChargePayment. */
export type SimulatePixChargePaymentPayload = {
  __typename?: 'SimulatePixChargePaymentPayload';
  /** The charge after payment, re-read from the provider. */
  pixCharge?: Maybe<PixCharge>;
  /** Problems the caller can fix. */
  userErrors: Array<UserError>;
};

/** A static Pix QR code: a BR Code with the merchant account's Pix key that any number of payers can pay, with or without a fixed amount. Not a `Node`: the provider keeps nothing to read back (Astra has no read-by-id for static codes), so there is no id to refetch; the code describes itself, and `decodeBrCode(brCode:)` reads it back at no cost. Payments to it are not reported (no event, no query). */
export type StaticPixQrCode = {
  __typename?: 'StaticPixQrCode';
  /** Fixed amount; null when the payer types the amount. */
  amount?: Maybe<Money>;
  /** Pix "copia e cola" payload (EMV BR Code) to show or share. */
  brCode: Scalars['String']['output'];
  /** When the provider created it. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Free text for the payer, as the provider stored it. The BR Code carries only as much as fits next to the key (see decodeBrCode). */
  description?: Maybe<Scalars['String']['output']>;
  /** Receiver city shown to the payer (from the provider account). */
  merchantCity: Scalars['String']['output'];
  /** Receiver name shown to the payer (from the provider account). */
  merchantName: Scalars['String']['output'];
  /** The Pix key payments go to: the provider account's, not chosen per code. */
  pixKey: Scalars['String']['output'];
  /** The provider whose account receives the payments. */
  provider: PaymentProvider;
  /** The BR Code as an SVG QR code, rendered locally (no third-party service). */
  qrCodeSvg: Scalars['String']['output'];
  /** Your reference, written into the BR Code txid field (tag 62-05). */
  reference?: Maybe<Scalars['String']['output']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The authorization as it is now, then again each time its status changes (approved, rejected…), polled from the provider (one poller per authorization however many subscribers). No need to read it separately: nothing between subscribing and the first message is missed, and no message repeats or goes back. An unknown id ends the subscription with NOT_FOUND. */
  automaticPixAuthorizationUpdated: AutomaticPixAuthorization;
  /** The payment as it is now, then again each time it changes (paid, failed, rescheduled by a retry), polled from the provider (one poller per payment however many subscribers). No need to read it separately: nothing between subscribing and the first message is missed, and no message repeats or goes back. An unknown id ends the subscription with NOT_FOUND. */
  automaticPixPaymentUpdated: AutomaticPixPayment;
  /** The recurrence as it is now, then again after each charge attempt, paid or declined (`latestAttempt` says which: CARD_RECURRENCE_ATTEMPT), after each charge that became final (executedCharges counts them: CARD_RECURRING_CHARGED) and when it completes or is cancelled for too many declines. While you subscribe the recurrence is polled, because Astra sends no webhook for a declined attempt that will be retried; final charges also come from its CARD_RECURRING_INBOUND webhook. No message repeats or goes back to an older state. */
  cardRecurrenceUpdated: CardRecurrence;
  /** The card transaction as it is now, then again each time it changes (cancelled, charged back), as re-fetched from the provider. No message repeats or goes back to an older state. */
  cardTransactionUpdated: CardTransaction;
  /** The charge with a due date as it is now (read from the provider when you subscribe), then again each time it is paid (DUE_DATE_PIX_CHARGE_PAID, with what was paid), as re-fetched from the provider. Nothing between subscribing and the first message is missed, and no message repeats or goes back to an older state. An unknown id ends the subscription with a NOT_FOUND error. */
  dueDatePixChargeUpdated: DueDatePixCharge;
  /** Confirmed payment events, live. Pass `after:` the last cursor you received to first replay what you missed (no gap, no duplicate), then continue live. */
  paymentEvents: PaymentEvent;
  /** The link as it is now (read from the provider when you subscribe), then again when it changes (paid, expired, cancelled), as re-fetched from the provider. Nothing that happens between subscribing and the first message is missed, and no message repeats or goes back to an older state. An unknown id ends the subscription with a NOT_FOUND error. */
  paymentLinkUpdated: PaymentLink;
  /** The charge as it is now (read from the provider when you subscribe), then again each time it changes (paid, refunded, expired), as re-fetched from the provider. No need to read the charge separately: nothing that happens between subscribing and the first message is missed, and no message repeats or goes back to an older state. An unknown id ends the subscription with a NOT_FOUND error. */
  pixChargeUpdated: PixCharge;
  /** The batch as it is now (read from the provider when you subscribe), then again at each step it takes (the PIX_PAYOUT_UPDATED events): released or cancelled (as the mutation's provider answer), and each new status or paidCount re-read after a confirmed PIX_OUTBOUND delivery (payments paid, completed, partially completed, failed). Payments the provider settles together show as one step. No message repeats or goes back to an older state. Per-payment outcomes: pixPayoutUpdated or PIX_PAYOUT_PAYMENT_UPDATED. An unknown id ends the subscription with a NOT_FOUND error. */
  pixPayoutBatchUpdated: PixPayoutBatch;
  /** The payment as it is now (read from the provider when you subscribe: the batch is scanned for it), then once more when it is paid or failed, as re-fetched after its confirmed PIX_OUTBOUND delivery (the PIX_PAYOUT_PAYMENT_UPDATED event). An unknown id ends the subscription with a NOT_FOUND error. */
  pixPayoutUpdated: PixPayout;
};


export type SubscriptionAutomaticPixAuthorizationUpdatedArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionAutomaticPixPaymentUpdatedArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionCardRecurrenceUpdatedArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionCardTransactionUpdatedArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionDueDatePixChargeUpdatedArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionPaymentEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentEventFilter>;
};


export type SubscriptionPaymentLinkUpdatedArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionPixChargeUpdatedArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionPixPayoutBatchUpdatedArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionPixPayoutUpdatedArgs = {
  id: Scalars['ID']['input'];
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

/** Result of updateDueDatePixCharge: the revised charge (its `revision` one more), or the reasons it was not changed. */
export type UpdateDueDatePixChargePayload = {
  __typename?: 'UpdateDueDatePixChargePayload';
  /** The revised charge; null when `userErrors` is not empty. */
  dueDatePixCharge?: Maybe<DueDatePixCharge>;
  /** Problems the caller can fix. Empty on success. */
  userErrors: Array<UserError>;
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

/** Result of updateWebhook. */
export type UpdateWebhookPayload = {
  __typename?: 'UpdateWebhookPayload';
  /** Problems the caller can fix. Empty on success. */
  userErrors: Array<UserError>;
  /** The webhook as the provider holds it now; null when `userErrors` is not empty. */
  webhook?: Maybe<Webhook>;
};

/** Something the caller can fix. Mutations return these in `userErrors` instead of failing. */
export type UserError = {
  __typename?: 'UserError';
  /** Stable machine-readable code. */
  code: UserErrorCode;
  /** Path into the arguments, e.g. ["input", "debtor", "document"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** Human-readable explanation (English). */
  message: Scalars['String']['output'];
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

/** A webhook registered at a provider: where it sends one type of event. Paygraph's own URLs (which carry a secret) are always shown masked. */
export type Webhook = Node & {
  __typename?: 'Webhook';
  /** When it was registered. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The provider's delivery attempts to this webhook, newest first (each retry is an attempt). One provider call per webhook; a provider has at most one webhook per type. */
  deliveries: WebhookDeliveryConnection;
  /** The type of event this webhook receives. */
  eventType: WebhookEventType;
  /** Opaque global id; `node(id:)` reads the registration again from the provider. */
  id: Scalars['ID']['output'];
  /** Which provider sends to this webhook. */
  provider: PaymentProvider;
  /** When its URL or type last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the provider sends the events. A Paygraph URL has its secret path segment masked (`…/webhooks/astra/****`); other URLs are shown as registered. */
  url: Scalars['String']['output'];
};


/** A webhook registered at a provider: where it sends one type of event. Paygraph's own URLs (which carry a secret) are always shown masked. */
export type WebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One attempt of the provider to deliver one event to a webhook (retries are separate attempts). */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** When the provider made this attempt. */
  attemptedAt: Scalars['DateTime']['output'];
  /** The type of the event delivered. */
  eventType: WebhookEventType;
  /** HTTP status the receiver answered; null when no answer arrived (timeout, connection refused). */
  httpStatus?: Maybe<Scalars['Int']['output']>;
  /** The provider's id of this delivery attempt. */
  id: Scalars['ID']['output'];
  /** True when the receiver answered 2xx in time. */
  success: Scalars['Boolean']['output'];
};

/** A page of WebhookDelivery objects (Relay connection). */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The items of this page, in order. */
  edges: Array<WebhookDeliveryEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** An edge in a WebhookDelivery connection. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Opaque cursor of this edge; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The WebhookDelivery. */
  node: WebhookDelivery;
};

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

export type CreateChargeMutationVariables = Exact<{
  input: CreatePixChargeInput;
}>;


export type CreateChargeMutation = { __typename?: 'Mutation', createPixCharge: { __typename?: 'CreatePixChargePayload', pixCharge?: { __typename?: 'PixCharge', id: string, txid: string, status: PixChargeStatus, expiresAt?: string | null, amount: { __typename?: 'Money', amount: string, currency: CurrencyCode } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type ReadChargeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReadChargeQuery = { __typename?: 'Query', node?:
    | { __typename: 'AutomaticPixAuthorization' }
    | { __typename: 'AutomaticPixPayment' }
    | { __typename: 'CardRecurrence' }
    | { __typename: 'CardRefund' }
    | { __typename: 'CardTransaction' }
    | { __typename: 'DueDatePixCharge' }
    | { __typename: 'PaymentLink' }
    | { __typename: 'PixCharge', id: string, status: PixChargeStatus, brCode?: string | null, qrCodeSvg?: string | null, expiresAt?: string | null, paidAt?: string | null, amount: { __typename?: 'Money', amount: string, currency: CurrencyCode }, amountRefunded: { __typename?: 'Money', amount: string, currency: CurrencyCode }, payer?: { __typename?: 'Party', name?: string | null } | null }
    | { __typename: 'PixPayout' }
    | { __typename: 'PixPayoutBatch' }
    | { __typename: 'PixRefund' }
    | { __typename: 'SavedCard' }
    | { __typename: 'Webhook' }
   | null };

export type RefundChargeMutationVariables = Exact<{
  input: RefundPixChargeInput;
}>;


export type RefundChargeMutation = { __typename?: 'Mutation', refundPixCharge: { __typename?: 'RefundPixChargePayload', refund?: { __typename?: 'PixRefund', id: string, status: RefundStatus, amount: { __typename?: 'Money', amount: string, currency: CurrencyCode } } | null, pixCharge?: { __typename?: 'PixCharge', id: string, status: PixChargeStatus, amountRefunded: { __typename?: 'Money', amount: string, currency: CurrencyCode } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type WatchChargeSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WatchChargeSubscription = { __typename?: 'Subscription', pixChargeUpdated: { __typename?: 'PixCharge', id: string, status: PixChargeStatus, paidAt?: string | null, amountRefunded: { __typename?: 'Money', amount: string, currency: CurrencyCode } } };

export type ChargeSavedCardMutationVariables = Exact<{
  input: ChargeSavedCardInput;
}>;


export type ChargeSavedCardMutation = { __typename?: 'Mutation', chargeSavedCard: { __typename?: 'ChargeCardPayload', cardTransaction?: { __typename?: 'CardTransaction', id: string, status: CardTransactionStatus, maskedNumber: string, savedCardToken?: string | null, amount: { __typename?: 'Money', amount: string } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type CancelCardTransactionMutationVariables = Exact<{
  input: CancelCardTransactionInput;
}>;


export type CancelCardTransactionMutation = { __typename?: 'Mutation', cancelCardTransaction: { __typename?: 'CancelCardTransactionPayload', cardTransaction?: { __typename?: 'CardTransaction', id: string, status: CardTransactionStatus, cancelledAt?: string | null } | null, refund?: { __typename: 'CardRefund', id: string, refundId: string, status: RefundStatus, refundedAt?: string | null, cardTransaction: { __typename?: 'CardTransaction', id: string, status: CardTransactionStatus }, amount: { __typename?: 'Money', amount: string } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type SaveCardMutationVariables = Exact<{
  input: SaveCardInput;
}>;


export type SaveCardMutation = { __typename?: 'Mutation', saveCard: { __typename?: 'SaveCardPayload', savedCard?: { __typename?: 'SavedCard', id: string, token: string, brand: CardBrand, maskedNumber: string, holderName: string, expiryMonth: number, expiryYear: number, reference?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type DeleteSavedCardMutationVariables = Exact<{
  input: DeleteSavedCardInput;
}>;


export type DeleteSavedCardMutation = { __typename?: 'Mutation', deleteSavedCard: { __typename?: 'DeleteSavedCardPayload', savedCard?: { __typename?: 'SavedCard', id: string, maskedNumber: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type SavedCardsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SavedCardsQuery = { __typename?: 'Query', savedCards?: { __typename?: 'SavedCardConnection', totalCount?: number | null, edges: Array<{ __typename?: 'SavedCardEdge', node: { __typename?: 'SavedCard', id: string, maskedNumber: string } }> } | null };

export type CardTransactionsQueryVariables = Exact<{
  filter?: InputMaybe<CardTransactionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CardTransactionsQuery = { __typename?: 'Query', cardTransactions?: { __typename?: 'CardTransactionConnection', totalCount?: number | null, edges: Array<{ __typename?: 'CardTransactionEdge', node: { __typename?: 'CardTransaction', id: string, status: CardTransactionStatus, reference?: string | null, installments: number } }> } | null };

export type GetCardTransactionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GetCardTransactionQuery = { __typename?: 'Query', node?:
    | { __typename: 'AutomaticPixAuthorization' }
    | { __typename: 'AutomaticPixPayment' }
    | { __typename: 'CardRecurrence' }
    | { __typename: 'CardRefund' }
    | { __typename: 'CardTransaction', id: string, status: CardTransactionStatus, maskedNumber: string }
    | { __typename: 'DueDatePixCharge' }
    | { __typename: 'PaymentLink' }
    | { __typename: 'PixCharge' }
    | { __typename: 'PixPayout' }
    | { __typename: 'PixPayoutBatch' }
    | { __typename: 'PixRefund' }
    | { __typename: 'SavedCard' }
    | { __typename: 'Webhook' }
   | null };

export type CardTransactionUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CardTransactionUpdatedSubscription = { __typename?: 'Subscription', cardTransactionUpdated: { __typename?: 'CardTransaction', id: string, status: CardTransactionStatus } };

export type CreateCardRecurrenceMutationVariables = Exact<{
  input: CreateCardRecurrenceInput;
}>;


export type CreateCardRecurrenceMutation = { __typename?: 'Mutation', createCardRecurrence: { __typename?: 'CardRecurrencePayload', cardRecurrence?: { __typename?: 'CardRecurrence', id: string, recurrenceId: string, status: CardRecurrenceStatus, providerStatus: string, cancelReason?: CardRecurrenceCancelReason | null, type: CardRecurrenceType, frequency: CardRecurrenceFrequency, startDate: string, count?: number | null, executedCharges: number, nextChargeDate?: string | null, maxAttempts: number, brand: CardBrand, maskedNumber: string, holderName?: string | null, description?: string | null, reference?: string | null, createdAt?: string | null, cancelledAt?: string | null, amount: { __typename?: 'Money', amount: string, currency: CurrencyCode } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type CancelCardRecurrenceMutationVariables = Exact<{
  input: CancelCardRecurrenceInput;
}>;


export type CancelCardRecurrenceMutation = { __typename?: 'Mutation', cancelCardRecurrence: { __typename?: 'CardRecurrencePayload', cardRecurrence?: { __typename?: 'CardRecurrence', id: string, recurrenceId: string, status: CardRecurrenceStatus, providerStatus: string, cancelReason?: CardRecurrenceCancelReason | null, type: CardRecurrenceType, frequency: CardRecurrenceFrequency, startDate: string, count?: number | null, executedCharges: number, nextChargeDate?: string | null, maxAttempts: number, brand: CardBrand, maskedNumber: string, holderName?: string | null, description?: string | null, reference?: string | null, createdAt?: string | null, cancelledAt?: string | null, amount: { __typename?: 'Money', amount: string, currency: CurrencyCode } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type CancelCardRecurrenceScheduleMutationVariables = Exact<{
  input: CancelCardRecurrenceScheduleInput;
}>;


export type CancelCardRecurrenceScheduleMutation = { __typename?: 'Mutation', cancelCardRecurrenceSchedule: { __typename?: 'CancelCardRecurrenceSchedulePayload', schedule?: { __typename?: 'CardRecurrenceSchedule', scheduleId: string, installmentNumber: number, scheduledDate: string, status: CardRecurrenceScheduleStatus } | null, cardRecurrence?: { __typename?: 'CardRecurrence', id: string, status: CardRecurrenceStatus, executedCharges: number, nextChargeDate?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type GetCardRecurrenceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GetCardRecurrenceQuery = { __typename?: 'Query', node?:
    | { __typename: 'AutomaticPixAuthorization' }
    | { __typename: 'AutomaticPixPayment' }
    | { __typename: 'CardRecurrence', id: string, recurrenceId: string, status: CardRecurrenceStatus, providerStatus: string, cancelReason?: CardRecurrenceCancelReason | null, type: CardRecurrenceType, frequency: CardRecurrenceFrequency, startDate: string, count?: number | null, executedCharges: number, nextChargeDate?: string | null, maxAttempts: number, brand: CardBrand, maskedNumber: string, holderName?: string | null, description?: string | null, reference?: string | null, createdAt?: string | null, cancelledAt?: string | null, schedules: { __typename?: 'CardRecurrenceScheduleConnection', totalCount?: number | null, edges: Array<{ __typename?: 'CardRecurrenceScheduleEdge', node: { __typename?: 'CardRecurrenceSchedule', scheduleId: string, installmentNumber: number, scheduledDate: string, status: CardRecurrenceScheduleStatus, providerStatus: string, attempts: number, paidAt?: string | null, amount: { __typename?: 'Money', amount: string }, transaction?: { __typename?: 'CardTransaction', id: string, status: CardTransactionStatus, maskedNumber: string, amount: { __typename?: 'Money', amount: string }, recurrence?: { __typename?: 'CardRecurrence', id: string } | null } | null } }> }, transactions: { __typename?: 'CardTransactionConnection', totalCount?: number | null, edges: Array<{ __typename?: 'CardTransactionEdge', node: { __typename?: 'CardTransaction', id: string, status: CardTransactionStatus, installments: number } }> }, amount: { __typename?: 'Money', amount: string, currency: CurrencyCode } }
    | { __typename: 'CardRefund' }
    | { __typename: 'CardTransaction' }
    | { __typename: 'DueDatePixCharge' }
    | { __typename: 'PaymentLink' }
    | { __typename: 'PixCharge' }
    | { __typename: 'PixPayout' }
    | { __typename: 'PixPayoutBatch' }
    | { __typename: 'PixRefund' }
    | { __typename: 'SavedCard' }
    | { __typename: 'Webhook' }
   | null };

export type CardRecurrencesQueryVariables = Exact<{
  filter?: InputMaybe<CardRecurrenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CardRecurrencesQuery = { __typename?: 'Query', cardRecurrences?: { __typename?: 'CardRecurrenceConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CardRecurrenceEdge', node: { __typename?: 'CardRecurrence', id: string, status: CardRecurrenceStatus, reference?: string | null } }> } | null };

export type CardRecurrenceUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CardRecurrenceUpdatedSubscription = { __typename?: 'Subscription', cardRecurrenceUpdated: { __typename?: 'CardRecurrence', id: string, status: CardRecurrenceStatus, executedCharges: number, nextChargeDate?: string | null } };

export type CardRecurrenceFieldsFragment = { __typename?: 'CardRecurrence', id: string, recurrenceId: string, status: CardRecurrenceStatus, providerStatus: string, cancelReason?: CardRecurrenceCancelReason | null, type: CardRecurrenceType, frequency: CardRecurrenceFrequency, startDate: string, count?: number | null, executedCharges: number, nextChargeDate?: string | null, maxAttempts: number, brand: CardBrand, maskedNumber: string, holderName?: string | null, description?: string | null, reference?: string | null, createdAt?: string | null, cancelledAt?: string | null, amount: { __typename?: 'Money', amount: string, currency: CurrencyCode } };

export type ChargeCardMutationVariables = Exact<{
  input: ChargeCardInput;
}>;


export type ChargeCardMutation = { __typename?: 'Mutation', chargeCard: { __typename?: 'ChargeCardPayload', cardTransaction?: { __typename?: 'CardTransaction', id: string, transactionId: string, status: CardTransactionStatus, providerStatus: string, installments: number, brand: CardBrand, maskedNumber: string, holderName?: string | null, authorizationCode?: string | null, nsu?: string | null, returnCode?: string | null, returnMessage?: string | null, description?: string | null, reference?: string | null, savedCardToken?: string | null, createdAt?: string | null, capturedAt?: string | null, cancelledAt?: string | null, amount: { __typename?: 'Money', amount: string } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type CardTransactionFieldsFragment = { __typename?: 'CardTransaction', id: string, transactionId: string, status: CardTransactionStatus, providerStatus: string, installments: number, brand: CardBrand, maskedNumber: string, holderName?: string | null, authorizationCode?: string | null, nsu?: string | null, returnCode?: string | null, returnMessage?: string | null, description?: string | null, reference?: string | null, savedCardToken?: string | null, createdAt?: string | null, capturedAt?: string | null, cancelledAt?: string | null, amount: { __typename?: 'Money', amount: string } };

export type CreatePixChargeMutationVariables = Exact<{
  input: CreatePixChargeInput;
}>;


export type CreatePixChargeMutation = { __typename?: 'Mutation', createPixCharge: { __typename?: 'CreatePixChargePayload', pixCharge?: { __typename?: 'PixCharge', qrCodeSvg?: string | null, id: string, provider: PaymentProvider, txid: string, status: PixChargeStatus, providerStatus?: string | null, description?: string | null, reference?: string | null, brCode?: string | null, createdAt?: string | null, expiresAt?: string | null, paidAt?: string | null, endToEndId?: string | null, amount: { __typename?: 'Money', amount: string, currency: CurrencyCode }, amountRefunded: { __typename?: 'Money', amount: string, currency: CurrencyCode }, debtor?: { __typename?: 'Party', name?: string | null, document?: string | null } | null, payer?: { __typename?: 'Party', name?: string | null, document?: string | null } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type GetPixChargeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GetPixChargeQuery = { __typename?: 'Query', node?:
    | { __typename: 'AutomaticPixAuthorization' }
    | { __typename: 'AutomaticPixPayment' }
    | { __typename: 'CardRecurrence' }
    | { __typename: 'CardRefund' }
    | { __typename: 'CardTransaction' }
    | { __typename: 'DueDatePixCharge' }
    | { __typename: 'PaymentLink' }
    | { __typename: 'PixCharge', id: string, provider: PaymentProvider, txid: string, status: PixChargeStatus, providerStatus?: string | null, description?: string | null, reference?: string | null, brCode?: string | null, createdAt?: string | null, expiresAt?: string | null, paidAt?: string | null, endToEndId?: string | null, refunds: { __typename?: 'RefundConnection', totalCount?: number | null, edges: Array<{ __typename?: 'RefundEdge', cursor: string, node: { __typename?: 'PixRefund', id: string, refundId: string, status: RefundStatus, endToEndId?: string | null, refundedAt?: string | null, amount: { __typename?: 'Money', amount: string } } }> }, amount: { __typename?: 'Money', amount: string, currency: CurrencyCode }, amountRefunded: { __typename?: 'Money', amount: string, currency: CurrencyCode }, debtor?: { __typename?: 'Party', name?: string | null, document?: string | null } | null, payer?: { __typename?: 'Party', name?: string | null, document?: string | null } | null }
    | { __typename: 'PixPayout' }
    | { __typename: 'PixPayoutBatch' }
    | { __typename: 'PixRefund' }
    | { __typename: 'SavedCard' }
    | { __typename: 'Webhook' }
   | null };

export type ListPixChargesQueryVariables = Exact<{
  filter?: InputMaybe<PixChargeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ListPixChargesQuery = { __typename?: 'Query', pixCharges?: { __typename?: 'PixChargeConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'PixChargeEdge', cursor: string, node: { __typename?: 'PixCharge', id: string, txid: string, status: PixChargeStatus, amount: { __typename?: 'Money', amount: string }, refunds: { __typename?: 'RefundConnection', totalCount?: number | null, edges: Array<{ __typename?: 'RefundEdge', node: { __typename?: 'PixRefund', id: string, status: RefundStatus, amount: { __typename?: 'Money', amount: string }, charge: { __typename?: 'PixCharge', txid: string } } }> } } }> } | null };

export type NodeIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeIdQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AutomaticPixAuthorization', id: string }
    | { __typename?: 'AutomaticPixPayment', id: string }
    | { __typename?: 'CardRecurrence', id: string }
    | { __typename?: 'CardRefund', id: string }
    | { __typename?: 'CardTransaction', id: string }
    | { __typename?: 'DueDatePixCharge', id: string }
    | { __typename?: 'PaymentLink', id: string }
    | { __typename?: 'PixCharge', id: string }
    | { __typename?: 'PixPayout', id: string }
    | { __typename?: 'PixPayoutBatch', id: string }
    | { __typename?: 'PixRefund', id: string }
    | { __typename?: 'SavedCard', id: string }
    | { __typename?: 'Webhook', id: string }
   | null };

export type NodesAmountsQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type NodesAmountsQuery = { __typename?: 'Query', nodes: Array<
    | { __typename?: 'AutomaticPixAuthorization', id: string }
    | { __typename?: 'AutomaticPixPayment', id: string }
    | { __typename?: 'CardRecurrence', id: string }
    | { __typename?: 'CardRefund', id: string }
    | { __typename?: 'CardTransaction', id: string }
    | { __typename?: 'DueDatePixCharge', id: string }
    | { __typename?: 'PaymentLink', id: string }
    | { __typename?: 'PixCharge', id: string, amount: { __typename?: 'Money', amount: string } }
    | { __typename?: 'PixPayout', id: string }
    | { __typename?: 'PixPayoutBatch', id: string }
    | { __typename?: 'PixRefund', id: string }
    | { __typename?: 'SavedCard', id: string }
    | { __typename?: 'Webhook', id: string }
   | null> };

export type PixChargeFieldsFragment = { __typename?: 'PixCharge', id: string, provider: PaymentProvider, txid: string, status: PixChargeStatus, providerStatus?: string | null, description?: string | null, reference?: string | null, brCode?: string | null, createdAt?: string | null, expiresAt?: string | null, paidAt?: string | null, endToEndId?: string | null, amount: { __typename?: 'Money', amount: string, currency: CurrencyCode }, amountRefunded: { __typename?: 'Money', amount: string, currency: CurrencyCode }, debtor?: { __typename?: 'Party', name?: string | null, document?: string | null } | null, payer?: { __typename?: 'Party', name?: string | null, document?: string | null } | null };

export type ChargeStatusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ChargeStatusQuery = { __typename?: 'Query', node?:
    | { __typename: 'AutomaticPixAuthorization' }
    | { __typename: 'AutomaticPixPayment' }
    | { __typename: 'CardRecurrence' }
    | { __typename: 'CardRefund' }
    | { __typename: 'CardTransaction' }
    | { __typename: 'DueDatePixCharge' }
    | { __typename: 'PaymentLink' }
    | { __typename: 'PixCharge', status: PixChargeStatus }
    | { __typename: 'PixPayout' }
    | { __typename: 'PixPayoutBatch' }
    | { __typename: 'PixRefund' }
    | { __typename: 'SavedCard' }
    | { __typename: 'Webhook' }
   | null };

export type RefundPixChargeByIdMutationVariables = Exact<{
  chargeId: Scalars['ID']['input'];
  amount?: InputMaybe<Scalars['Decimal']['input']>;
}>;


export type RefundPixChargeByIdMutation = { __typename?: 'Mutation', refundPixCharge: { __typename?: 'RefundPixChargePayload', refund?: { __typename?: 'PixRefund', id: string, status: RefundStatus, amount: { __typename?: 'Money', amount: string }, charge: { __typename?: 'PixCharge', id: string } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type RefundPixChargeMutationVariables = Exact<{
  input: RefundPixChargeInput;
}>;


export type RefundPixChargeMutation = { __typename?: 'Mutation', refundPixCharge: { __typename?: 'RefundPixChargePayload', refund?: { __typename?: 'PixRefund', id: string, refundId: string, status: RefundStatus, reason?: string | null, amount: { __typename?: 'Money', amount: string, currency: CurrencyCode }, charge: { __typename?: 'PixCharge', id: string, status: PixChargeStatus } } | null, pixCharge?: { __typename?: 'PixCharge', id: string, status: PixChargeStatus, amountRefunded: { __typename?: 'Money', amount: string } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type SameChargeThriceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SameChargeThriceQuery = { __typename?: 'Query', a?:
    | { __typename?: 'AutomaticPixAuthorization', id: string }
    | { __typename?: 'AutomaticPixPayment', id: string }
    | { __typename?: 'CardRecurrence', id: string }
    | { __typename?: 'CardRefund', id: string }
    | { __typename?: 'CardTransaction', id: string }
    | { __typename?: 'DueDatePixCharge', id: string }
    | { __typename?: 'PaymentLink', id: string }
    | { __typename?: 'PixCharge', id: string }
    | { __typename?: 'PixPayout', id: string }
    | { __typename?: 'PixPayoutBatch', id: string }
    | { __typename?: 'PixRefund', id: string }
    | { __typename?: 'SavedCard', id: string }
    | { __typename?: 'Webhook', id: string }
   | null, b?:
    | { __typename?: 'AutomaticPixAuthorization', id: string }
    | { __typename?: 'AutomaticPixPayment', id: string }
    | { __typename?: 'CardRecurrence', id: string }
    | { __typename?: 'CardRefund', id: string }
    | { __typename?: 'CardTransaction', id: string }
    | { __typename?: 'DueDatePixCharge', id: string }
    | { __typename?: 'PaymentLink', id: string }
    | { __typename?: 'PixCharge', status: PixChargeStatus, id: string }
    | { __typename?: 'PixPayout', id: string }
    | { __typename?: 'PixPayoutBatch', id: string }
    | { __typename?: 'PixRefund', id: string }
    | { __typename?: 'SavedCard', id: string }
    | { __typename?: 'Webhook', id: string }
   | null, c: Array<
    | { __typename?: 'AutomaticPixAuthorization', id: string }
    | { __typename?: 'AutomaticPixPayment', id: string }
    | { __typename?: 'CardRecurrence', id: string }
    | { __typename?: 'CardRefund', id: string }
    | { __typename?: 'CardTransaction', id: string }
    | { __typename?: 'DueDatePixCharge', id: string }
    | { __typename?: 'PaymentLink', id: string }
    | { __typename?: 'PixCharge', id: string }
    | { __typename?: 'PixPayout', id: string }
    | { __typename?: 'PixPayoutBatch', id: string }
    | { __typename?: 'PixRefund', id: string }
    | { __typename?: 'SavedCard', id: string }
    | { __typename?: 'Webhook', id: string }
   | null> };

export type SimulatePixChargePaymentByIdMutationVariables = Exact<{
  chargeId: Scalars['ID']['input'];
}>;


export type SimulatePixChargePaymentByIdMutation = { __typename?: 'Mutation', simulatePixChargePayment: { __typename?: 'SimulatePixChargePaymentPayload', pixCharge?: { __typename?: 'PixCharge', id: string, status: PixChargeStatus } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export const CardRecurrenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardRecurrenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardRecurrence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"executedCharges"}},{"kind":"Field","name":{"kind":"Name","value":"nextChargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"maskedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]} as unknown as DocumentNode<CardRecurrenceFieldsFragment, unknown>;
export const CardTransactionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardTransactionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardTransaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"installments"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"maskedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationCode"}},{"kind":"Field","name":{"kind":"Name","value":"nsu"}},{"kind":"Field","name":{"kind":"Name","value":"returnCode"}},{"kind":"Field","name":{"kind":"Name","value":"returnMessage"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"savedCardToken"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]} as unknown as DocumentNode<CardTransactionFieldsFragment, unknown>;
export const PixChargeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PixChargeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PixCharge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"txid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountRefunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"endToEndId"}}]}}]} as unknown as DocumentNode<PixChargeFieldsFragment, unknown>;
export const CreateChargeDocument = {"__meta__":{"hash":"4abcf9fb6c0b924b2c4b3a3ba724b1327c27b9901d9be6fd7a8987a0a0e82d7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCharge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePixChargeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPixCharge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pixCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"txid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateChargeMutation, CreateChargeMutationVariables>;
export const ReadChargeDocument = {"__meta__":{"hash":"26b373bba8de2b7e5f87a3edf1d07939ad68d75c9b91ee64eb5c0ae23aaff765"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadCharge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PixCharge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountRefunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brCode"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodeSvg"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReadChargeQuery, ReadChargeQueryVariables>;
export const RefundChargeDocument = {"__meta__":{"hash":"bc81c6f69109c883dd83204e08747309d30077716418ca17a0cdc55592757b53"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundCharge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundPixChargeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundPixCharge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pixCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountRefunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefundChargeMutation, RefundChargeMutationVariables>;
export const WatchChargeDocument = {"__meta__":{"hash":"30562ba834a063f889612aab3feccd822f9ee82f100624825b0e6b29f383eb6d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WatchCharge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pixChargeUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"amountRefunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<WatchChargeSubscription, WatchChargeSubscriptionVariables>;
export const ChargeSavedCardDocument = {"__meta__":{"hash":"3c8b0aa64f0038e42ac154e16ebc21ff5c4867b64829fe97b26b36ad61a20752"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChargeSavedCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChargeSavedCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargeSavedCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"maskedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"savedCardToken"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChargeSavedCardMutation, ChargeSavedCardMutationVariables>;
export const CancelCardTransactionDocument = {"__meta__":{"hash":"ec1f09dde81be2fffcb94699af27df8cb628ce68a7e0ad8f688b9cd086635790"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelCardTransaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelCardTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCardTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"refundId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardRefund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelCardTransactionMutation, CancelCardTransactionMutationVariables>;
export const SaveCardDocument = {"__meta__":{"hash":"8e86c1069210200bde841a929cd3e2a253dd9f4043e8da8151134e043ab1bb4f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"maskedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"expiryMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expiryYear"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SaveCardMutation, SaveCardMutationVariables>;
export const DeleteSavedCardDocument = {"__meta__":{"hash":"21d658e3cd25bc29e6f75b96f9eb5e3d374a0345bab2476591cbc2957c37b872"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSavedCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteSavedCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSavedCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maskedNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteSavedCardMutation, DeleteSavedCardMutationVariables>;
export const SavedCardsDocument = {"__meta__":{"hash":"0f1430db10c1d0faf61ae83e1c0cfdc98c1ac173868271ba0ba78bae04941527"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedCards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedCards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maskedNumber"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SavedCardsQuery, SavedCardsQueryVariables>;
export const CardTransactionsDocument = {"__meta__":{"hash":"14a769a9a4520d458e328d87a5045db9200c68b3bb2106621622ac0b39155ab9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CardTransactionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardTransactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"installments"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CardTransactionsQuery, CardTransactionsQueryVariables>;
export const GetCardTransactionDocument = {"__meta__":{"hash":"5cb3a88683cc63ffb539b7e208d495261a679caf5642698e45a9400b5b5a491d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetCardTransaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardTransaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"maskedNumber"}}]}}]}}]}}]} as unknown as DocumentNode<GetCardTransactionQuery, GetCardTransactionQueryVariables>;
export const CardTransactionUpdatedDocument = {"__meta__":{"hash":"524cbda68227ada11a2beaab893d99aa834608776ba11df3f8d8c9278cbeac19"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CardTransactionUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardTransactionUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CardTransactionUpdatedSubscription, CardTransactionUpdatedSubscriptionVariables>;
export const CreateCardRecurrenceDocument = {"__meta__":{"hash":"86b9b0f2ff16df423c244d0c53785a3361d8056a7dac7bc9c03a5a5c184eceb3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCardRecurrence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCardRecurrenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCardRecurrence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardRecurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardRecurrenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardRecurrenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardRecurrence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"executedCharges"}},{"kind":"Field","name":{"kind":"Name","value":"nextChargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"maskedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]} as unknown as DocumentNode<CreateCardRecurrenceMutation, CreateCardRecurrenceMutationVariables>;
export const CancelCardRecurrenceDocument = {"__meta__":{"hash":"e4a9b33bb44764a7fe6504ba2a745a41bd151b05566da98a09a533d0fb4dc513"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelCardRecurrence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelCardRecurrenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCardRecurrence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardRecurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardRecurrenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardRecurrenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardRecurrence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"executedCharges"}},{"kind":"Field","name":{"kind":"Name","value":"nextChargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"maskedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]} as unknown as DocumentNode<CancelCardRecurrenceMutation, CancelCardRecurrenceMutationVariables>;
export const CancelCardRecurrenceScheduleDocument = {"__meta__":{"hash":"ee78f71a017fa59f351440e7ae5e33aff78039dee319d1427184a36656472975"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelCardRecurrenceSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelCardRecurrenceScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCardRecurrenceSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleId"}},{"kind":"Field","name":{"kind":"Name","value":"installmentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cardRecurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"executedCharges"}},{"kind":"Field","name":{"kind":"Name","value":"nextChargeDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelCardRecurrenceScheduleMutation, CancelCardRecurrenceScheduleMutationVariables>;
export const GetCardRecurrenceDocument = {"__meta__":{"hash":"20eabc7c17dafb66623b55697733bb2d06e9bf22c08a1f3464a0054f1d55fd0d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetCardRecurrence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardRecurrence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardRecurrenceFields"}},{"kind":"Field","name":{"kind":"Name","value":"schedules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleId"}},{"kind":"Field","name":{"kind":"Name","value":"installmentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"maskedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"installments"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardRecurrenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardRecurrence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"executedCharges"}},{"kind":"Field","name":{"kind":"Name","value":"nextChargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"maskedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]} as unknown as DocumentNode<GetCardRecurrenceQuery, GetCardRecurrenceQueryVariables>;
export const CardRecurrencesDocument = {"__meta__":{"hash":"b193bb29558fe90df32f703b84a4bcb8eb7cefa44668cca7614306d8da883fa7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardRecurrences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CardRecurrenceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardRecurrences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CardRecurrencesQuery, CardRecurrencesQueryVariables>;
export const CardRecurrenceUpdatedDocument = {"__meta__":{"hash":"4376b36c8e480e25d06c9d5e6576e458d6cbbb3362ae2e3bfed5f9dbe3c44e1f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CardRecurrenceUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardRecurrenceUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"executedCharges"}},{"kind":"Field","name":{"kind":"Name","value":"nextChargeDate"}}]}}]}}]} as unknown as DocumentNode<CardRecurrenceUpdatedSubscription, CardRecurrenceUpdatedSubscriptionVariables>;
export const ChargeCardDocument = {"__meta__":{"hash":"da28395e9eaa22596b0fe2ffe249de115df23fe07ee47a49ca5ab54840b55518"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChargeCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChargeCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargeCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardTransactionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardTransactionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardTransaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"installments"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"maskedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationCode"}},{"kind":"Field","name":{"kind":"Name","value":"nsu"}},{"kind":"Field","name":{"kind":"Name","value":"returnCode"}},{"kind":"Field","name":{"kind":"Name","value":"returnMessage"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"savedCardToken"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]} as unknown as DocumentNode<ChargeCardMutation, ChargeCardMutationVariables>;
export const CreatePixChargeDocument = {"__meta__":{"hash":"10573495f734adacd1bffbd83af63fc2f403cba94991f0b16408a27c8d64217d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePixCharge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePixChargeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPixCharge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pixCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PixChargeFields"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodeSvg"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PixChargeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PixCharge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"txid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountRefunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"endToEndId"}}]}}]} as unknown as DocumentNode<CreatePixChargeMutation, CreatePixChargeMutationVariables>;
export const GetPixChargeDocument = {"__meta__":{"hash":"1a7c7c0d7d0817fc8417798892f79c729f9f87ff69e4727b7b4633ab12ae99d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetPixCharge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PixCharge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PixChargeFields"}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"refundId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endToEndId"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PixChargeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PixCharge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"txid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountRefunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"endToEndId"}}]}}]} as unknown as DocumentNode<GetPixChargeQuery, GetPixChargeQueryVariables>;
export const ListPixChargesDocument = {"__meta__":{"hash":"71dba234867ef6e16e9b347bcb2ca34573701afc60fbee501b05ff5b01990b6c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListPixCharges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PixChargeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pixCharges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"txid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"txid"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListPixChargesQuery, ListPixChargesQueryVariables>;
export const NodeIdDocument = {"__meta__":{"hash":"37c1ec71c24fc2ae88d4e6e588762fda692d0dca7cdeeb2a79c982b0621b6bed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodeIdQuery, NodeIdQueryVariables>;
export const NodesAmountsDocument = {"__meta__":{"hash":"29595fe258add8343cc81ce0ddd293aca41a1a5d784a0e8e6adb2750cd39ae77"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesAmounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PixCharge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodesAmountsQuery, NodesAmountsQueryVariables>;
export const ChargeStatusDocument = {"__meta__":{"hash":"dca60fae5c55b8269391dbc23898f2230ca259e48db499e35617968185f58e4c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChargeStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PixCharge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ChargeStatusQuery, ChargeStatusQueryVariables>;
export const RefundPixChargeByIdDocument = {"__meta__":{"hash":"6b2f37ca80b4d6b069125868fbf213b21eab5d4ce5740da69e9c732941614816"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundPixChargeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundPixCharge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"chargeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargeId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefundPixChargeByIdMutation, RefundPixChargeByIdMutationVariables>;
export const RefundPixChargeDocument = {"__meta__":{"hash":"bc843c03d7730d87b8fd13515d2411554cfc0ffe9ecb651da4fb1c5ef58530de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundPixCharge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundPixChargeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundPixCharge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"refundId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"charge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pixCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountRefunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefundPixChargeMutation, RefundPixChargeMutationVariables>;
export const SameChargeThriceDocument = {"__meta__":{"hash":"871dbe770009c2b5b375080db097854c59d299c7930c0a1ada15abaaf56eae61"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SameChargeThrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PixCharge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"id"}},{"kind":"Variable","name":{"kind":"Name","value":"id"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SameChargeThriceQuery, SameChargeThriceQueryVariables>;
export const SimulatePixChargePaymentByIdDocument = {"__meta__":{"hash":"df5732b6a6d10497faa98fbc73e33d59a1e366168036a1c9e4891610aaad8498"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SimulatePixChargePaymentById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulatePixChargePayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"chargeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargeId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pixCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SimulatePixChargePaymentByIdMutation, SimulatePixChargePaymentByIdMutationVariables>;