/**
 * Astra wire mapping against the documented examples of Astra's reference
 * (test/fixtures/astra, each naming its section / ASM id), not against the simulator: a misreading
 * of the docs shared by client and simulator would pass every end-to-end test, but not these.
 */
import { AstraPixCharges } from '../../../../src/datasources/astra/pix-charges/adapter';
import { astraTokenFetcher } from '../../../../src/datasources/astra/token-client';
import { mapAstraError } from '../../../../src/datasources/astra/errors';
import { astraWebhookHandler } from '../../../../src/datasources/astra/webhook-deliveries';
import { bind } from '../../../../src/domain/ports';
import { PIX_CHARGES } from '../../../../src/domain/pix-charges/port';
import { PIX_REFUNDS } from '../../../../src/domain/refunds/port';
import { PAYMENT_LINKS } from '../../../../src/domain/payment-links/port';
import { PIX_PAYOUTS } from '../../../../src/domain/pix-payouts/port';
import { chargeFromWire, createChargeToWire } from '../../../../src/datasources/astra/pix-charges/transformers';
import { refundFromWire, refundToWire } from '../../../../src/datasources/astra/refunds/transformers';
import { deliveryFromWire, webhookFromWire } from '../../../../src/datasources/astra/webhooks/transformers';
import type { AstraChargeWire } from '../../../../src/datasources/astra/pix-charges/wire';
import type { AstraRefundWire } from '../../../../src/datasources/astra/refunds/wire';
import type { AstraWebhookResultWire, AstraWebhookWire } from '../../../../src/datasources/astra/webhooks/wire';
import { PixChargeStatus } from '../../../../src/domain/pix-charges/model';
import { RefundStatus } from '../../../../src/domain/refunds/model';
import { ErrorCode } from '../../../../src/errors/codes';
import { NotSupportedError, ProviderRejectedError, ProviderUnavailableError, type PaygraphError } from '../../../../src/errors/domain-errors';
import { decodeGlobalId } from '../../../../src/lib/global-id';
import { rawWebhookUrl } from '../../../../src/domain/webhooks/model';
import { answeringWith, loadFixture } from '../../../helpers/wire-fixtures';

const fixture = <T>(name: string) => loadFixture<T>('astra', name);
const at = (iso: string) => new Date(iso);
const TXID = 'astra202501Hk3mPq8sVb2nXc7LdR4t';

describe('Astra fixtures: charges (ASM-A20, §3.3 / ASM-A19)', () => {
  test('ASM-A20 charge object → PixCharge: cents, raw + normalized status, CPF debtor, instants', () => {
    const charge = chargeFromWire(fixture<AstraChargeWire>('asm-a20-charge-object').body);
    expect(decodeGlobalId(charge.id)).toEqual({ type: 'PixCharge', provider: 'ASTRA', providerId: TXID });
    expect(charge).toEqual({
      __typename: 'PixCharge',
      id: charge.id,
      provider: 'ASTRA',
      txid: TXID,
      status: PixChargeStatus.ACTIVE,
      providerStatus: 'ACTIVE',
      amount: { amount: 10_000, currency: 'BRL' },
      amountRefunded: { amount: 0, currency: 'BRL' },
      description: 'Payment for order #12345',
      reference: 'order-12345',
      debtor: { name: 'João Silva', document: '12345678901' },
      payer: null,
      brCode: '00020101021226...6304A1B2',
      checkoutUrl: null,
      createdAt: at('2025-01-15T10:00:00.000Z'),
      expiresAt: at('2025-01-15T11:00:00.000Z'),
      paidAt: null,
      endToEndId: null,
    });
  });

  test('ASM-A20 after payment and a 40.00 refund → payer, paid instant, end-to-end id, refunded cents', () => {
    const charge = chargeFromWire(fixture<AstraChargeWire>('asm-a20-charge-partially-refunded').body);
    expect(charge).toMatchObject({
      status: PixChargeStatus.PARTIALLY_REFUNDED,
      providerStatus: 'PARTIALLY_REFUNDED',
      amount: { amount: 10_000, currency: 'BRL' },
      amountRefunded: { amount: 4_000, currency: 'BRL' },
      payer: { name: 'João Silva', document: '12345678901' },
      paidAt: at('2025-01-15T10:30:00.000Z'),
      endToEndId: 'E12345678202401151030123456789',
    });
  });

  test('§3.3 request example is exactly what createChargeToWire sends for the same command', () => {
    const body = createChargeToWire({
      amountCents: 10_000,
      expiresInSeconds: 3600,
      description: 'Payment for order #12345',
      reference: 'order-12345',
      debtor: { name: 'João Silva', document: { kind: 'CPF', value: '12345678901' } },
      onlyDebtorMayPay: false,
    });
    expect(body).toEqual(fixture('doc-3.3-create-charge-request').body);
  });

  test('ASM-A09 page envelope → listCharges: items mapped, totalElements is the total count', async () => {
    const { http, calls } = answeringWith(fixture('asm-a09-page-envelope-of-charges').body);
    const now = at('2025-01-20T12:00:00.000Z');
    const page = await new AstraPixCharges(http, { now: () => now }).listCharges({ offset: 0, limit: 20 });
    expect(page.totalCount).toBe(57);
    expect(page.hasNextPage).toBe(true);
    expect(page.items.map((c) => [c.txid, c.amount.amount, c.status])).toEqual([[TXID, 10_000, PixChargeStatus.ACTIVE]]);
    expect(calls).toHaveLength(1);
    expect(calls[0].options?.searchParams).toMatchObject({ page: 0, size: 20 });
  });
});

describe('Astra charge statuses are exactly the ASM-A20 set', () => {
  const listWith = async (status: PixChargeStatus) => {
    const { http, calls } = answeringWith(fixture('asm-a09-page-envelope-of-charges').body);
    const result = await new AstraPixCharges(http).listCharges({ offset: 0, limit: 20, status }).catch((error: unknown) => error);
    return { result, calls };
  };

  test.each(['ACTIVE', 'PAID', 'PARTIALLY_REFUNDED', 'REFUNDED', 'EXPIRED'])('list filter %s is sent as the same ASM-A20 value', async (wire) => {
    const { calls } = await listWith(wire as PixChargeStatus);
    expect(calls[0].options?.searchParams).toMatchObject({ status: wire });
  });

  test('"CANCELED" is not an ASM-A20 status: read as UNKNOWN with the raw value kept (ASM-A06)', () => {
    const charge = chargeFromWire({ ...fixture<AstraChargeWire>('asm-a20-charge-object').body, status: 'CANCELED' });
    expect(charge).toMatchObject({ status: PixChargeStatus.UNKNOWN, providerStatus: 'CANCELED' });
  });

  test('filter CANCELLED: no Astra charge can be cancelled (ASM-A20), so an empty page and 0 calls', async () => {
    const { result, calls } = await listWith(PixChargeStatus.CANCELLED);
    expect(result).toEqual({ items: [], totalCount: 0, hasNextPage: false });
    expect(calls).toHaveLength(0);
  });

  test('filter UNKNOWN cannot be asked of Astra: NOT_SUPPORTED, never an unfiltered list', async () => {
    const { result, calls } = await listWith(PixChargeStatus.UNKNOWN);
    expect(result).toBeInstanceOf(NotSupportedError);
    expect(calls).toHaveLength(0);
  });
});

describe('Astra fixtures: refunds (ASM-A23)', () => {
  test('refund object → Refund: its own end-to-end id (null while PROCESSING), not the payment one', () => {
    const refund = refundFromWire(fixture<AstraRefundWire>('asm-a23-refund-object').body);
    expect(decodeGlobalId(refund.id)).toEqual({ type: 'Refund', provider: 'ASTRA', providerId: '6c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f' });
    expect(refund).toEqual({
      __typename: 'PixRefund',
      id: refund.id,
      provider: 'ASTRA',
      refundId: '6c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
      status: RefundStatus.PROCESSING,
      providerStatus: 'PROCESSING',
      amount: { amount: 4_000, currency: 'BRL' },
      reason: 'Item returned',
      endToEndId: null,
      createdAt: at('2025-01-15T11:00:00.000Z'),
      refundedAt: null,
      failureReason: null,
      chargeTxid: TXID,
    });
  });

  test('REFUNDED object → its devolution end-to-end id and completion instant', () => {
    expect(refundFromWire(fixture<AstraRefundWire>('asm-a23-refund-refunded').body)).toMatchObject({
      status: RefundStatus.REFUNDED,
      providerStatus: 'REFUNDED',
      endToEndId: 'D18236120202501151100Xy98Wv76Ut5',
      refundedAt: at('2025-01-15T11:00:03.000Z'),
    });
  });

  test('FAILED object → FAILED with 40.99 as exact cents and no completion instant', () => {
    expect(refundFromWire(fixture<AstraRefundWire>('asm-a23-refund-failed').body)).toMatchObject({
      status: RefundStatus.FAILED,
      providerStatus: 'FAILED',
      amount: { amount: 4_099, currency: 'BRL' },
      endToEndId: null,
      refundedAt: null,
    });
  });

  test('request example is exactly what refundToWire sends for the same command', () => {
    expect(refundToWire({ txid: TXID, amountCents: 4_000, reason: 'Item returned' })).toEqual(fixture('asm-a23-refund-request').body);
  });
});

describe('Astra fixtures: token (§1.4, ASM-A03)', () => {
  test('token example → access token, expiry = request start + expires_in seconds; form body as ASM-A02', async () => {
    const { http, calls } = answeringWith(fixture('asm-a03-token-response').body);
    const issued = await astraTokenFetcher(http, '/oauth/v1/token', 'id', 'secret', () => 1_000_000)();
    expect(issued).toEqual({ accessToken: '<opaque string; a JWT in the real sandbox>', expiresAt: 1_000_000 + 3_600_000 });
    expect(calls[0].options?.form).toEqual({ grant_type: 'client_credentials', client_id: 'id', client_secret: 'secret' });
  });
});

describe('Astra fixtures: error bodies (§1.6, ASM-A07)', () => {
  const ctx = (name: string) => {
    const { status, body } = fixture(name);
    return { status: status!, body, transactionId: 'tx-header', method: 'POST', path: '/charge/v1/dynamic' };
  };

  test('§1.6 example (400) → PROVIDER_REJECTED with both validation messages and errorCode 36 kept', () => {
    const error = mapAstraError(ctx('doc-1.6-error-body-400')) as PaygraphError;
    expect(error).toBeInstanceOf(ProviderRejectedError);
    expect(error.code).toBe(ErrorCode.PROVIDER_REJECTED);
    expect((error as ProviderRejectedError).providerMessages).toEqual(['Amount must be greater than 0.01', 'Description cannot exceed 140 characters']);
    expect(error.details).toMatchObject({ provider: 'ASTRA', providerCode: 36, httpStatus: 400, upstreamTransactionId: 'tx-header' });
  });

  test('errorCode 1 (500) → PROVIDER_UNAVAILABLE; the body text never reaches the message', () => {
    const error = mapAstraError(ctx('doc-1.6-error-body-500-critical')) as PaygraphError;
    expect(error).toBeInstanceOf(ProviderUnavailableError);
    expect(error.details).toMatchObject({ providerCode: 1, httpStatus: 500 });
    expect(error.message).not.toContain('System temporarily unavailable');
  });
});

describe('Astra fixtures: webhook payloads (§2.3, ASM-A13…A16)', () => {
  // Parsing never calls a port: the ports only confirm.
  const handler = astraWebhookHandler([bind(PIX_CHARGES, {} as never), bind(PIX_REFUNDS, {} as never), bind(PAYMENT_LINKS, {} as never), bind(PIX_PAYOUTS, {} as never)]);
  const parse = (name: string) => handler.parse(fixture(name).body);

  test('§2.3.1 PIX_QR_INBOUND payment event → pix-payment keyed by its end-to-end id', () => {
    expect(parse('doc-2.3.1-pix-qr-inbound-payment')).toEqual({
      ok: true,
      confirmable: true,
      product: 'PIX_QR_INBOUND',
      dedupKey: 'pix:PAYMENT:E12345678202401151030123456789',
      occurredAt: at('2024-01-15T10:30:00.000Z'),
      delivery: { product: 'PIX_QR_INBOUND', delivery: { kind: 'pix-payment', txid: 'astra202412dfsdrtsdgdgdst00005Z', endToEndId: 'E12345678202401151030123456789' } },
    });
  });

  test('ASM-A13 refund event → pix-refund keyed by payment and devolution end-to-end ids', () => {
    expect(parse('asm-a13-pix-qr-inbound-refund')).toEqual({
      ok: true,
      confirmable: true,
      product: 'PIX_QR_INBOUND',
      dedupKey: 'pix:REFUND:E12345678202401151030123456789:D12345678202401151100123456789',
      occurredAt: at('2024-01-15T11:00:03.000Z'),
      delivery: {
        product: 'PIX_QR_INBOUND',
        delivery: {
          kind: 'pix-refund',
          txid: 'astra202412dfsdrtsdgdgdst00005Z',
          endToEndId: 'E12345678202401151030123456789',
          devolutionEndToEndId: 'D12345678202401151100123456789',
        },
      },
    });
  });

  test.each([
    [
      'doc-2.3.2-payment-link-payment',
      'link:astra250123160327254lnk003102r2rcZ',
      '2025-01-23T16:03:27.000Z',
      { paymentId: 'astra250123160327254lnk003102r2rcZ', statusCode: null },
    ],
    ['asm-a14-payment-link-status-update', 'link:c1fac1de-b4f8-4dfe-bdbd-bd0ce9b4c919:3', '2025-02-02T16:03:27.000Z', { paymentId: null, statusCode: 3 }],
  ])('%s → PAYMENT_LINK_INBOUND keyed %s, confirmed by the payment-links family', (name, dedupKey, occurredAt, claim) => {
    const delivery = { paymentLinkUuid: 'c1fac1de-b4f8-4dfe-bdbd-bd0ce9b4c919', ...claim };
    expect(parse(name)).toEqual({
      ok: true,
      confirmable: true,
      dedupKey,
      product: 'PAYMENT_LINK_INBOUND',
      occurredAt: at(occurredAt),
      delivery: { product: 'PAYMENT_LINK_INBOUND', delivery },
    });
  });

  test.each([
    ['asm-a16-card-payment-inbound', 'card:0b6f3c1e-2a7d-4f7e-9d7a-5c1e8f0a9b21:APPROVED', 'CARD_PAYMENT_INBOUND', '2025-01-15T10:30:00.000Z'],
    ['asm-a16-card-recurring-inbound', 'recurring:c0a8e4b2-1f3d-4e6a-9b7c-8d2e1f0a3b4c:PAID', 'CARD_RECURRING_INBOUND', '2025-03-01T03:05:00.000Z'],
    ['asm-a16-card-chargeback', 'chargeback:0b6f3c1e-2a7d-4f7e-9d7a-5c1e8f0a9b21', 'CARD_CHARGEBACK', '2025-01-20T12:00:00.000Z'],
  ])('%s → recognised as %s (%s)', (name, dedupKey, product, occurredAt) => {
    // Built without the card ports here: acknowledged and logged, never published (the cards and card-recurrences families confirm them when bound).
    expect(parse(name)).toEqual({ ok: true, confirmable: false, dedupKey, product, occurredAt: at(occurredAt) });
  });

  test('asm-a15-pix-outbound → confirmable by the payouts family (re-read of the batch and payment)', () => {
    expect(parse('asm-a15-pix-outbound')).toEqual({
      ok: true,
      confirmable: true,
      dedupKey: 'outbound:TEST_CHECKOUT_001:PAY_001:PAID',
      product: 'PIX_OUTBOUND',
      occurredAt: at('2025-01-15T10:35:03.000Z'),
      delivery: { product: 'PIX_OUTBOUND', delivery: { checkoutId: 'TEST_CHECKOUT_001', paymentId: 'PAY_001', status: 'PAID' } },
    });
  });
});

describe('Astra fixtures: webhook management (ASM-A17, ASM-A18)', () => {
  test('webhook object → Webhook with its type, instants and the URL kept raw for updates', () => {
    const wire = fixture<AstraWebhookWire>('asm-a17-webhook-object').body;
    const webhook = webhookFromWire(wire)!;
    expect(webhook).toMatchObject({
      webhookId: '3f1c9a2e-5b7d-4c1e-8f2a-6d9b0e4c7a13',
      eventType: 'PIX_QR_INBOUND',
      url: 'https://api.example.com/hooks/astra/3c9f0b7e',
      createdAt: at('2025-01-15T10:00:00.000Z'),
      updatedAt: at('2025-01-15T10:00:00.000Z'),
    });
    expect(rawWebhookUrl(webhook)).toBe(wire.url);
  });

  test('delivery record → attempt with its HTTP status and success flag; the payload is not read', () => {
    expect(deliveryFromWire(fixture<AstraWebhookResultWire>('asm-a18-webhook-result').body)).toEqual({
      id: '9a7b5c3d-1e2f-4a6b-8c0d-2e4f6a8b0c1d',
      eventType: 'PIX_QR_INBOUND',
      httpStatus: 503,
      success: false,
      attemptedAt: at('2025-01-15T10:30:01.000Z'),
    });
  });
});
