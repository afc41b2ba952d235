import type { ProviderCode } from '../../providers';
import { portKey } from '../ports';
import type { Page } from '../models';
import type { PaymentLinkRecord, PaymentLinkStatus } from './model';

/** Input limits enforced by Paygraph before any provider call. */
export interface PaymentLinkLimits {
  minAmountCents: number;
  maxAmountCents: number;
  payerNameMax: number;
  descriptionMax: number;
  referenceMax: number;
  installmentsMax: number;
  expiresInDaysMax: number;
}

export interface CreatePaymentLinkCommand {
  payerName: string;
  payerDocument: string;
  amountCents: number;
  installments: number;
  description?: string;
  reference?: string;
  expiresInDays?: number;
}

export interface PaymentLinkListQuery {
  offset: number;
  limit: number;
  status?: PaymentLinkStatus;
  payerDocument?: string;
  reference?: string;
  createdFrom?: Date;
  createdTo?: Date;
}

/** Create, read and list payment links (hosted pages paid by Pix or card). */
export interface PaymentLinkPort {
  readonly code: ProviderCode;
  readonly limits: PaymentLinkLimits;
  createLink(command: CreatePaymentLinkCommand): Promise<PaymentLinkRecord>;
  /** Throws ProviderNotFoundError for an unknown id. */
  getLink(providerId: string): Promise<PaymentLinkRecord>;
  listLinks(query: PaymentLinkListQuery): Promise<Page<PaymentLinkRecord>>;
}

export const PAYMENT_LINKS = portKey<PaymentLinkPort>('paymentLinks', 'create or read payment links');
