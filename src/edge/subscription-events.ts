import { execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { GraphQLContext } from '../context';
import type { Loaders } from '../family';
import { runWithProviderCallBudget } from '../datasources/http/provider-call-budget';
import type { SharedSubscribeOptions } from '../lib/shared-subscribe';
import type { RateLimits } from './rate-limits';

export interface SubscriptionEvents {
  /** At subscribe time: what one event's re-execution of this subscription may cost (the edge estimate). */
  recordEventCost(context: GraphQLContext, providerCalls: number): void;
  /** The `sharedSubscribe` options that charge and run each event's execution. */
  execution: Required<Pick<SharedSubscribeOptions<Loaders>, 'eventScope' | 'execute'>>;
}

/**
 * Every event a subscription receives re-runs its selection, and that selection may read the
 * providers (`PixCharge.refunds`…). So (docs/security.md, "Subscriptions"):
 * - each execution is charged, before it runs, the estimate of the selection below the
 *   subscription's root field to the API key's provider-call budget, like a query; when the budget
 *   is spent the subscriber gets a RATE_LIMITED error for that event (with `retryAfterSeconds`),
 *   and no provider call is made for it; the estimate is also the execution's ceiling (retries
 *   included, src/datasources/http/provider-call-budget.ts);
 * - all executions of one event share one loader set, so 30 different subscriptions selecting the
 *   same charge's refunds read them once, not 30 times.
 */
export function createSubscriptionEvents(deps: { createLoaders: () => Loaders; rateLimits: Pick<RateLimits, 'chargeProviderCalls'> }): SubscriptionEvents {
  const costOf = new WeakMap<GraphQLContext, number>();
  return {
    recordEventCost: (context, providerCalls) => void costOf.set(context, providerCalls),
    execution: {
      eventScope: deps.createLoaders,
      async execute(args: ExecutionArgs, loaders: Loaders | undefined): Promise<ExecutionResult> {
        const context = args.contextValue as GraphQLContext;
        const cost = costOf.get(context) ?? 0;
        const refusal = await deps.rateLimits.chargeProviderCalls(context.client, cost);
        if (refusal) return { errors: [refusal] };
        // The subscription's own context, with the event's shared loaders instead of its own; the
        // charged estimate is also this execution's ceiling, retries included, as for a query.
        return runWithProviderCallBudget(cost, () => execute({ ...args, contextValue: loaders ? { ...context, loaders } : context }));
      },
    },
  };
}
