import type { ProviderHttp } from '../../http/provider-http';
import type { Page } from '../../../domain/models';
import type { PixPayoutBatchRecord, PixPayoutRecord } from '../../../domain/pix-payouts/model';
import type { CreatePixPayoutBatchCommand, PayoutListQuery, PixPayoutLimits, PixPayoutPort } from '../../../domain/pix-payouts/port';
import { fetchWindow } from '../../paging';
import { ASTRA_ASSUMPTIONS as A } from '../assumptions';
import type { AstraPage } from '../wire';
import { batchFromWire, createCheckoutToWire, paymentFromWire, paymentStatusToWire } from './transformers';
import type { AstraCheckoutPaymentWire, AstraCheckoutWire, AstraCreateCheckoutWire } from './wire';
import { pathSegment } from '../../path-segment';

const EMPTY: Page<PixPayoutRecord> = { items: [], totalCount: 0, hasNextPage: false };

/** Astra Pix Checkout (ASM-A30…A35): payout batches. */
export class AstraPixPayouts implements PixPayoutPort {
  readonly code = 'ASTRA' as const;
  readonly limits: PixPayoutLimits = A.pixCheckout.limits;

  constructor(private readonly http: ProviderHttp) {}

  async createBatch(command: CreatePixPayoutBatchCommand): Promise<PixPayoutBatchRecord> {
    // One POST, never retried here: the caller's guard reconciles an unanswered attempt by id.
    const response = await this.http.post<AstraCreateCheckoutWire>(A.pixCheckout.path, { json: createCheckoutToWire(command) });
    // The create answer is a subset of the details (ASM-A30): the rest is what was sent.
    return batchFromWire({ debitAccount: command.debitAccount, userReference: command.reference ?? null, ...response.body });
  }

  async getBatch(batchId: string): Promise<PixPayoutBatchRecord> {
    const response = await this.http.get<AstraCheckoutWire>(this.pathOf(batchId));
    return batchFromWire(response.body);
  }

  listPayments(batchId: string, query: PayoutListQuery): Promise<Page<PixPayoutRecord>> {
    const status = query.status ? paymentStatusToWire(query.status) : undefined;
    // UNKNOWN cannot be asked of Astra; nothing it lists is UNKNOWN by definition of the filter.
    if (query.status && !status) return Promise.resolve(EMPTY);
    return fetchWindow(query.offset, query.limit, async (page, size) => {
      const response = await this.http.get<AstraPage<AstraCheckoutPaymentWire>>(`${this.pathOf(batchId)}/payments`, {
        searchParams: { ...(status ? { status } : {}), page, size },
      });
      return { items: response.body.content.map((wire) => paymentFromWire(batchId, wire)), totalElements: response.body.totalElements };
    });
  }

  releaseBatch(batchId: string): Promise<PixPayoutBatchRecord> {
    return this.action(batchId, 'release');
  }

  cancelBatch(batchId: string): Promise<PixPayoutBatchRecord> {
    return this.action(batchId, 'cancel');
  }

  private async action(batchId: string, action: 'release' | 'cancel'): Promise<PixPayoutBatchRecord> {
    // Not retried (ASM-A05): a lost answer is resolved by the caller re-reading the batch.
    const response = await this.http.put<AstraCheckoutWire>(`${this.pathOf(batchId)}/${action}`, { idempotent: false });
    return batchFromWire(response.body);
  }

  private pathOf(batchId: string): string {
    return `${A.pixCheckout.path}/${pathSegment(batchId)}`;
  }
}
