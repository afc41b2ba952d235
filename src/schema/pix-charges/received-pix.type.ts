import { Field, ObjectType } from 'type-graphql';
import { Money } from '../money.type';
import { Party } from '../party.type';
import { DateTimeScalar } from '../scalars';

@ObjectType({ description: "One Pix received for a charge (API Pix: an item of the charge's `pix` list). Several Pix may pay one charge when the PSP allows a changed amount." })
export class ReceivedPix {
  @Field(() => String, { description: "End-to-end id of the Pix (32 characters); quote it to the payer's bank." })
  endToEndId!: string;

  @Field(() => Money, { description: 'Amount this Pix paid.' })
  amount!: Money;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was paid.' })
  paidAt!: Date | null;

  @Field(() => Party, { nullable: true, description: 'Who paid, when the PSP says (the standard does not; some PSPs add it).' })
  payer!: Party | null;

  @Field(() => String, { nullable: true, description: "The payer's own message (`infoPagador`)." })
  payerMessage!: string | null;
}
