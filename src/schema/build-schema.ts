import 'reflect-metadata';
import { buildSchema as buildTypeGraphqlSchema, type NonEmptyArray } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { NodeResolver } from '../resolvers/node.resolver';
import { PixChargeResolver } from '../resolvers/pix-charge.resolver';
import { RefundResolver } from '../resolvers/refund.resolver';
import { scopeAuthChecker } from '../resolvers/auth-checker';

export interface SchemaOptions {
  /** Adds sandbox-only fields (e.g. simulatePixChargePayment). */
  sandbox: boolean;
}

/** Builds the public schema from the type-graphql classes. `npm run schema:emit` writes it to schema.graphql. */
export function buildSchema(_options: SchemaOptions): Promise<GraphQLSchema> {
  const resolvers: NonEmptyArray<Function> = [NodeResolver, PixChargeResolver, RefundResolver];
  return buildTypeGraphqlSchema({
    resolvers,
    authChecker: scopeAuthChecker,
    // Input rules live in the mutations' validators so that they surface as userErrors.
    validate: false,
  });
}
