import type { ProviderHttp } from '../http/provider-http';
import type {
  ChargeListQuery,
  ChargeRef,
  CreatePixChargeCommand,
  Page,
  PixCapabilities,
  PixChargeProvider,
  PixLimits,
  RefundCommand,
} from '../../domain/provider';
import { PixChargeStatus, type PixChargeRecord, type RefundRecord } from '../../domain/models';
import { NotSupportedError } from '../../errors/domain-errors';
import { fetchWindow } from '../paging';
import { ASTRA_ASSUMPTIONS as A } from './assumptions';
import { brasiliaDate, chargeFromWire, chargeStatusToWire, createChargeToWire, refundFromWire, refundToWire } from './transformers';
import { refundsOfCharges } from './refund-scan';
import type { AstraChargeWire, AstraPage, AstraRefundWire } from './wire';

const DAY_MS = 86_400_000;

/** Astra Pix charges (dynamic QR) and refunds behind the provider-neutral PixChargeProvider. */
export class AstraPixProvider implements PixChargeProvider {
  readonly code = 'ASTRA' as const;
  readonly capabilities: PixCapabilities = {
    refunds: true,
    listCharges: true,
    listFilters: { status: true, reference: true, debtorDocument: true, createdRange: true },
  };
  readonly limits: PixLimits = {
    minAmountCents: A.charge.minAmountCents,
    maxAmountCents: A.charge.maxAmountCents,
    descriptionMax: A.charge.descriptionMax,
    referenceMax: A.charge.referenceMax,
    expiresInMin: A.charge.expiresInMin,
    expiresInMax: A.charge.expiresInMax,
    refundReasonMax: A.refundReasonMax,
  };

  constructor(
    private readonly http: ProviderHttp,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async createCharge(command: CreatePixChargeCommand): Promise<PixChargeRecord> {
    // Not retried automatically: Astra has no idempotency (ASM-A05).
    const response = await this.http.post<AstraChargeWire>(A.paths.dynamicCharges, { json: createChargeToWire(command) });
    return chargeFromWire(response.body);
  }

  async getCharge(txid: string): Promise<PixChargeRecord> {
    const response = await this.http.get<AstraChargeWire>(`${A.paths.dynamicCharges}/${encodeURIComponent(txid)}`);
    return chargeFromWire(response.body);
  }

  listCharges(query: ChargeListQuery): Promise<Page<PixChargeRecord>> {
    const wireStatus = query.status ? chargeStatusToWire(query.status) : undefined;
    if (query.status && !wireStatus) return unlistableStatus(query.status);
    const to = query.createdTo ?? this.now();
    const from = query.createdFrom ?? new Date(to.getTime() - A.defaultListWindowDays * DAY_MS);
    const filters = {
      startDate: brasiliaDate(from, A.brasiliaOffsetMinutes),
      endDate: brasiliaDate(to, A.brasiliaOffsetMinutes),
      status: wireStatus,
      document: query.debtorDocument,
      userReference: query.reference,
    };
    return fetchWindow(query.offset, query.limit, async (page, size) => {
      const response = await this.http.get<AstraPage<AstraChargeWire>>(A.paths.dynamicCharges, {
        searchParams: { ...filters, page, size },
      });
      return { items: response.body.content.map(chargeFromWire), totalElements: response.body.totalElements };
    });
  }

  async requestRefund(command: RefundCommand): Promise<RefundRecord> {
    const response = await this.http.post<AstraRefundWire>(A.paths.refunds, { json: refundToWire(command) });
    return refundFromWire(response.body);
  }

  async getRefund(refundId: string): Promise<RefundRecord> {
    const response = await this.http.get<AstraRefundWire>(`${A.paths.refunds}/${encodeURIComponent(refundId)}`);
    return refundFromWire(response.body);
  }

  refundsOfCharges(charges: ChargeRef[]): Promise<Map<string, RefundRecord[]>> {
    return refundsOfCharges(this.http, charges, this.now());
  }
}

/**
 * A status with no ASM-A20 value (ASM-A53). CANCELLED: Astra charges cannot be cancelled, so the
 * honest answer is an empty page without a call. UNKNOWN: Astra cannot be asked for "statuses
 * Paygraph does not know", and dropping the filter would return every charge instead.
 */
function unlistableStatus(status: PixChargeStatus): Promise<Page<PixChargeRecord>> {
  if (status === PixChargeStatus.CANCELLED) return Promise.resolve({ items: [], totalCount: 0, hasNextPage: false });
  return Promise.reject(new NotSupportedError(`ASTRA cannot filter charges by status ${status}.`, { provider: 'ASTRA' }));
}
