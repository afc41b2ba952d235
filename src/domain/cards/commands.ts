import type { ProviderCode } from '../../providers';
import type { CardSecurityCodeInput, CpfCnpjInput } from '../../lib/scalar-values';
import type { CardArgs } from '../card-input';
import type { ChargeArgs } from './validate';

/**
 * What the card mutations take, as the GraphQL inputs hand it over after scalar coercion (card
 * scalars may be InvalidScalarInput markers). Plain shapes, so the use cases know nothing of the schema.
 */
export interface ChargeCardArgs extends ChargeArgs {
  provider: ProviderCode;
  card?: CardArgs | null;
  savedCardId?: string | null;
  securityCode?: CardSecurityCodeInput | null;
  idempotencyKey?: string | null;
}

export interface ChargeSavedCardArgs extends ChargeArgs {
  savedCardId: string;
  securityCode?: CardSecurityCodeInput | null;
  idempotencyKey?: string | null;
}

export interface CancelCardTransactionArgs {
  transactionId: string;
}

export interface SaveCardArgs {
  provider: ProviderCode;
  card: CardArgs;
  holderDocument?: CpfCnpjInput | null;
  reference?: string | null;
}

export interface DeleteSavedCardArgs {
  savedCardId: string;
}
