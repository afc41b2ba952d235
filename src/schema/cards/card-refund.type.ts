import { ObjectType } from 'type-graphql';
import { Node } from '../node.interface';
import { PaymentObject } from '../payment-object.interface';
import { Refund } from '../refunds/refund.type';

@ObjectType({
  implements: [Node, PaymentObject, Refund],
  description:
    'A card refund: the full cancellation of an approved card transaction (Astra has no partial card refunds and no separate refund object: `providerId` is the transaction id, `reason` and `endToEndId` are null).',
})
export class CardRefund extends Refund {}
