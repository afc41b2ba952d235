import type { ProviderHttp } from '../../http/provider-http';
import type { Page } from '../../../domain/models';
import { PixChargeStatus, type PixChargeRecord } from '../../../domain/pix-charges/model';
import type { ChargeListQuery, CreatePixChargeCommand, PixChargeLimits, PixChargeListFilters, PixChargeListPort, PixChargePort } from '../../../domain/pix-charges/port';
import { NotSupportedError } from '../../../errors/domain-errors';
import { fetchWindow } from '../../paging';
import { ASTRA_ASSUMPTIONS as A } from '../assumptions';
import type { AstraPage } from '../wire';
import { chargeFromWire, chargeStatusToWire, createChargeToWire } from './transformers';
import type { AstraChargeWire } from './wire';
import { pathSegment } from '../../path-segment';
import { brasiliaDay } from '../../../lib/brasilia-calendar';
import { systemClock, type Clock } from '../../../lib/clock';

const DAY_MS = 86_400_000;

/** Astra Pix charges (dynamic QR, `/charge/v1/dynamic`): create, read and list. */
export class AstraPixCharges implements PixChargePort, PixChargeListPort {
  readonly code = 'ASTRA' as const;
  readonly limits: PixChargeLimits = {
    minAmountCents: A.charge.minAmountCents,
    maxAmountCents: A.charge.maxAmountCents,
    descriptionMax: A.charge.descriptionMax,
    referenceMax: A.charge.referenceMax,
    debtorNameMax: A.charge.debtorNameMax,
    expiresInMin: A.charge.expiresInMin,
    expiresInMax: A.charge.expiresInMax,
  };
  readonly listFilters: PixChargeListFilters = { status: true, reference: true, debtorDocument: true, createdRange: true };

  constructor(
    private readonly http: ProviderHttp,
    private readonly clock: Clock = systemClock,
  ) {}

  async createCharge(command: CreatePixChargeCommand): Promise<PixChargeRecord> {
    // Not retried automatically: Astra has no idempotency (ASM-A05).
    const response = await this.http.post<AstraChargeWire>(A.paths.dynamicCharges, { json: createChargeToWire(command) });
    return chargeFromWire(response.body);
  }

  async getCharge(txid: string): Promise<PixChargeRecord> {
    const response = await this.http.get<AstraChargeWire>(`${A.paths.dynamicCharges}/${pathSegment(txid)}`);
    return chargeFromWire(response.body);
  }

  listCharges(query: ChargeListQuery): Promise<Page<PixChargeRecord>> {
    const wireStatus = query.status ? chargeStatusToWire(query.status) : undefined;
    if (query.status && !wireStatus) return unlistableStatus(query.status);
    const to = query.createdTo ?? this.clock.now();
    const from = query.createdFrom ?? new Date(to.getTime() - A.defaultListWindowDays * DAY_MS);
    const filters = {
      startDate: brasiliaDay(from),
      endDate: brasiliaDay(to),
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
