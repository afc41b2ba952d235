import type { SimClock } from '../../shared/sim-clock';
import { alphanumerics, newEndToEndId, newId } from '../ids';
import type { TaskTracker } from '../tasks';
import type { WebhookDispatcher } from '../webhook-delivery';

/** ASM-A27: numeric code and description of each payment-link status. */
export const LINK_STATUSES = { CREATED: 1, PAID: 2, EXPIRED: 3, CANCELED: 4 } as const;
export type LinkStatus = keyof typeof LINK_STATUSES;

export interface CreateLinkInput {
  payerName: string;
  registrationNumber: string;
  amountCents: number;
  numbersInstallments: number;
  description: string | null;
  userReference: string | null;
  expirationDays: number;
}

export interface LinkPayment {
  paymentId: string;
  paymentMethod: 'PIX' | 'CREDIT_CARD';
  paymentReceipt: string;
  paymentDateMs: number;
  amountCents: number;
}

/** One payment link in memory: integer cents, epoch ms of the simulator clock. */
export interface LinkRecord extends CreateLinkInput {
  seq: number;
  linkPaymentUuid: string;
  status: LinkStatus;
  verificationToken: number;
  createdAtMs: number;
  expiresAtMs: number;
  payment: LinkPayment | null;
}

const DAY_MS = 86_400_000;

/**
 * Payment-link lifecycle (ASM-A26…A29): created, paid by Pix when the amount ends in ,01 (after the
 * sandbox delay), or expired when the simulator clock passes `expirationDate` (then the ASM-A14
 * status-update event). Every transition out of CREATED happens once: 2, 3 and 4 are terminal.
 */
export class PaymentLinkService {
  readonly links = new Map<string, LinkRecord>();
  private sequence = 0;

  constructor(
    private readonly clock: SimClock,
    private readonly tasks: TaskTracker,
    private readonly webhooks: WebhookDispatcher,
    private readonly sandboxDelayMs: number,
  ) {}

  create(input: CreateLinkInput): LinkRecord {
    const now = this.clock.nowMs();
    const link: LinkRecord = {
      ...input,
      seq: ++this.sequence,
      linkPaymentUuid: newId(),
      status: 'CREATED',
      verificationToken: 100_000 + Math.floor(Math.random() * 900_000),
      createdAtMs: now,
      expiresAtMs: now + input.expirationDays * DAY_MS,
      payment: null,
    };
    this.links.set(link.linkPaymentUuid, link);
    // ASM-A29: only cents == 01 is paid automatically (x.11, x.21 are not).
    if (input.amountCents % 100 === 1) this.tasks.schedule(this.sandboxDelayMs, () => this.payByPix(link.linkPaymentUuid));
    return link;
  }

  get(uuid: string): LinkRecord | undefined {
    return this.links.get(uuid);
  }

  all(): LinkRecord[] {
    return [...this.links.values()];
  }

  /** ASM-A10: links due on the simulator clock expire after the sandbox delay (clock listener). */
  expireDue(): void {
    const now = this.clock.nowMs();
    for (const link of this.links.values()) {
      if (link.status === 'CREATED' && now >= link.expiresAtMs) this.tasks.schedule(this.sandboxDelayMs, () => this.expire(link.linkPaymentUuid));
    }
  }

  private expire(uuid: string): void {
    const link = this.links.get(uuid);
    if (!link || link.status !== 'CREATED' || this.clock.nowMs() < link.expiresAtMs) return;
    link.status = 'EXPIRED';
    this.webhooks.emit('PAYMENT_LINK_INBOUND', {
      paymentLinkUuid: link.linkPaymentUuid,
      status: { code: LINK_STATUSES.EXPIRED, description: 'EXPIRED' },
      userReference: link.userReference,
      updatedAt: this.clock.now().toISOString(),
    });
  }

  private payByPix(uuid: string): void {
    const link = this.links.get(uuid);
    if (!link || link.status !== 'CREATED') return;
    const now = this.clock.now();
    link.status = 'PAID';
    link.payment = {
      paymentId: newPaymentId(now),
      paymentMethod: 'PIX',
      paymentReceipt: newEndToEndId('E', now),
      paymentDateMs: now.getTime(),
      amountCents: link.amountCents,
    };
    this.webhooks.emit('PAYMENT_LINK_INBOUND', {
      paymentLinkUuid: link.linkPaymentUuid,
      paymentDate: now.toISOString(),
      paymentMethod: link.payment.paymentMethod,
      paymentId: link.payment.paymentId,
      paymentReceipt: link.payment.paymentReceipt,
      amount: link.amountCents / 100,
      userReference: link.userReference,
    });
  }
}

/** ASM-A29: `astra` + yyMMddHHmmss + 3 digits + `lnk` + 11 alphanumerics. */
function newPaymentId(at: Date): string {
  const stamp = at.toISOString().replace(/[-T:]/g, '').slice(2, 14);
  const digits = String(Math.floor(Math.random() * 1000)).padStart(3, '0');
  return `astra${stamp}${digits}lnk${alphanumerics(11)}`;
}
