import { registerEnumType } from 'type-graphql';
import { CurrencyCode } from '../domain/models';
import { PaymentProvider, PROVIDERS } from '../providers';
import { UserErrorCode } from '../domain/user-errors';

export { CurrencyCode, PaymentProvider, UserErrorCode };

registerEnumType(PaymentProvider, {
  name: 'PaymentProvider',
  description: 'A payment provider Paygraph talks to.',
  valuesConfig: Object.fromEntries(PROVIDERS.map(({ code, description }) => [code, { description }])),
});

registerEnumType(CurrencyCode, { name: 'CurrencyCode', description: 'ISO-4217 currency. Only BRL today.' });

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation could not do what was asked. Stable: safe to branch on.',
  valuesConfig: {
    INVALID: { description: 'Malformed or out-of-range input (the `field` path says which).' },
    REQUIRED: { description: 'A required value is missing.' },
    NOT_FOUND: { description: 'The referenced object does not exist.' },
    NOT_SUPPORTED: { description: 'The provider cannot do this.' },
    INVALID_STATE: { description: 'The object is in a state that does not allow this (e.g. refunding an unpaid charge).' },
    DECLINED: { description: 'The provider declined the operation (cards and similar refusals).' },
    IDEMPOTENCY_CONFLICT: { description: 'The idempotency key was already used with different input.' },
    PROVIDER_REJECTED: { description: 'The provider answered 4xx for another reason; the message carries its explanation.' },
    IDEMPOTENCY_IN_PROGRESS: {
      description: 'Another request with this idempotency key is still running and did not finish within the wait. Retryable: send the same request again to get its result.',
    },
    OUTCOME_UNKNOWN: {
      description:
        'An earlier attempt with this idempotency key got no answer from the provider and Paygraph cannot find out exactly what it did (charges). Check with a query, then use a new key if nothing was created. See docs/idempotency.md.',
    },
  },
});
