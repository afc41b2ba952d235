import { Field, InputType } from 'type-graphql';
import { DEFAULT_PROVIDER } from '../../providers';
import { PaymentProvider } from '../enums';
import type { CreateStaticPixQrCodeRequest } from '../../domain/static-pix-qr-codes/create-static-pix-qr-code';
import { DecimalScalar, type DecimalInput } from '../scalars';

@InputType({ description: 'What to put in a static Pix QR code. Every field but provider is optional. Validated before any provider call; problems come back in `userErrors`.' })
export class CreateStaticPixQrCodeInput implements CreateStaticPixQrCodeRequest {
  @Field(() => PaymentProvider, { defaultValue: DEFAULT_PROVIDER, description: 'Provider whose account receives the payments (Astra; others answer NOT_SUPPORTED).' })
  provider!: PaymentProvider;

  @Field(() => DecimalScalar, { nullable: true, description: 'Fixed amount in BRL, e.g. "25.00" (Astra: 0.01–999999.99). Leave it out and the payer types the amount.' })
  amount?: DecimalInput | null;

  @Field(() => String, { nullable: true, description: 'Free text for the payer (Astra: at most 72 characters; printable text, accents are written without them).' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Your reference, written into the BR Code txid field: 1–25 letters or digits (Astra).' })
  reference?: string | null;
}
