import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { BrCodeKind as BrCodeKindValue } from '../../lib/br-code';
import { DecimalScalar } from '../scalars';

export const BrCodeKind = Object.freeze({ STATIC: 'STATIC', DYNAMIC: 'DYNAMIC' }) satisfies { [K in BrCodeKindValue]: K };

registerEnumType(BrCodeKind, {
  name: 'BrCodeKind',
  description: 'Static or dynamic Pix BR Code.',
  valuesConfig: {
    STATIC: { description: 'Carries a Pix key (and maybe an amount); payable any number of times.' },
    DYNAMIC: { description: "Carries a location URL the payer's bank fetches the charge from (e.g. a PixCharge brCode)." },
  },
});

@ObjectType({
  description:
    'What a BR Code says, read locally by Paygraph (no provider call): EMV structure, CRC16, Pix GUI and mandatory fields. ' +
    'Fields are null when the code is not intact (bad lengths, truncated, wrong CRC), not a Pix code, or carries control or bidi characters in its text. ' +
    'Lengths count characters and the CRC16 is accepted over UTF-8 or ISO-8859-1, as common generators write codes: accented text decodes, with a warning.',
})
export class BrCodeDecodeResult {
  @Field({ description: 'True when the code is a well-formed Pix BR Code: `errors` is then empty.' })
  valid!: boolean;

  @Field(() => [String], { description: 'Every problem found (not only the first), in reading order: e.g. truncation, CRC16 mismatch, non-Pix GUI, missing mandatory fields.' })
  errors!: string[];

  @Field(() => [String], {
    description:
      'What does not make the code invalid but is worth showing or checking, in reading order: text outside ASCII (accents, shown as written: ' +
      'the EMV profile expects ASCII and some readers strip accents; in a Pix key, likely a look-alike letter), a CRC16 computed over ISO-8859-1 ' +
      'instead of UTF-8, lengths counted in code points, a lower-case CRC16. A warning never hides a field; `valid` stays true.',
  })
  warnings!: string[];

  @Field(() => BrCodeKind, { nullable: true, description: 'STATIC (a Pix key) or DYNAMIC (a location URL).' })
  kind!: BrCodeKindValue | null;

  @Field(() => String, { nullable: true, description: 'Pix key of a static code (tag 26-01).' })
  pixKey!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Fixed amount (tag 54); null when the payer types it.', deprecationReason: 'Use fixedAmount (Money).' })
  amount!: number | null;

  @Field(() => String, { nullable: true, description: 'Receiver name (tag 59).' })
  merchantName!: string | null;

  @Field(() => String, { nullable: true, description: 'Receiver city (tag 60).' })
  merchantCity!: string | null;

  @Field(() => String, { nullable: true, description: 'Free text of a static code (tag 26-02).' })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Transaction id / reference (tag 62-05); null for "***" (none).' })
  txid!: string | null;

  @Field(() => String, { nullable: true, description: 'Location URL of a dynamic code (tag 26-25). Paygraph never fetches it.' })
  url!: string | null;
}
