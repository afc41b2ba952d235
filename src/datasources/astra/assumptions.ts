/**
 * Every Astra behaviour Paygraph relies on that the public docs do not state ("Assumed contract
 * (project decision)" blocks of the provider reference the team works from), in one place so it can be corrected
 * when the real documentation disagrees. docs/providers.md lists the same ids.
 */
export const ASTRA_ASSUMPTIONS = {
  /** ASM-A01: product base paths on the one API host. */
  paths: {
    token: '/oauth/v1/token',
    dynamicCharges: 'charge/v1/dynamic',
    refunds: 'charge/v1/refund',
    webhooks: 'webhook/v1',
  },
  /**
   * ASM-A55 (project decision): every Astra id Paygraph puts in a global id (txid, refund,
   * webhook, link, checkout, authorization, payment, transaction, recurrence and card-token ids)
   * is 1–64 characters of `[A-Za-z0-9_-]`: the documented ones are UUIDs, `astra` + alphanumerics
   * (≤ 35), end-to-end ids (32) and Paygraph's own checkout ids (base64url, ≤ 50). Anything else
   * in a global id (".", "..", "/", "%2F", empty) is refused as an invalid id before any call.
   */
  providerIdPattern: /^[A-Za-z0-9_-]{1,64}$/,
  /** ASM-A03: renew this long before `expires_in` elapses. */
  tokenRefreshMarginMs: 60_000,
  /**
   * ASM-A54 (project decision): a request Astra received is completed or abandoned within this
   * long of being sent, even when Paygraph stopped waiting for the answer. Until then a repeat of
   * the idempotency key sends nothing (OUTCOME_PENDING); after it, a marker search is conclusive.
   * Twice the 60 s that API gateways commonly allow a request. ASTRA_COMPLETION_HORIZON_MS overrides.
   */
  completionHorizonMs: 120_000,
  /**
   * ASM-A19: amount 0.01–999999.99, expiration 1–2592000 s (default 86400), text limits. The
   * debtor name limit is not documented for charges: 100, like every name Astra does document
   * (payerName, beneficiaryName, user.name, nameCreditCard ≤ 100).
   */
  charge: {
    minAmountCents: 1,
    maxAmountCents: 99_999_999,
    expiresInMin: 1,
    expiresInMax: 2_592_000,
    descriptionMax: 140,
    referenceMax: 77,
    debtorNameMax: 100,
  },
  /** ASM-A17: webhook management rules the client relies on. */
  webhooks: {
    /** Absolute http(s) URL of at most 500 characters. */
    urlMax: 500,
    /** At most one webhook per type per client (a second one → 400). */
    onePerEventType: true,
    /** Listing all webhooks: at most 7 exist (one per type); this bounds a misbehaving provider. */
    listMaxPages: 10,
  },
  /** ASM-A23: refund `description` ≤ 140. */
  refundDescriptionMax: 140,
  /**
   * ASM-A52 (project decision): a refund made under an idempotency key carries its attempt's
   * marker at the end of `description` (` [pg:<12 characters>]`, 18 characters), which Astra
   * echoes back in the refund object. It is how a retry finds exactly the refund an unanswered
   * attempt of the same key made (docs/idempotency.md). The caller's reason keeps the rest.
   */
  refundAttemptTag: { prefix: '[pg:', suffix: ']', separator: ' ', length: 18 },
  /** ASM-A23 − ASM-A52: what is left of the description for the caller's reason. */
  refundReasonMax: 140 - 18,
  /**
   * ASM-A53 (project decision): charge statuses are exactly the five of ASM-A20 on the wire.
   * Reading: anything else (even `CANCELED`) is UNKNOWN with the raw value kept (ASM-A06). Listing:
   * a CANCELLED filter answers an empty page without a call (no Astra charge can be cancelled); an
   * UNKNOWN filter is NOT_SUPPORTED (Astra cannot be asked for it; dropping it would list all).
   */
  chargeStatuses: ['ACTIVE', 'PAID', 'PARTIALLY_REFUNDED', 'REFUNDED', 'EXPIRED'],
  /** ASM-A09: page/size paging, size 1–100. */
  maxPageSize: 100,
  /**
   * ASM-A09/A22: the client always sends startDate and endDate on charge lists (the portal
   * requires a period). Without a filter Paygraph asks for this many days back.
   */
  defaultListWindowDays: 90,
  /**
   * PixCharge.refunds for many charges at once scans the refund list by date window instead of
   * one call per charge (ASM-A23 list has no multi-txid filter). Past this many pages Paygraph
   * falls back to per-charge calls, so a huge window never turns into an unbounded scan.
   */
  refundScanMaxPages: 5,
  /**
   * ASM-A24: static QR codes. Every field optional; amount 0.01–999999.99 in reais (absent → the
   * payer types it), description ≤ 72, userReference 1–25 [A-Za-z0-9] (it becomes the BR Code
   * txid). `read` is simulated but not called: decodeBrCode reads codes locally.
   */
  staticQr: {
    paths: { create: 'charge/v1/static', read: 'charge/v1/static/read' },
    minAmountCents: 1,
    maxAmountCents: 99_999_999,
    descriptionMax: 72,
    referenceMax: 25,
  },
  /**
   * ASM-A44…A46, A50, A51: credit cards. Amount 0.01–999999.99 reais; installments 1–12 (the task's
   * rule; ASM-A44 text says 1–10, see docs/providers.md); `typePayment` A_VISTA for 1, else
   * PARCELADO_LOJA; description ≤ 100 of which the last 18 carry the retry marker (like ASM-A52);
   * statuses APPROVED, DECLINED, CANCELED, CHARGEBACK. Recurrences: `cardRecurrences` below.
   */
  cards: {
    paths: { credit: 'card/v1/credit', tokenizedCredit: 'card/v1/credit/tokenized', tokenized: 'card/v1/tokenized' },
    minAmountCents: 1,
    maxAmountCents: 99_999_999,
    maxInstallments: 12,
    descriptionMax: 100 - 18,
    referenceMax: 77,
    holderNameMax: 100,
    securityCodeDigits: 3,
    reconcileMaxPages: 5,
  },
  /**
   * ASM-A47…A49: card recurrences under /card/v1/recurrence. Card fields as ASM-A44; amount each
   * charge, decimal reais; `numberInstallments` 1–120 for LIMITED_TIMES, absent for INDETERMINATE;
   * `startDate` yyyy-MM-dd ≥ today (Paygraph also refuses more than 366 days ahead);
   * `maxAttempts` 1–10, default 3; `validateCard` (R$ 5,00 check); `document` required;
   * `description` ≤ 100; `userReference` ≤ 77; `infoData` required: Paygraph sends `{}`.
   * Statuses ACTIVE, COMPLETED, CANCELED (cancelReason CLIENT_REQUEST, MAX_ATTEMPTS_REACHED);
   * schedules SCHEDULED, PAID, FAILED, CANCELED; a declined schedule is retried once a day
   * (ASM-A49). Charges are card transactions with `recurrenceId` set (list filter, ASM-A46).
   */
  cardRecurrences: {
    path: 'card/v1/recurrence',
    minAmountCents: 1,
    maxAmountCents: 99_999_999,
    countMax: 120,
    maxAttemptsMax: 10,
    defaultMaxAttempts: 3,
    descriptionMax: 100,
    referenceMax: 77,
    holderNameMax: 100,
    securityCodeDigits: 3,
  },
  /**
   * ASM-A26…A29: payment links. amount 0.01–999999.99, payerName ≤ 100, registrationNumber 11 or
   * 14 digits, numbersInstallments 1–10, description ≤ 140, userReference ≤ 77, expirationDays
   * 1–10 (default 10). Statuses by numeric code (ASM-A27): anything else is UNKNOWN, raw kept.
   * List (ASM-A28) filters status by code, registrationNumber, userReference, startDate/endDate.
   * ASM-A56 (project decision): a card payment in n installments is charged as total / n rounded
   * down, the first installment absorbing the remaining cents (payment-links/installments.ts);
   * Astra's `installmentAmount` (half-up) is kept as a display figure.
   * ASM-A57 (project decision): `verificationToken` has no documented purpose, so it is treated
   * as the merchant's secret: server credentials only, never logged (payment-link.resolver.ts).
   */
  paymentLink: {
    path: 'payment-link/v1',
    minAmountCents: 1,
    maxAmountCents: 99_999_999,
    payerNameMax: 100,
    descriptionMax: 140,
    referenceMax: 77,
    installmentsMax: 10,
    expiresInDaysMax: 10,
    statusCodes: { CREATED: 1, PAID: 2, EXPIRED: 3, CANCELLED: 4 },
  },
  /**
   * ASM-A36…A43: Automatic Pix (Pix Automático), base path /automatic-pix/v1. Amounts are INTEGER
   * CENTS on this product's wire (DOC for authorizations, assumed for payments), unlike the rest of
   * Astra (reais); the conversion lives in automatic-pix/wire-cents.ts. No webhook (ASM-A12):
   * statuses reach subscribers through the shared poller. Limits: ASM-A38/A40 (names ≤ 100,
   * 1–10 creditors, description ≤ 140, contractId ≤ 50, userReference ≤ 77).
   */
  automaticPix: {
    /*
     * ASM-A58 (project decision): an authorization's `participantId` is the ISPB of an entry of
     * the participants list (ASM-A37), and the authorization carries no name of its own. Paygraph
     * names `AutomaticPixAuthorization.participant` from that list, read once per request for all
     * authorizations (src/domain/automatic-pix/participant-names.ts: pages of 100, at most 5, the
     * list being a few hundred institutions at most); an ISPB the list lacks has a null name.
     */
    paths: {
      participants: 'automatic-pix/v1/participants',
      authorizations: 'automatic-pix/v1/authorizations',
      payments: 'automatic-pix/v1/payments',
    },
    limits: { maxAmountCents: 99_999_999, descriptionMax: 140, referenceMax: 77, contractReferenceMax: 50, nameMax: 100, creditorsMax: 10 },
  },
  /**
   * ASM-A30…A35: Pix Checkout (payout batches). Path `/v1/pix-checkout` (version first);
   * 1–1,000 payments of 0.01–999999.99, ids ≤ 50, beneficiary ≤ 100, description ≤ 200,
   * references ≤ 100, e-mail keys ≤ 77 (ASM-A30). Payments paged per ASM-A09 (size ≤ 100).
   */
  pixCheckout: {
    path: 'v1/pix-checkout',
    limits: { maxPayments: 1000, minAmountCents: 1, maxAmountCents: 99_999_999, idMax: 50, beneficiaryNameMax: 100, descriptionMax: 200, referenceMax: 100, emailMax: 77 },
  },
} as const;
