import { handlerFromProducts, type WebhookProduct } from '../../../src/events/webhook-products';
import type { ConfirmResult } from '../../../src/events/webhook-relay';

/** A product the "links" family confirms, and one whose family has not landed (no confirm). */
const confirmed: ConfirmResult = { outcome: 'unknown-subject' };
const calls: unknown[] = [];
const links: WebhookProduct<{ linkId: string }> = {
  product: 'LINK',
  parse: (body) =>
    typeof body.linkId === 'string' ? { ok: true, dedupKey: `link:${body.linkId}`, occurredAt: null, delivery: { linkId: body.linkId } } : { ok: false, reason: 'linkId missing' },
  confirm: (delivery) => {
    calls.push(delivery);
    return Promise.resolve(confirmed);
  },
};
const cards: WebhookProduct<{ cardId: string }> = {
  product: 'CARD',
  parse: (body) => ({ ok: true, dedupKey: `card:${String(body.cardId)}`, occurredAt: new Date(0), delivery: { cardId: String(body.cardId) } }),
};
const classify = (body: Record<string, unknown>) => ('linkId' in body ? 'LINK' : 'cardId' in body ? 'CARD' : 'other' in body ? 'OTHER' : undefined);
const handler = handlerFromProducts([links, cards], classify);

describe('webhook handler built from products (each family parses and confirms its own)', () => {
  beforeEach(() => calls.splice(0));

  test("a product with a confirmation is stored with its name and confirmed by that product's family", async () => {
    const parsed = handler.parse({ linkId: 'L1' });
    expect(parsed).toEqual({ ok: true, confirmable: true, product: 'LINK', dedupKey: 'link:L1', occurredAt: null, delivery: { product: 'LINK', delivery: { linkId: 'L1' } } });
    // The stored form survives JSON (the Redis inbox) and still reaches the right confirmation.
    const stored = JSON.parse(JSON.stringify(parsed.ok && parsed.confirmable ? parsed.delivery : null));
    await expect(handler.confirm(stored, 'evt_1')).resolves.toBe(confirmed);
    expect(calls).toEqual([{ linkId: 'L1' }]);
  });

  test('a product whose family has no confirmation yet is acknowledged, never stored for publishing', () => {
    expect(handler.parse({ cardId: 'C1' })).toEqual({ ok: true, confirmable: false, product: 'CARD', dedupKey: 'card:C1', occurredAt: new Date(0) });
  });

  test("a product's own parse failure is an invalid delivery with its reason", () => {
    expect(handler.parse({ linkId: 7 })).toEqual({ ok: false, reason: 'linkId missing' });
  });

  test('a kind the provider classifies but no product handles, or cannot classify, is acknowledged under its name', () => {
    expect(handler.parse({ other: 1 })).toEqual({ ok: true, confirmable: false, product: 'OTHER', dedupKey: 'unknown', occurredAt: null });
    expect(handler.parse({ nothing: 1 })).toEqual({ ok: true, confirmable: false, product: 'UNKNOWN', dedupKey: 'unknown', occurredAt: null });
  });

  test.each([
    ['a string', 'text'],
    ['null', null],
    ['an array', [{ linkId: 'L1' }]],
  ])('%s body is invalid', (_name, body) => {
    expect(handler.parse(body)).toEqual({ ok: false, reason: 'body is not a JSON object' });
  });

  test('a stored delivery this instance cannot confirm fails (the relay retries, then the provider redelivers)', async () => {
    await expect(handler.confirm({ product: 'CARD', delivery: { cardId: 'C1' } }, 'evt_2')).rejects.toThrow('This instance cannot confirm CARD deliveries.');
    await expect(handler.confirm({ product: 'GONE', delivery: {} }, 'evt_3')).rejects.toThrow('This instance cannot confirm GONE deliveries.');
    expect(calls).toEqual([]);
  });
});
