import { randomUUID } from 'node:crypto';
import {
  MerchantChargeSavedCardDocument,
  MerchantCreateClientTokenDocument,
  MerchantCreatePaymentLinkDocument,
  MerchantCreatePixChargeDocument,
  MerchantPixChargeStatusDocument,
  MerchantSimulatePixPaymentDocument,
} from './graphql';
import { userErrorText, type PaygraphClient } from './paygraph';

/** What the shop sells. Prices live on the server: the page never says how much to charge. */
export const PRODUCT = { name: 'Paygraph T-shirt', amount: '49.90' } as const;
/** How long the Pix code and the page's client token live (seconds). */
export const PIX_TTL_SECONDS = 15 * 60;
/** The demo shopper the payment link is made out to (a real shop asks for it at checkout). */
const SHOPPER = { name: 'Maria Souza', document: '123.456.789-09' };

export interface Order {
  id: string;
  product: string;
  amount: string;
  pixChargeId: string;
  clientToken: string;
  expiresAt: string | null;
  paymentLinkUrl: string | null;
  paidByCard: boolean;
}

/** What the page gets back after paying by card: a sentence a shopper understands. */
export interface CardOutcome {
  approved: boolean;
  message: string;
}

/** Creates, pays and remembers orders (in memory: this is an example, not a shop). */
export class Orders {
  private readonly orders = new Map<string, Order>();

  constructor(
    private readonly paygraph: PaygraphClient,
    private readonly pageOrigin: string,
  ) {}

  get(id: string): Order | undefined {
    return this.orders.get(id);
  }

  /**
   * A new order: its Pix charge, a payment link as the alternative, and a client token that lets
   * the page read and follow that one charge, from the page's origin only. The order id is every
   * idempotency key's prefix, so a retried step never creates a second charge or link.
   */
  async create(): Promise<Order> {
    const id = randomUUID();
    const description = `${PRODUCT.name} (order ${id.slice(0, 8)})`;
    const { createPixCharge } = await this.paygraph.run(MerchantCreatePixChargeDocument, {
      input: { amount: PRODUCT.amount, description, expiresIn: PIX_TTL_SECONDS, idempotencyKey: `order-${id}-pix` },
    });
    if (!createPixCharge.pixCharge) throw new Error(`createPixCharge refused: ${userErrorText(createPixCharge)}`);
    const { createClientToken } = await this.paygraph.run(MerchantCreateClientTokenDocument, {
      input: { subjectId: createPixCharge.pixCharge.id, ttlSeconds: PIX_TTL_SECONDS, origin: this.pageOrigin },
    });
    if (!createClientToken.clientToken) throw new Error(`createClientToken refused: ${userErrorText(createClientToken)}`);
    const order: Order = {
      id,
      product: PRODUCT.name,
      amount: PRODUCT.amount,
      pixChargeId: createPixCharge.pixCharge.id,
      clientToken: createClientToken.clientToken,
      expiresAt: createPixCharge.pixCharge.expiresAt,
      paymentLinkUrl: await this.paymentLinkUrl(id, description),
      paidByCard: false,
    };
    this.orders.set(id, order);
    return order;
  }

  /** The link is an extra way to pay: when the provider refuses it, the page simply does not offer it. */
  private async paymentLinkUrl(orderId: string, description: string): Promise<string | null> {
    const { createPaymentLink } = await this.paygraph.run(MerchantCreatePaymentLinkDocument, {
      input: { amount: PRODUCT.amount, description, payer: SHOPPER, expiresInDays: 1, idempotencyKey: `order-${orderId}-link` },
    });
    return createPaymentLink.paymentLink?.url ?? null;
  }

  /**
   * Charges the card the page tokenized with the publishable key, for the order's amount. The
   * idempotency key is the order and the card: a double click or a retry after a timeout answers
   * the first outcome instead of charging twice; another card is another attempt.
   */
  async payByCard(order: Order, savedCardId: string): Promise<CardOutcome> {
    if (order.paidByCard) return { approved: true, message: 'This order is already paid.' };
    if (await this.paidWithPix(order)) return { approved: true, message: 'This order is already paid with Pix: your card was not charged.' };
    const { chargeSavedCard } = await this.paygraph.run(MerchantChargeSavedCardDocument, {
      input: { savedCardId, amount: order.amount, description: order.product, idempotencyKey: `order-${order.id}-card-${savedCardId}` },
    });
    const transaction = chargeSavedCard.cardTransaction;
    if (transaction?.status === 'APPROVED') {
      order.paidByCard = true;
      return { approved: true, message: `Payment approved: R$ ${order.amount.replace('.', ',')} charged to the card ending in ${transaction.maskedNumber.slice(-4)}.` };
    }
    const declined = transaction?.status === 'DECLINED' || chargeSavedCard.userErrors.some((error) => error.code === 'DECLINED');
    if (declined) {
      return { approved: false, message: 'Your bank declined this card, so nothing was charged. Try another card, or pay with Pix.' };
    }
    return { approved: false, message: `We could not charge this card, so nothing was charged: ${userErrorText(chargeSavedCard) ?? 'unknown reason'}.` };
  }

  private async paidWithPix(order: Order): Promise<boolean> {
    const { node } = await this.paygraph.run(MerchantPixChargeStatusDocument, { id: order.pixChargeId });
    return node?.__typename === 'PixCharge' && ['PAID', 'PARTIALLY_REFUNDED', 'REFUNDED'].includes(node.status);
  }

  /** Sandbox only: pays the order's Pix charge as the shopper's bank app would. */
  async simulatePixPayment(order: Order): Promise<string | null> {
    const { simulatePixChargePayment } = await this.paygraph.run(MerchantSimulatePixPaymentDocument, { input: { chargeId: order.pixChargeId } });
    return userErrorText(simulatePixChargePayment);
  }
}
