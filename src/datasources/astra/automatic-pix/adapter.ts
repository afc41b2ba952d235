import type { Page } from '../../../domain/models';
import type {
  AutomaticPixParticipantRecord,
  CreateAutomaticPixAuthorizationCommand,
  CreateAutomaticPixPaymentCommand,
  RetryAutomaticPixPaymentCommand,
} from '../../../domain/automatic-pix/model';
import type { AuthorizationListQuery, AutomaticPixLimits, AutomaticPixPort, PaymentListQuery } from '../../../domain/automatic-pix/port';
import type { ProviderHttp } from '../../http/provider-http';
import { fetchWindow } from '../../paging';
import { ASTRA_ASSUMPTIONS as A } from '../assumptions';
import type { AstraPage } from '../wire';
import { authorizationFromWire, authorizationStatusToWire, createAuthorizationToWire, createPaymentToWire, paymentFromWire, paymentStatusToWire } from './transformers';
import type { AstraAuthorizationWire, AstraParticipantWire, AstraPaymentWire } from './wire';
import { pathSegment } from '../../path-segment';

const P = A.automaticPix.paths;
const EMPTY: Page<never> = { items: [], totalCount: 0, hasNextPage: false };

/** Astra Automatic Pix (ASM-A36…A43) behind the provider-neutral AutomaticPixPort. */
export class AstraAutomaticPix implements AutomaticPixPort {
  readonly code = 'ASTRA' as const;
  readonly limits: AutomaticPixLimits = A.automaticPix.limits;

  constructor(private readonly http: ProviderHttp) {}

  listParticipants(offset: number, limit: number): Promise<Page<AutomaticPixParticipantRecord>> {
    return fetchWindow(offset, limit, async (page, size) => {
      const response = await this.http.get<AstraPage<AstraParticipantWire>>(P.participants, { searchParams: { page, size } });
      return { items: response.body.content.map((p) => ({ ispb: p.ispb, name: p.name })), totalElements: response.body.totalElements };
    });
  }

  // POSTs are not retried by the client (ProviderHttp's default): Astra has no idempotency (ASM-A05).
  async createAuthorization(command: CreateAutomaticPixAuthorizationCommand) {
    const response = await this.http.post<AstraAuthorizationWire>(P.authorizations, { json: createAuthorizationToWire(command) });
    return authorizationFromWire(response.body);
  }

  async getAuthorization(authorizationId: string) {
    const response = await this.http.get<AstraAuthorizationWire>(`${P.authorizations}/${pathSegment(authorizationId)}`);
    return authorizationFromWire(response.body);
  }

  listAuthorizations(query: AuthorizationListQuery) {
    const status = query.status ? authorizationStatusToWire(query.status) : undefined;
    // UNKNOWN has no wire value: no Astra authorization can be asked for by it.
    if (query.status && !status) return Promise.resolve(EMPTY);
    const filters = { status, contractId: query.contractReference, document: query.payerDocument };
    return fetchWindow(query.offset, query.limit, async (page, size) => {
      const response = await this.http.get<AstraPage<AstraAuthorizationWire>>(P.authorizations, { searchParams: { ...filters, page, size } });
      return { items: response.body.content.map(authorizationFromWire), totalElements: response.body.totalElements };
    });
  }

  async createPayment(command: CreateAutomaticPixPaymentCommand) {
    const response = await this.http.post<AstraPaymentWire>(P.payments, { json: createPaymentToWire(command) });
    return paymentFromWire(response.body);
  }

  async retryPayment(command: RetryAutomaticPixPaymentCommand) {
    const response = await this.http.post<AstraPaymentWire>(`${P.payments}/${pathSegment(command.paymentId)}/retry`, { json: { scheduledDate: command.scheduledDate } });
    return paymentFromWire(response.body);
  }

  async getPayment(paymentId: string) {
    const response = await this.http.get<AstraPaymentWire>(`${P.payments}/${pathSegment(paymentId)}`);
    return paymentFromWire(response.body);
  }

  listPayments(query: PaymentListQuery) {
    const status = query.status ? paymentStatusToWire(query.status) : undefined;
    if (query.status && !status) return Promise.resolve(EMPTY);
    const filters = { authorizationId: query.authorizationId, status, startDate: query.scheduledFrom, endDate: query.scheduledTo };
    return fetchWindow(query.offset, query.limit, async (page, size) => {
      const response = await this.http.get<AstraPage<AstraPaymentWire>>(P.payments, { searchParams: { ...filters, page, size } });
      return { items: response.body.content.map(paymentFromWire), totalElements: response.body.totalElements };
    });
  }
}
