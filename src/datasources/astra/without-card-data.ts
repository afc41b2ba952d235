import { ProviderRejectedError } from '../../errors/domain-errors';

const LONG_DIGIT_RUN = /\d(?:[\s-]?\d){11,}/g;

/**
 * A provider's 400 messages reach the caller as PROVIDER_REJECTED. Astra might quote the card
 * number or CVV it refused; whatever it quotes, Paygraph never repeats it. Every Astra call that
 * sends a card (charges, saved cards, recurrences) runs through this.
 */
export async function withoutCardData<T>(secrets: (string | undefined)[], call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof ProviderRejectedError)) throw error;
    const scrub = (text: string) => secrets.reduce<string>((out, secret) => (secret ? out.split(secret).join('[card data]') : out), text.replace(LONG_DIGIT_RUN, '[card data]'));
    throw new ProviderRejectedError(scrub(error.message), error.providerMessages.map(scrub), error.details);
  }
}
