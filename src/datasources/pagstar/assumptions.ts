import { pathSegment } from '../path-segment';

/**
 * Every Pagstar behaviour Paygraph relies on that the public docs do not state ("Assumed contract
 * (project decision)" blocks of the provider reference the team works from), in one place so it can be corrected
 * when the real documentation disagrees. docs/providers.md lists the same ids.
 */
export const PAGSTAR_ASSUMPTIONS = {
  /** ASM-P01: the configured base URL ends in `/api/v2`; these paths are relative to it. */
  baseUrlSuffix: '/api/v2',
  paths: {
    login: 'identity/partner/login',
    notificationUrl: 'identity/partner/notification-url',
    createDeposit: 'wallet/partner/transactions/generate-anonymous-pix',
    /** GET details. */
    transaction: (reference: string) => `wallet/partner/transactions/${pathSegment(reference)}`,
    /** HEAD status check. */
    check: (reference: string) => `wallet/partner/transactions/${pathSegment(reference)}/check`,
  },
  /**
   * ASM-P11 (project decision): the only Pagstar id in a global id is a deposit's
   * `external_reference`, a UUID (the documented examples; ASM-P05: v4): 8-4-4-4-12 hex, either case.
   */
  providerIdPattern: /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/,
  /** ASM-P02: re-login this long before `expires_in` (an absolute date-time). */
  tokenRefreshMarginMs: 5 * 60_000,
  /**
   * ASM-P10 (project decision): like ASM-A54, a request Pagstar received is completed or abandoned
   * within this long of being sent. PAGSTAR_COMPLETION_HORIZON_MS overrides.
   */
  completionHorizonMs: 120_000,
  /** ASM-P05: value 0.01–999999.99, expiration 60–86400 s (default 3600), text fields ≤ 255. */
  charge: {
    minAmountCents: 1,
    maxAmountCents: 99_999_999,
    expiresInMin: 60,
    expiresInMax: 86_400,
    defaultExpiresIn: 3_600,
    descriptionMax: 255,
    referenceMax: 255,
    nameMax: 255,
  },
  /** ASM-P06: integer `status` of GET details. 1 and 2 are terminal. */
  status: { pending: 0, paid: 1, cancelled: 2 },
  /** ASM-P07: HEAD `/check` answers with the status code only. */
  checkCodes: { paid: 200, pending: 422, cancelled: 410, unknown: 404 },
  /**
   * ASM-P04/ASM-P06 (the 1-hour rule is DOC): an unpaid deposit is cancelled (status 2) one hour
   * after its `expiration_date`, and may still be paid during that hour.
   */
  cancelGraceMs: 60 * 60_000,
  /** ASM-P08: webhook `status` strings and `type`s. */
  webhook: { approved: 'approved', cancelled: 'cancelled', payment: 'payment', transfer: 'transfer' },
} as const;
