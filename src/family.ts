import type { GraphQLContext } from './context';
import type { PortRegistry } from './domain/ports';
import type { ProviderCode } from './providers';
import type { EventBus } from './events/event-bus';
import type { SubjectPollers, WatchOptions } from './events/poller';
import type { EventTypeDescriptions } from './events/payment-event';
import type { GraphiqlTab } from './graphiql/options';

import type { Loaders } from './domain/loaders';
import type { Clock } from './lib/clock';

export type { Loaders };

/** What `node(id:)` answers: any record of a type implementing Node (its __typename picks the GraphQL type). */
export interface NodeRecord {
  __typename: string;
  id: string;
}

/** Fetches one object of a global-id type by its provider id (throws ProviderNotFoundError when unknown). */
export type NodeFetcher = (ctx: GraphQLContext, provider: ProviderCode, providerId: string) => Promise<NodeRecord>;

/**
 * `Services.watchSubject`'s shape: starts watching one subject, returns its stop function (undefined: not mine).
 * `{ background: true }`: nobody watches it live (events/background-watch.ts), so it is polled at the quiet interval.
 */
export type SubjectWatcher = (provider: ProviderCode, globalId: string, providerId: string, options?: WatchOptions) => (() => void) | undefined;

/** What a family's poller needs: the shared pollers (one per subject), the ports and the bus to publish on. */
export interface SubjectWatchDeps {
  ports: PortRegistry;
  bus: EventBus;
  pollers: SubjectPollers;
}

/** What every family's loaders may use besides the ports. */
export interface LoaderHooks {
  /**
   * Background watching (events/background-watch.ts): a family whose provider sends no webhook
   * hands each not-final object its loaders see to it, with how long to watch it.
   */
  keepWatching(globalId: string, until: Date): void;
  clock: Clock;
}

/** A type-graphql resolver class. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- what type-graphql's buildSchema takes
export type ResolverClass = Function;

/**
 * One resource family (Pix charges, refunds, webhooks, static QR codes…): everything it contributes
 * to the shared parts. `families.ts` lists them; schema building, the PaymentEventType enum,
 * `node`/`nodes`, the per-request loaders and GraphiQL's default tabs are driven by that list and
 * nothing else. (What a family contributes on a provider's side, e.g. the webhook deliveries it
 * confirms, is listed in that provider's folder: datasources/astra/webhook-deliveries.ts.)
 */
export interface Family {
  /** For logs and docs ("Pix charges"). */
  readonly name: string;
  /** Its type-graphql resolver classes (queries, mutations, field resolvers, subscriptions). */
  readonly resolvers: readonly ResolverClass[];
  /** Resolvers added only in sandbox mode (simulator controls). */
  readonly sandboxResolvers?: readonly ResolverClass[];
  /** Its per-request loaders, over the ports of the configured providers (`hooks`: absent in unit tests). */
  createLoaders?(ports: PortRegistry, hooks?: LoaderHooks): Partial<Loaders>;
  /** How `node(id:)` fetches each global-id type this family owns, by type name. */
  readonly nodeFetchers?: Readonly<Record<string, NodeFetcher>>;
  /** For subjects whose provider sends no webhook: polls them while someone subscribes or while they are watched in the background. */
  subjectWatcher?(deps: SubjectWatchDeps): SubjectWatcher;
  /** The event types it publishes, with their GraphQL descriptions (its domain/<family>/events.ts). */
  readonly eventTypes?: EventTypeDescriptions;
  /** Its example operations in GraphiQL, in the order shown (sandbox: may add simulator controls). */
  graphiqlTabs?(sandbox: boolean): readonly GraphiqlTab[];
}
