import { Field, ObjectType } from 'type-graphql';
import { UserErrorCode } from './enums';

@ObjectType({ description: 'Something the caller can fix. Mutations return these in `userErrors` instead of failing.' })
export class UserError {
  @Field(() => [String], { nullable: true, description: 'Path into the arguments, e.g. ["input", "debtor", "document"].' })
  field!: string[] | null;

  @Field(() => UserErrorCode, { description: 'Stable machine-readable code.' })
  code!: UserErrorCode;

  @Field({ description: 'Human-readable explanation (English).' })
  message!: string;
}
