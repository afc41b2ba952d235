import 'reflect-metadata';
import { buildSchema as buildTypeGraphqlSchema, type NonEmptyArray } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import type { ResolverClass } from './family';
import { createPubSub } from '@graphql-yoga/subscription';
import { NodeResolver } from './resolvers/node.resolver';
import { PaymentEventsResolver } from './resolvers/payment-events.resolver';
import { ClientTokenResolver } from './resolvers/client-token.resolver';
import { scopeAuthChecker } from './resolvers/auth-checker';
import { FAMILIES, familyEventTypes, familyResolvers } from './families';
import { registerPaymentEventTypes } from './schema/payment-event.type';
import { applyTextPolicy } from './edge/text-policy';

export interface SchemaOptions {
  /** Adds sandbox-only fields (e.g. simulatePixChargePayment). */
  sandbox: boolean;
}

/** Builds the public schema from the type-graphql classes. `npm run schema:emit` writes it to schema.graphql. */
export async function buildSchema(options: SchemaOptions): Promise<GraphQLSchema> {
  // The cross-family resolvers (node/nodes, paymentEvents, createClientToken), then every family's (families.ts).
  const resolvers: NonEmptyArray<ResolverClass> = [NodeResolver, PaymentEventsResolver, ClientTokenResolver, ...familyResolvers(FAMILIES, options.sandbox)];
  registerPaymentEventTypes(familyEventTypes(FAMILIES));
  const schema = await buildTypeGraphqlSchema({
    resolvers,
    authChecker: scopeAuthChecker,
    // type-graphql insists on a PubSub whenever subscriptions exist. Ours use `subscribe:` on the
    // event bus (replay + de-duplication), so this one carries nothing.
    pubSub: createPubSub(),
    // Input rules live in the mutations' validators so that they surface as userErrors.
    validate: false,
  });
  // Every string argument of every field, by construction (docs/security.md "Inputs").
  return applyTextPolicy(schema);
}
