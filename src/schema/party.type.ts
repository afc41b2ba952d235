import { Field, ObjectType } from 'type-graphql';
import { CpfCnpjScalar } from './scalars';

@ObjectType({ description: 'A person or company taking part in a payment.' })
export class Party {
  @Field(() => String, { nullable: true, description: 'Name as the provider reports it.' })
  name!: string | null;

  @Field(() => CpfCnpjScalar, { nullable: true, description: 'CPF (11 digits) or CNPJ (14 characters), unformatted.' })
  document!: string | null;
}
