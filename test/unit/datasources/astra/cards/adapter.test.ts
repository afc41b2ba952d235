import { AstraCards } from '../../../../../src/datasources/astra/cards/adapter';
import type { ProviderHttp } from '../../../../../src/datasources/http/provider-http';
import { ProviderRejectedError } from '../../../../../src/errors/domain-errors';
import { CardNumberValue, CardSecurityCodeValue } from '../../../../../src/schema/scalars';

/** A provider 400 that quotes the card: the rejection Paygraph passes on never does. */
const PAN = '4111111111111111';
function rejectingHttp(quoted: string): { http: ProviderHttp; sent: unknown[] } {
  const sent: unknown[] = [];
  const reject = (_path: string, options?: { json?: unknown }) => {
    sent.push(options?.json);
    return Promise.reject(new ProviderRejectedError(`Astra rejected the request: ${quoted}`, [quoted], { provider: 'ASTRA', upstreamTransactionId: 'x-1' }));
  };
  return { http: { post: reject } as unknown as ProviderHttp, sent };
}

const card = { number: new CardNumberValue(PAN), holderName: 'A', expiryMonth: 12, expiryYear: 2099 };

test.each([[`cardNumber ${PAN} is blocked; cvv 737 invalid`], ['cardNumber 4111 1111 1111 1111 is blocked'], ['cardNumber 4111-1111-1111-1111 is blocked']])(
  'charge: a 400 quoting card data (%s) comes back scrubbed',
  async (quoted) => {
    const { http, sent } = rejectingHttp(quoted);
    const error = await new AstraCards(http).charge({ card, securityCode: new CardSecurityCodeValue('737'), amountCents: 100, installments: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderRejectedError);
    const rejected = error as ProviderRejectedError;
    const shown = rejected.message + rejected.providerMessages.join(' ');
    expect(shown).not.toMatch(/4111[\s-]?1111[\s-]?1111[\s-]?1111|737/);
    expect(shown).toContain('[card data]');
    expect(rejected.details.upstreamTransactionId).toBe('x-1');
    // The request did carry the card: the scrub is on the way back only.
    expect(sent[0]).toMatchObject({ cardNumber: PAN, cvv: '737', typePayment: 'A_VISTA' });
  },
);

test('saveCard: a 400 quoting the number comes back scrubbed', async () => {
  const { http } = rejectingHttp(`number ${PAN} refused`);
  const error = (await new AstraCards(http).saveCard({ card }).catch((e: unknown) => e)) as ProviderRejectedError;
  expect(error.message).not.toContain(PAN);
});
