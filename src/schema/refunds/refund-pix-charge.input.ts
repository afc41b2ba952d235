import { Field, ID, InputType } from 'type-graphql';
import type { RefundPixChargeRequest } from '../../domain/refunds/refund-pix-charge';
import { DecimalScalar, type DecimalInput } from '../scalars';

@InputType({ description: 'Refund all or part of a paid Pix charge.' })
export class RefundPixChargeInput implements RefundPixChargeRequest {
  @Field(() => ID, { description: 'Global id of the PixCharge to refund.' })
  chargeId!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Amount to refund; omitted = the whole remaining refundable amount.' })
  amount?: DecimalInput;

  @Field(() => String, {
    nullable: true,
    description: 'Why (Astra: at most 122 characters; Paygraph keeps the rest of the 140-character description for its idempotency marker, ASM-A52).',
  })
  reason?: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Repeat-safe key, as CreatePixChargeInput.idempotencyKey. If an attempt got no answer from the provider, a repeat first looks for the refund that attempt made (it carries the attempt's marker) and returns it; it refunds only when there is none. Until the provider can no longer complete that attempt (120 s from its start by default), a repeat sends nothing and answers the top-level error OUTCOME_PENDING with retryAfterSeconds.",
  })
  idempotencyKey?: string;
}
