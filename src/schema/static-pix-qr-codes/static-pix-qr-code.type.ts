import { Field, ObjectType } from 'type-graphql';
import { PaymentProvider } from '../enums';
import { Money } from '../money.type';
import { DateTimeScalar } from '../scalars';

@ObjectType({
  description:
    "A static Pix QR code: a BR Code with the merchant account's Pix key that any number of payers can pay, with or without a fixed amount. " +
    'Not a `Node`: the provider keeps nothing to read back (Astra has no read-by-id for static codes), so there is no id to refetch; ' +
    'the code describes itself, and `decodeBrCode(brCode:)` reads it back at no cost. Payments to it are not reported (no event, no query).',
})
export class StaticPixQrCode {
  @Field(() => PaymentProvider, { description: 'The provider whose account receives the payments.' })
  provider!: PaymentProvider;

  @Field({ description: 'Pix "copia e cola" payload (EMV BR Code) to show or share.' })
  brCode!: string;

  // qrCodeSvg: field resolver in resolvers/static-pix-qr-codes (rendered on demand, memoised).

  @Field({ description: "The Pix key payments go to: the provider account's, not chosen per code." })
  pixKey!: string;

  @Field({ description: 'Receiver name shown to the payer (from the provider account).' })
  merchantName!: string;

  @Field({ description: 'Receiver city shown to the payer (from the provider account).' })
  merchantCity!: string;

  @Field(() => Money, { nullable: true, description: 'Fixed amount; null when the payer types the amount.' })
  amount!: Money | null;

  @Field(() => String, {
    nullable: true,
    description: 'Free text for the payer, as the provider stored it. The BR Code carries only as much as fits next to the key (see decodeBrCode).',
  })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Your reference, written into the BR Code txid field (tag 62-05).' })
  reference!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the provider created it.' })
  createdAt!: Date | null;
}
