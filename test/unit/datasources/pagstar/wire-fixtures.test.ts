/**
 * Pagstar wire mapping against the documented examples of Pagstar's reference
 * (test/fixtures/pagstar, each naming its section / ASM id), independently of the simulator: a
 * misreading of the docs shared by client and simulator would pass every end-to-end test, not these.
 */
import { mapPagstarError } from '../../../../src/datasources/pagstar/errors';
import { parsePagstarDelivery } from '../../../../src/datasources/pagstar/pix-charges/webhook-payload';
import { PagstarPixCharges } from '../../../../src/datasources/pagstar/pix-charges/adapter';
import { pagstarLoginFetcher } from '../../../../src/datasources/pagstar/token-client';
import { PixChargeStatus } from '../../../../src/domain/pix-charges/model';
import { ErrorCode } from '../../../../src/errors/codes';
import { ProviderAuthError, ProviderNotFoundError, ProviderRejectedError, type PaygraphError } from '../../../../src/errors/domain-errors';
import { decodeGlobalId } from '../../../../src/lib/global-id';
import { answeringWith, loadFixture } from '../../../helpers/wire-fixtures';

const fixture = (name: string) => loadFixture('pagstar', name);
const at = (iso: string) => new Date(iso);
const REF = '47023acc-0727-476a-a011-9d759e7f58c9';
const CHECKOUT = `https://dev-checkout.pagstar.com/payment/pix/${REF}`;

function provider(name: string) {
  const { http, calls } = answeringWith(fixture(name).body);
  return { pix: new PagstarPixCharges(http, { tenantId: 'tenant-1' }), calls };
}

describe('Pagstar fixtures: GET transaction details (§5, ASM-P06)', () => {
  test('§5 DOC example → PAID charge: 10 reais = 1000 cents, raw status "1" kept, BR Code and checkout', async () => {
    const { pix, calls } = provider('doc-5-transaction-details');
    const charge = await pix.getCharge(REF);
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([`GET wallet/partner/transactions/${REF}`]);
    expect(decodeGlobalId(charge.id)).toEqual({ type: 'PixCharge', provider: 'PAGSTAR', providerId: REF });
    expect(charge).toEqual({
      __typename: 'PixCharge',
      id: charge.id,
      provider: 'PAGSTAR',
      txid: REF,
      status: PixChargeStatus.PAID,
      providerStatus: '1',
      amount: { amount: 1_000, currency: 'BRL' },
      amountRefunded: { amount: 0, currency: 'BRL' },
      description: null,
      reference: null,
      // `partner` is the merchant's own account (§5), never shown as the debtor.
      debtor: null,
      payer: null,
      brCode: 'IxoYKcQw.PAGSTARMOCK2022.Je2KjEG3XgdW.yogJySWhNLjVsdilBn4hqUd9',
      checkoutUrl: CHECKOUT,
      // The doc's created_at is "…" (value NOT FOUND): unparseable → null, not a crash.
      createdAt: null,
      expiresAt: null,
      paidAt: null,
      endToEndId: null,
    });
  });

  test('ASM-P06 pending example → ACTIVE with raw "0", cents and the microsecond created_at', async () => {
    const charge = await provider('asm-p06-transaction-details-pending').pix.getCharge(REF);
    expect(charge).toMatchObject({
      status: PixChargeStatus.ACTIVE,
      providerStatus: '0',
      amount: { amount: 1_001, currency: 'BRL' },
      createdAt: at('2024-01-15T13:30:00.000Z'),
    });
  });
});

describe('Pagstar fixtures: create Pix deposit (§4, ASM-P05)', () => {
  const command = { amountCents: 1_001, reference: 'order-12345' };

  test('ASM-P05 response → ACTIVE charge with its amount, expiry instant, BR Code and checkout', async () => {
    const charge = await provider('asm-p05-create-response').pix.createCharge(command);
    expect(charge).toMatchObject({
      txid: REF,
      status: PixChargeStatus.ACTIVE,
      providerStatus: null,
      amount: { amount: 1_001, currency: 'BRL' },
      reference: 'order-12345',
      brCode: '<copy-and-paste string>',
      checkoutUrl: CHECKOUT,
      createdAt: null,
      expiresAt: at('2024-01-15T14:30:00.000Z'),
    });
  });

  test('§4 CODE response without value/expiration_date → amount from the command, no expiry guessed', async () => {
    const charge = await provider('code-4-create-response').pix.createCharge(command);
    expect(charge).toMatchObject({
      txid: REF,
      amount: { amount: 1_001, currency: 'BRL' },
      brCode: '<pix copy-and-paste (EMV) string>',
      checkoutUrl: 'https://dev-checkout.pagstar.com/payment/pix/47023acc-…',
      expiresAt: null,
    });
  });
});

describe('Pagstar fixtures: login (§2, ASM-P02)', () => {
  test('login example → the access token and the absolute expires_in instant', async () => {
    const { http, calls } = answeringWith(fixture('asm-p02-login-response').body);
    const issued = await pagstarLoginFetcher(http, 'partner@example.com', 'key')();
    expect(issued).toEqual({ accessToken: '1234|aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5zA7b', expiresAt: Date.parse('2029-01-15T13:30:00.000Z') });
    expect(calls[0].options?.json).toEqual({ email: 'partner@example.com', access_key: 'key' });
  });
});

describe('Pagstar fixtures: error bodies (ASM-P03)', () => {
  const mapped = (name: string) => {
    const { status, body } = fixture(name);
    return mapPagstarError({ status: status!, body, transactionId: 'tx-header', method: 'GET', path: 'x' }) as PaygraphError;
  };

  test('422 validation example → PROVIDER_REJECTED with the errors-map message', () => {
    const error = mapped('asm-p03-validation-error-422');
    expect(error).toBeInstanceOf(ProviderRejectedError);
    expect(error.code).toBe(ErrorCode.PROVIDER_REJECTED);
    expect((error as ProviderRejectedError).providerMessages).toEqual(['O campo value é obrigatório.']);
    expect(error.details).toMatchObject({ provider: 'PAGSTAR', httpStatus: 422, upstreamTransactionId: 'tx-header' });
  });

  test('404 example → NOT_FOUND kind; 401 example → auth failure; pt-BR text never in the message', () => {
    const notFound = mapped('asm-p06-not-found-404');
    expect(notFound).toBeInstanceOf(ProviderNotFoundError);
    expect(notFound.message).not.toContain('Transação');
    expect(mapped('asm-p02-unauthenticated-401')).toBeInstanceOf(ProviderAuthError);
  });
});

describe('Pagstar fixtures: notification payloads (§7, ASM-P08)', () => {
  const parse = (name: string) => parsePagstarDelivery(fixture(name).body);

  test('approved example → payment claimed PAID, keyed by reference + normalized status, at updated_at', () => {
    expect(parse('asm-p08-webhook-approved')).toEqual({
      kind: 'payment',
      dedupKey: `pix:${REF}:PAID`,
      reference: REF,
      claimed: PixChargeStatus.PAID,
      occurredAt: at('2024-01-15T13:30:03.000Z'),
    });
  });

  test('cancelled example → payment claimed EXPIRED (status 2 is Pagstar expiring it, ASM-P06)', () => {
    expect(parse('asm-p08-webhook-cancelled')).toEqual({
      kind: 'payment',
      dedupKey: `pix:${REF}:EXPIRED`,
      reference: REF,
      claimed: PixChargeStatus.EXPIRED,
      occurredAt: at('2024-01-15T15:30:00.000Z'),
    });
  });

  test('transfer example → acknowledged as a transfer, not a charge', () => {
    expect(parse('asm-p08-webhook-transfer')).toEqual({ kind: 'transfer', dedupKey: `transfer:${REF}:approved`, occurredAt: at('2024-01-15T13:30:03.000Z') });
  });
});
