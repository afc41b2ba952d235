import type { ProviderHttp } from '../../http/provider-http';
import type { Page } from '../../../domain/models';
import type { PaymentLinkRecord } from '../../../domain/payment-links/model';
import type { CreatePaymentLinkCommand, PaymentLinkLimits, PaymentLinkListQuery, PaymentLinkPort } from '../../../domain/payment-links/port';
import { NotSupportedError } from '../../../errors/domain-errors';
import { fetchWindow } from '../../paging';
import { ASTRA_ASSUMPTIONS as A } from '../assumptions';
import { brasiliaDay } from '../../../lib/brasilia-calendar';
import type { AstraPage } from '../wire';
import { createLinkToWire, linkStatusToWire, paymentLinkFromWire } from './transformers';
import type { AstraPaymentLinkWire } from './wire';
import { pathSegment } from '../../path-segment';

const L = A.paymentLink;

/** Astra payment links (ASM-A26…A28): create, search, list. */
export class AstraPaymentLinks implements PaymentLinkPort {
  readonly code = 'ASTRA' as const;
  readonly limits: PaymentLinkLimits = {
    minAmountCents: L.minAmountCents,
    maxAmountCents: L.maxAmountCents,
    payerNameMax: L.payerNameMax,
    descriptionMax: L.descriptionMax,
    referenceMax: L.referenceMax,
    installmentsMax: L.installmentsMax,
    expiresInDaysMax: L.expiresInDaysMax,
  };

  constructor(private readonly http: ProviderHttp) {}

  async createLink(command: CreatePaymentLinkCommand): Promise<PaymentLinkRecord> {
    // Not retried automatically: Astra has no idempotency (ASM-A05); a link is money coming in.
    const response = await this.http.post<AstraPaymentLinkWire>(L.path, { json: createLinkToWire(command) });
    return paymentLinkFromWire(response.body);
  }

  async getLink(providerId: string): Promise<PaymentLinkRecord> {
    const response = await this.http.get<AstraPaymentLinkWire>(`${L.path}/${pathSegment(providerId)}`);
    return paymentLinkFromWire(response.body);
  }

  listLinks(query: PaymentLinkListQuery): Promise<Page<PaymentLinkRecord>> {
    const status = query.status ? linkStatusToWire(query.status) : undefined;
    if (query.status && status === undefined) {
      return Promise.reject(new NotSupportedError(`ASTRA cannot filter payment links by status ${query.status}.`, { provider: 'ASTRA' }));
    }
    // Unlike charge lists (ASM-A22), the link list needs no period: dates are sent only when asked for.
    const filters = {
      status,
      registrationNumber: query.payerDocument,
      userReference: query.reference,
      startDate: query.createdFrom && brasiliaDay(query.createdFrom),
      endDate: query.createdTo && brasiliaDay(query.createdTo),
    };
    return fetchWindow(query.offset, query.limit, async (page, size) => {
      const response = await this.http.get<AstraPage<AstraPaymentLinkWire>>(L.path, { searchParams: { ...filters, page, size } });
      return { items: response.body.content.map(paymentLinkFromWire), totalElements: response.body.totalElements };
    });
  }
}
