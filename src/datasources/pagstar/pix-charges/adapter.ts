import { randomUUID } from 'node:crypto';
import type { ProviderHttp } from '../../http/provider-http';
import type { CreatePixChargeCommand, PixChargeLimits, PixChargePort } from '../../../domain/pix-charges/port';
import type { PixChargeRecord } from '../../../domain/pix-charges/model';
import { ProviderAuthError, ProviderRejectedError, ProviderUnavailableError } from '../../../errors/domain-errors';
import { PAGSTAR_ASSUMPTIONS as A } from '../assumptions';
import { chargeFromCreated, chargeFromWire, checkStateFromHttp, createDepositToWire, type CheckState } from './transformers';
import type { PagstarEnvelope } from '../wire';
import type { PagstarCreatedDepositWire, PagstarTransactionWire } from './wire';

export interface PagstarPixOptions {
  /** ASM-P05: every deposit names the configured tenant. */
  tenantId: string;
  /** Paygraph's Pagstar notification URL (`<public URL>/webhooks/pagstar/<secret>`), when known. */
  callbackUrl?: () => string | undefined;
}

const EXPIRY_HINTS_MAX = 10_000;

/**
 * Pagstar Pix deposits (create, GET details and HEAD check: ASM-P05…P07, docs/providers.md) behind the provider-neutral PixChargePort. Pagstar has no charge
 * list and no refunds through its v2 partner API: it binds neither capability, so the registry
 * answers NOT_SUPPORTED before anything reaches here. Its GET details omit several fields, which stay null.
 */
export class PagstarPixCharges implements PixChargePort {
  readonly code = 'PAGSTAR' as const;
  readonly limits: PixChargeLimits = {
    minAmountCents: A.charge.minAmountCents,
    maxAmountCents: A.charge.maxAmountCents,
    descriptionMax: A.charge.descriptionMax,
    referenceMax: A.charge.referenceMax,
    debtorNameMax: A.charge.nameMax,
    expiresInMin: A.charge.expiresInMin,
    expiresInMax: A.charge.expiresInMax,
  };
  /**
   * `expiration_date` of deposits created by this process. GET details does not return it, and
   * the poller needs it to stop on time; without a hint it falls back to the longest possible
   * life (see charge-watch.ts). Bounded, oldest dropped first.
   */
  private readonly expiryHints = new Map<string, Date>();

  constructor(
    private readonly http: ProviderHttp,
    private readonly options: PagstarPixOptions,
  ) {}

  async createCharge(command: CreatePixChargeCommand): Promise<PixChargeRecord> {
    refuseWhatPagstarCannotDo(command);
    const body = createDepositToWire(command, {
      tenantId: this.options.tenantId,
      transactionId: `paygraph-${randomUUID()}`,
      callback: this.options.callbackUrl?.(),
    });
    // Not retried: Pagstar does not de-duplicate transaction_id (ASM-P05), a repeat is a second deposit.
    const response = await this.http.post<PagstarEnvelope<PagstarCreatedDepositWire>>(A.paths.createDeposit, { json: body });
    const data = dataOf(response.body, response.transactionId);
    const charge = read(() => chargeFromCreated(data, command), response.transactionId);
    if (charge.expiresAt) this.rememberExpiry(charge.txid, charge.expiresAt);
    return charge;
  }

  /** GET details. Unknown reference → ProviderNotFoundError (ASM-P06 404). */
  async getCharge(reference: string): Promise<PixChargeRecord> {
    const response = await this.http.get<PagstarEnvelope<PagstarTransactionWire>>(A.paths.transaction(reference));
    const data = dataOf(response.body, response.transactionId);
    return read(() => chargeFromWire(data), response.transactionId);
  }

  /**
   * HEAD `/check` (ASM-P07): the cheap probe. 200 paid, 422 pending, 410 cancelled, 404
   * unknown; HEAD answers come back as statuses, not errors. `retry: false` leaves retrying to the
   * caller (the poller backs off on its own schedule instead of multiplying calls).
   */
  async checkPaid(reference: string, options: { retry?: boolean } = {}): Promise<CheckState> {
    const response = await this.http.head(A.paths.check(reference), options.retry === false ? { idempotent: false } : {});
    if (response.status === 401 || response.status === 403) {
      throw new ProviderAuthError("Pagstar refused Paygraph's credentials.", {
        provider: 'PAGSTAR',
        providerCode: response.status,
        upstreamTransactionId: response.transactionId,
        httpStatus: response.status,
      });
    }
    return checkStateFromHttp(response.status);
  }

  /** When a deposit created by this process expires (Pagstar's GET does not say), if known. */
  expiryHint(reference: string): Date | undefined {
    return this.expiryHints.get(reference);
  }

  private rememberExpiry(reference: string, expiresAt: Date): void {
    this.expiryHints.set(reference, expiresAt);
    if (this.expiryHints.size > EXPIRY_HINTS_MAX) this.expiryHints.delete(this.expiryHints.keys().next().value as string);
  }
}

/**
 * What the generic validation cannot know about Pagstar (ASM-P05), refused before any call:
 * documents are 11 or 14 digits (no alphanumeric CNPJ), names ≤ 255, and there is no
 * "only the debtor may pay" option. Reported like a provider rejection (PROVIDER_REJECTED).
 */
function refuseWhatPagstarCannotDo(command: CreatePixChargeCommand): void {
  const problems: string[] = [];
  if (command.onlyDebtorMayPay) problems.push('Pagstar cannot restrict payment to the debtor (onlyDebtorMayPay).');
  if (command.debtor) {
    if (!command.debtor.name?.trim()) problems.push('Pagstar needs the debtor name and document together.');
    else if ([...command.debtor.name].length > A.charge.nameMax) problems.push(`Pagstar accepts a debtor name of at most ${A.charge.nameMax} characters.`);
    if (!/^(\d{11}|\d{14})$/.test(command.debtor.document.value)) problems.push('Pagstar accepts only numeric CPF (11 digits) or CNPJ (14 digits) documents.');
  }
  if (problems.length > 0) {
    throw new ProviderRejectedError(`Pagstar cannot accept this charge: ${problems.join(' ')}`, problems, { provider: 'PAGSTAR' });
  }
}

function dataOf<T>(body: PagstarEnvelope<T> | undefined, transactionId: string): T {
  const data = body?.data;
  if (typeof data !== 'object' || data === null || typeof (data as { external_reference?: unknown }).external_reference !== 'string') {
    throw unreadable(transactionId);
  }
  return data;
}

/** A transformer failure (e.g. a money value with 3 decimals) is Pagstar's malformed answer, not a bug here. */
function read<T>(transform: () => T, transactionId: string): T {
  try {
    return transform();
  } catch {
    throw unreadable(transactionId);
  }
}

function unreadable(transactionId: string): ProviderUnavailableError {
  return new ProviderUnavailableError('Pagstar sent a response Paygraph could not read.', { provider: 'PAGSTAR', upstreamTransactionId: transactionId });
}
