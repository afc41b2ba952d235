import type { ProviderInfo } from '../../providers';
import { ASTRA_ASSUMPTIONS } from './assumptions';

/** Astra's entry in the provider list (src/providers.ts): its enum value and global-id segment. */
export const ASTRA_PROVIDER = {
  code: 'ASTRA',
  displayName: 'Astra',
  description: 'Astra Pagamentos: Pix charges and refunds, webhooks, cards, links, payouts.',
  globalIdPrefix: 'ASTRA',
  providerIdPattern: ASTRA_ASSUMPTIONS.providerIdPattern,
} as const satisfies ProviderInfo;
