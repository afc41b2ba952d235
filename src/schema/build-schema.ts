import 'reflect-metadata';
import { buildSchema as buildTypeGraphqlSchema, type NonEmptyArray } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { NodeResolver } from '../resolvers/node.resolver';
import { PixChargeResolver } from '../resolvers/pix-charge.resolver';
import { RefundResolver } from '../resolvers/refund.resolver';
import { WebhookResolver } from '../resolvers/webhook.resolver';
import { PaymentEventsResolver } from '../resolvers/payment-events.resolver';
import { SandboxResolver } from '../resolvers/sandbox.resolver';
import { scopeAuthChecker } from '../resolvers/auth-checker';

export interface SchemaOptions {
  /** Adds sandbox-only fields (e.g. simulatePixChargePayment). */
  sandbox: boolean;
}

/** Builds the public schema from the type-graphql classes. `npm run schema:emit` writes it to schema.graphql. */
export function buildSchema(options: SchemaOptions): Promise<GraphQLSchema> {
  const resolvers: NonEmptyArray<Function> = [
    NodeResolver,
    PixChargeResolver,
    RefundResolver,
    WebhookResolver,
    PaymentEventsResolver,
    ...(options.sandbox ? [SandboxResolver] : []),
  ];
  return buildTypeGraphqlSchema({
    resolvers,
    authChecker: scopeAuthChecker,
    // type-graphql insists on a PubSub whenever subscriptions exist. Ours use `subscribe:` on the
    // event bus (replay + de-duplication), so this one carries nothing.
    pubSub: createPubSub(),
    // Input rules live in the mutations' validators so that they surface as userErrors.
    validate: false,
  });
}
