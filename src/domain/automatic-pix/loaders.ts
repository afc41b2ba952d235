import DataLoader from 'dataloader';
import type { PortRegistry } from '../ports';
import { settleEach } from '../loaders';
import type { AutomaticPixAuthorizationRecord, AutomaticPixPaymentRecord } from './model';
import { AUTOMATIC_PIX } from './port';
import { participantNames } from './participant-names';
import type { ProviderCode } from '../../providers';

declare module '../loaders' {
  interface Loaders {
    /** Key `loaderKey(provider, authorizationId)`. */
    automaticPixAuthorization: DataLoader<string, AutomaticPixAuthorizationRecord>;
    /** Key `loaderKey(provider, paymentId)`. */
    automaticPixPayment: DataLoader<string, AutomaticPixPaymentRecord>;
    /** Key `loaderKey(provider, ispb)`: the institution's name from the participants list (null when absent). */
    automaticPixParticipantName: DataLoader<string, string | null>;
  }
}

export function automaticPixLoaders(ports: PortRegistry) {
  return {
    automaticPixAuthorization: new DataLoader<string, AutomaticPixAuthorizationRecord>((keys) =>
      settleEach(keys, (provider, id) => ports.get(AUTOMATIC_PIX, provider).getAuthorization(id)),
    ),
    automaticPixPayment: new DataLoader<string, AutomaticPixPaymentRecord>((keys) => settleEach(keys, (provider, id) => ports.get(AUTOMATIC_PIX, provider).getPayment(id))),
    automaticPixParticipantName: new DataLoader<string, string | null>((keys) => participantNamesOf(ports, keys)),
  };
}

/** One scan of the participants list per provider for the whole batch (no N+1); a failure fails that provider's keys. */
async function participantNamesOf(ports: PortRegistry, keys: readonly string[]): Promise<(string | null | Error)[]> {
  const byProvider = new Map<ProviderCode, string[]>();
  const split = keys.map((key) => {
    const at = key.indexOf(':');
    const provider = key.slice(0, at) as ProviderCode;
    const ispb = key.slice(at + 1);
    byProvider.set(provider, [...(byProvider.get(provider) ?? []), ispb]);
    return { provider, ispb };
  });
  const scans = new Map(
    [...byProvider].map(([provider, ispbs]) => [
      provider,
      participantNames(ports, provider, ispbs).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
    ]),
  );
  return Promise.all(
    split.map(async ({ provider, ispb }) => {
      const names = await scans.get(provider)!;
      return names instanceof Error ? names : (names.get(ispb) ?? null);
    }),
  );
}
