import type { ProviderInfo } from '../../providers';
import { PAGSTAR_ASSUMPTIONS } from './assumptions';

/** Pagstar's entry in the provider list (src/providers.ts): its enum value and global-id segment. */
export const PAGSTAR_PROVIDER = {
  code: 'PAGSTAR',
  displayName: 'Pagstar',
  description: 'Pagstar: Pix deposits and their status.',
  globalIdPrefix: 'PAGSTAR',
  providerIdPattern: PAGSTAR_ASSUMPTIONS.providerIdPattern,
} as const satisfies ProviderInfo;
