import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../scalars';
import { UserError } from '../user-error.type';
import { DEFAULT_TTL_SECONDS, MAX_TTL_SECONDS, MIN_TTL_SECONDS } from '../../credentials/client-tokens';

@InputType({ description: 'Ask for a client token: a short-lived credential a browser page may hold to read and follow one object.' })
export class CreateClientTokenInput {
  @Field(() => ID, {
    description: 'Global id of the object the token unlocks: a PixCharge, PaymentLink, CardTransaction, PixPayoutBatch or AutomaticPixAuthorization. It must exist.',
  })
  subjectId!: string;

  @Field(() => Int, {
    nullable: true,
    description: `Lifetime in seconds, ${MIN_TTL_SECONDS} to ${MAX_TTL_SECONDS} (24 h). Default ${DEFAULT_TTL_SECONDS} (15 minutes).`,
  })
  ttlSeconds?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The only browser origin (e.g. https://checkout.example.com) the token is then accepted from; one of CORS_ORIGINS. Omitted: any origin CORS lets through, and server-side callers.',
  })
  origin?: string | null;
}

@ObjectType({ description: 'Result of createClientToken.' })
export class CreateClientTokenPayload {
  @Field(() => String, {
    nullable: true,
    description:
      'The token, for `Authorization: Bearer` (HTTP) or graphql-ws `connectionParams.authorization`. It may read `node`/`nodes` of its subject (and what hangs below it), subscribe to its `*Updated(id:)` and to `paymentEvents(filter: {subjectId})`; anything else is FORBIDDEN. Treat it as a secret of that page. Null when `userErrors` is not empty.',
  })
  clientToken!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the token stops working; a graphql-ws socket holding it is then closed with 4401.' })
  expiresAt!: Date | null;

  @Field(() => [UserError], { description: 'Problems the caller can fix. Empty on success.' })
  userErrors!: UserError[];
}
