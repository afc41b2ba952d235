import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../user-error.type';
import { StaticPixQrCode } from './static-pix-qr-code.type';

@ObjectType({ description: 'Result of createStaticPixQrCode: the code, or the reasons it was not created.' })
export class CreateStaticPixQrCodePayload {
  @Field(() => StaticPixQrCode, { nullable: true, description: 'The new code; null when `userErrors` is not empty.' })
  staticPixQrCode!: StaticPixQrCode | null;

  @Field(() => [UserError], { description: 'Problems the caller can fix (INVALID with the input path, NOT_SUPPORTED, PROVIDER_REJECTED). Empty on success.' })
  userErrors!: UserError[];
}
