import type { ProviderInfo } from '../../providers';
import { PIX_API_ASSUMPTIONS } from './assumptions';

/** The API Pix's entry in the provider list (src/providers.ts): its enum value and global-id segment. */
export const PIX_API_PROVIDER = {
  code: 'PIX_API',
  displayName: 'API Pix (Banco Central standard)',
  description: "A PSP's API Pix (Banco Central's standard REST API): immediate Pix charges, refunds, received Pix and webhooks; one PSP per deployment.",
  globalIdPrefix: 'PIX_API',
  providerIdPattern: PIX_API_ASSUMPTIONS.providerIdPattern,
} as const satisfies ProviderInfo;
