import { Field, ObjectType } from 'type-graphql';
import { DecimalScalar } from './scalars';
import { CurrencyCode } from './enums';

@ObjectType({ description: 'An amount of money. Never a float: `amount` is a decimal string such as "100.00".' })
export class Money {
  @Field(() => DecimalScalar, { description: 'The amount with exactly two fraction digits, e.g. "100.00".' })
  amount!: number;

  @Field(() => CurrencyCode, { description: 'Always BRL today.' })
  currency!: CurrencyCode;
}
