import type { ProviderHttp } from '../../http/provider-http';
import type { PixRefundRecord } from '../../../domain/refunds/model';
import type { ChargeRef, PixRefundPort, RefundCommand } from '../../../domain/refunds/port';
import { ASTRA_ASSUMPTIONS as A } from '../assumptions';
import { refundFromWire, refundToWire } from './transformers';
import { refundsOfCharges } from './refund-scan';
import type { AstraRefundWire } from './wire';
import { pathSegment } from '../../path-segment';
import { systemClock, type Clock } from '../../../lib/clock';

/** Astra Pix refunds ("devoluções", ASM-A23). */
export class AstraPixRefunds implements PixRefundPort {
  readonly code = 'ASTRA' as const;
  readonly limits = { maxAmountCents: A.charge.maxAmountCents, reasonMax: A.refundReasonMax };

  constructor(
    private readonly http: ProviderHttp,
    private readonly clock: Clock = systemClock,
  ) {}

  async requestRefund(command: RefundCommand): Promise<PixRefundRecord> {
    // Not retried automatically (ASM-A05); a retry after an unknown outcome looks for the attempt marker (ASM-A52).
    const response = await this.http.post<AstraRefundWire>(A.paths.refunds, { json: refundToWire(command) });
    return refundFromWire(response.body);
  }

  async getRefund(refundId: string): Promise<PixRefundRecord> {
    const response = await this.http.get<AstraRefundWire>(`${A.paths.refunds}/${pathSegment(refundId)}`);
    return refundFromWire(response.body);
  }

  refundsOfCharges(charges: ChargeRef[]): Promise<Map<string, PixRefundRecord[]>> {
    return refundsOfCharges(this.http, charges, this.clock.now());
  }
}
