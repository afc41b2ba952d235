import type { ProviderModuleId } from '../../src/provider-modules';

/**
 * What the per-provider Pix contract suite (test/e2e/pix-contract.test.ts) must know of each
 * module's simulator. Keyed by every module id: a new module without its entry does not typecheck.
 */
export interface PixContractFacts {
  /** The simulator route a charge creation calls (its counter must not move on bad input). */
  createRoute: string;
  /** The provider's description limit (docs/providers.md). */
  descriptionMax: number;
}

export const PIX_CONTRACT_FACTS: Record<ProviderModuleId, PixContractFacts> = {
  astra: { createRoute: 'POST /charge/v1/dynamic', descriptionMax: 140 },
  pagstar: { createRoute: 'POST /api/v2/wallet/partner/transactions/generate-anonymous-pix', descriptionMax: 255 },
  pixApi: { createRoute: 'PUT /api/v2/cob/:txid', descriptionMax: 140 },
};
