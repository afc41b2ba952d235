import { randomUUID } from 'node:crypto';
import type { SimClock } from '../../shared/sim-clock';
import type { TaskTracker } from '../tasks';
import type { WebhookDispatcher } from '../webhook-delivery';
import { alphanumerics } from '../ids';
import { reais } from '../validation';
import type { CardFacts } from './card-rules';

export interface SimCardTransaction {
  seq: number;
  transactionId: string;
  nsu: string;
  authorizationCode: string | null;
  status: 'APPROVED' | 'DECLINED' | 'CANCELED' | 'CHARGEBACK';
  amountCents: number;
  installments: number;
  card: CardFacts;
  document: string | null;
  description: string | null;
  userReference: string | null;
  cardToken: string | null;
  /** Set on the charges a recurrence schedule makes (ASM-A49). */
  recurrenceId: string | null;
  scheduleId: string | null;
  createdAtMs: number;
  canceledAtMs: number | null;
}

export interface SimTokenizedCard {
  seq: number;
  cardToken: string;
  card: CardFacts;
  document: string | null;
  userReference: string | null;
  createdAtMs: number;
}

export type NewTransaction = Pick<SimCardTransaction, 'amountCents' | 'installments' | 'card' | 'document' | 'description' | 'userReference' | 'cardToken'> &
  Partial<Pick<SimCardTransaction, 'recurrenceId' | 'scheduleId'>>;

/** The simulator's card state (ASM-A45, A46, A50, A51): no PAN or CVV is kept, only the facts derived from them. */
export class CardStore {
  readonly transactions = new Map<string, SimCardTransaction>();
  readonly tokenized = new Map<string, SimTokenizedCard>();
  private seq = 0;
  private nsu = 457856445;

  constructor(
    private readonly clock: SimClock,
    private readonly tasks: TaskTracker,
    private readonly webhooks: WebhookDispatcher,
    private readonly sandboxDelayMs: number,
  ) {}

  /** Synchronous authorization by the ASM-A51 rules; declines are answers (200), not errors. */
  authorize(input: NewTransaction): SimCardTransaction {
    const declined = input.card.outcome === 'DECLINE';
    const transaction: SimCardTransaction = {
      ...input,
      recurrenceId: input.recurrenceId ?? null,
      scheduleId: input.scheduleId ?? null,
      seq: ++this.seq,
      transactionId: randomUUID(),
      nsu: String(++this.nsu),
      authorizationCode: declined ? null : alphanumerics(6).toUpperCase(),
      status: declined ? 'DECLINED' : 'APPROVED',
      createdAtMs: this.clock.nowMs(),
      canceledAtMs: null,
    };
    this.transactions.set(transaction.transactionId, transaction);
    if (declined) return transaction;
    // ASM-A45: a recurrence's charges are reported by CARD_RECURRING_INBOUND instead.
    if (transaction.recurrenceId === null) this.webhooks.emit('CARD_PAYMENT_INBOUND', paymentPayload(transaction));
    if (input.card.outcome === 'CHARGEBACK_LATER') this.tasks.schedule(this.sandboxDelayMs, () => this.chargeBack(transaction.transactionId));
    return transaction;
  }

  cancel(transaction: SimCardTransaction): void {
    transaction.status = 'CANCELED';
    transaction.canceledAtMs = this.clock.nowMs();
    this.webhooks.emit('CARD_PAYMENT_INBOUND', paymentPayload(transaction));
  }

  register(input: Omit<SimTokenizedCard, 'seq' | 'cardToken' | 'createdAtMs'>): SimTokenizedCard {
    const card: SimTokenizedCard = { ...input, seq: ++this.seq, cardToken: randomUUID(), createdAtMs: this.clock.nowMs() };
    this.tokenized.set(card.cardToken, card);
    return card;
  }

  private chargeBack(transactionId: string): void {
    const transaction = this.transactions.get(transactionId);
    if (transaction?.status !== 'APPROVED') return; // cancelled in the meantime: nothing to dispute
    transaction.status = 'CHARGEBACK';
    this.webhooks.emit('CARD_CHARGEBACK', {
      transactionId,
      nsu: transaction.nsu,
      amount: reais(transaction.amountCents),
      chargebackDate: this.clock.now().toISOString(),
      reason: 'Fraud - card absent environment',
      userReference: transaction.userReference,
    });
  }
}

function paymentPayload(t: SimCardTransaction): Record<string, unknown> {
  return {
    transactionId: t.transactionId,
    nsu: t.nsu,
    authorizationCode: t.authorizationCode,
    status: t.status,
    amount: reais(t.amountCents),
    numberInstallments: t.installments,
    typePayment: t.installments === 1 ? 'A_VISTA' : 'PARCELADO_LOJA',
    cardToken: t.cardToken,
    paymentDate: new Date(t.canceledAtMs ?? t.createdAtMs).toISOString(),
    userReference: t.userReference,
  };
}

export function transactionToWire(t: SimCardTransaction): Record<string, unknown> {
  const declined = t.status === 'DECLINED';
  return {
    transactionId: t.transactionId,
    nsu: t.nsu,
    authorizationCode: t.authorizationCode,
    status: t.status,
    returnCode: declined ? '05' : '00',
    returnMessage: declined ? 'Not authorized' : 'Approved',
    amount: reais(t.amountCents),
    numberInstallments: t.installments,
    typePayment: t.installments === 1 ? 'A_VISTA' : 'PARCELADO_LOJA',
    cardBrand: t.card.brand,
    maskedCardNumber: t.card.masked,
    nameCreditCard: t.card.holderName,
    document: t.document,
    description: t.description,
    userReference: t.userReference,
    cardToken: t.cardToken,
    recurrenceId: t.recurrenceId,
    scheduleId: t.scheduleId,
    createdAt: new Date(t.createdAtMs).toISOString(),
    canceledAt: t.canceledAtMs === null ? null : new Date(t.canceledAtMs).toISOString(),
  };
}

export function tokenizedToWire(c: SimTokenizedCard): Record<string, unknown> {
  return {
    cardToken: c.cardToken,
    cardBrand: c.card.brand,
    maskedCardNumber: c.card.masked,
    nameCreditCard: c.card.holderName,
    expirationDate: c.card.expirationDate,
    document: c.document,
    userReference: c.userReference,
    createdAt: new Date(c.createdAtMs).toISOString(),
  };
}
