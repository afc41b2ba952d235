import type { Family, LoaderHooks, Loaders, NodeFetcher, ResolverClass, SubjectWatchDeps, SubjectWatcher } from './family';
import type { PortRegistry } from './domain/ports';
import type { PaymentEventType } from './events/payment-event';
import type { GraphiqlTab } from './graphiql/options';
import { outsideProviderCallBudget } from './datasources/http/provider-call-budget';
import { pixChargesFamily } from './resolvers/pix-charges';
import { refundsFamily } from './resolvers/refunds';
import { webhooksFamily } from './resolvers/webhooks';
import { staticPixQrCodesFamily } from './resolvers/static-pix-qr-codes';
import { cardsFamily } from './resolvers/cards';
import { cardRecurrencesFamily } from './resolvers/card-recurrences';
import { paymentLinksFamily } from './resolvers/payment-links';
import { automaticPixFamily } from './resolvers/automatic-pix';
import { pixPayoutsFamily } from './resolvers/pix-payouts';
import { dueDateChargesFamily } from './resolvers/due-date-charges';

/**
 * THE family list. Schema building, the event types, `node`/`nodes`, the per-request loaders and
 * GraphiQL's tabs are driven by it: adding a family is its folders plus one line here (and one in
 * a provider's webhook list if that provider sends webhooks about it; docs/adding-a-family.md).
 * The order is the order of GraphiQL's tabs and of the PaymentEventType values.
 */
export const FAMILIES: readonly Family[] = [
  pixChargesFamily,
  refundsFamily,
  webhooksFamily,
  staticPixQrCodesFamily,
  paymentLinksFamily,
  automaticPixFamily,
  pixPayoutsFamily,
  dueDateChargesFamily,
  cardsFamily,
  cardRecurrencesFamily,
];

export function familyResolvers(families: readonly Family[], sandbox: boolean): ResolverClass[] {
  return families.flatMap((family) => [...family.resolvers, ...(sandbox ? (family.sandboxResolvers ?? []) : [])]);
}

/** Every family's event types, name → GraphQL description; a type declared twice is a programming error. */
export function familyEventTypes(families: readonly Family[]): ReadonlyMap<PaymentEventType, string> {
  const types = new Map<PaymentEventType, string>();
  for (const family of families) {
    for (const [type, description] of Object.entries(family.eventTypes ?? {})) {
      if (types.has(type as PaymentEventType)) throw new Error(`Event type ${type} is declared by two families (the second: ${family.name}).`);
      types.set(type as PaymentEventType, description);
    }
  }
  return types;
}

/** GraphiQL's example tabs: every family's, in list order. */
export function familyGraphiqlTabs(families: readonly Family[], sandbox: boolean): GraphiqlTab[] {
  return families.flatMap((family) => family.graphiqlTabs?.(sandbox) ?? []);
}

/** Global-id type → fetcher, from every family; a type claimed twice is a programming error. */
export function nodeFetchersOf(families: readonly Family[]): ReadonlyMap<string, NodeFetcher> {
  const fetchers = new Map<string, NodeFetcher>();
  for (const family of families) {
    for (const [type, fetcher] of Object.entries(family.nodeFetchers ?? {})) {
      if (fetchers.has(type)) throw new Error(`Global-id type ${type} is claimed by two families (the second: ${family.name}).`);
      fetchers.set(type, fetcher);
    }
  }
  return fetchers;
}

/** A factory for one request's loaders: every family's, over the configured providers' ports. */
export function loadersFactory(families: readonly Family[], ports: PortRegistry, hooks?: LoaderHooks): () => Loaders {
  // Each family fills in its own part of Loaders (declaration merging in its loaders.ts).
  return () => Object.assign({}, ...families.map((family) => family.createLoaders?.(ports, hooks) ?? {})) as Loaders;
}

/**
 * One `watchSubject` from several watchers (a provider's, each family's): the first that claims
 * the subject watches it; none → undefined (nothing to poll, e.g. a webhook-fed subject).
 */
export function combinedSubjectWatcher(watchers: readonly (SubjectWatcher | undefined)[]): SubjectWatcher {
  const present = watchers.filter((watcher): watcher is SubjectWatcher => watcher !== undefined);
  return (provider, globalId, providerId, options) => {
    for (const watcher of present) {
      // A shared poller outlives the operation that started it: it must not inherit (and spend)
      // that operation's provider-call budget (src/datasources/http/provider-call-budget.ts).
      const stop = outsideProviderCallBudget(() => watcher(provider, globalId, providerId, options));
      if (stop) return stop;
    }
    return undefined;
  };
}

/** Every family's subject watcher, over the shared pollers. */
export function familySubjectWatchers(families: readonly Family[], deps: SubjectWatchDeps): SubjectWatcher[] {
  return families.flatMap((family) => (family.subjectWatcher ? [family.subjectWatcher(deps)] : []));
}
