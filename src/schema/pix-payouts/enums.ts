import { registerEnumType } from 'type-graphql';
import { DebitAccountType, PixKeyType, PixPayoutBatchStatus, PixPayoutStatus } from '../../domain/pix-payouts/model';

export { DebitAccountType, PixKeyType, PixPayoutBatchStatus, PixPayoutStatus };

registerEnumType(PixPayoutBatchStatus, {
  name: 'PixPayoutBatchStatus',
  description: 'Status of a Pix payout batch. CREATED → PROCESSING (released) → COMPLETED | PARTIALLY_COMPLETED | FAILED; or CREATED → CANCELLED.',
  valuesConfig: {
    CREATED: { description: 'Created; nothing is sent until it is released.' },
    PROCESSING: { description: 'Released; at least one payment is not final yet (e.g. scheduled for a later date).' },
    COMPLETED: { description: 'Every payment was paid. Terminal.' },
    PARTIALLY_COMPLETED: { description: 'Every payment is final; some paid, some failed. Terminal.' },
    FAILED: { description: 'Every payment failed. Terminal.' },
    CANCELLED: { description: 'Cancelled before release; nothing was sent. Terminal.' },
    UNKNOWN: { description: 'The provider reported a status Paygraph does not know; see `providerStatus`.' },
  },
});

registerEnumType(PixPayoutStatus, {
  name: 'PixPayoutStatus',
  description: 'Status of one payment of a batch.',
  valuesConfig: {
    PENDING: { description: 'Waiting for the release or for its scheduled date.' },
    PAID: { description: 'Sent: `endToEndId` and `processedAt` are set.' },
    FAILED: { description: 'Not sent: `failureReason` and `processedAt` are set.' },
    CANCELLED: { description: 'The batch was cancelled.' },
    UNKNOWN: { description: 'The provider reported a status Paygraph does not know; see `providerStatus`.' },
  },
});

registerEnumType(PixKeyType, {
  name: 'PixKeyType',
  description: 'Kind of Pix key.',
  valuesConfig: {
    CPF: { description: '11 digits with valid check digits.' },
    CNPJ: { description: '14 characters with valid check digits.' },
    EMAIL: { description: 'An e-mail address (at most 77 characters).' },
    PHONE: { description: '+55, area code and number, e.g. +5511987654321.' },
    RANDOM: { description: 'Random key (EVP): a UUID.' },
  },
});

registerEnumType(DebitAccountType, { name: 'DebitAccountType', description: 'Kind of the account debited.' });
