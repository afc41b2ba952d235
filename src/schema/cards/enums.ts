import { registerEnumType } from 'type-graphql';
import { CardTransactionStatus } from '../../domain/cards/model';

export { CardTransactionStatus };

export enum CardBrand {
  VISA = 'VISA',
  MASTERCARD = 'MASTERCARD',
  AMEX = 'AMEX',
  ELO = 'ELO',
  OTHER = 'OTHER',
}

registerEnumType(CardBrand, { name: 'CardBrand', description: 'Card network, from the number prefix.' });

registerEnumType(CardTransactionStatus, {
  name: 'CardTransactionStatus',
  description: 'Normalized card transaction status.',
  valuesConfig: {
    APPROVED: { description: 'Authorized and captured.' },
    DECLINED: { description: 'Refused by the issuer; see returnCode. Terminal.' },
    CANCELLED: { description: 'An approved transaction cancelled (fully refunded) through the API.' },
    CHARGED_BACK: { description: 'Disputed by the cardholder after approval.' },
    UNKNOWN: { description: 'A status Paygraph does not know yet; see providerStatus.' },
  },
});
