import type { Logger } from '../logger';
import type { Clock } from '../lib/clock';
import type { IdempotencyGuard } from './idempotency/guard';
import type { Loaders } from './loaders';
import type { PortRegistry } from './ports';

/**
 * What a use case may reach, and nothing more: the providers' ports, the idempotency guard, the
 * clock, a logger, who the caller is and this request's loaders. Never the GraphQL context, the
 * schema or the shared state: resolvers build this from their context (src/resolvers/use-case-deps.ts),
 * and a use case reads like the business rule it is. The layer rules in .dependency-cruiser.cjs
 * keep it that way.
 */
export interface UseCaseDeps {
  ports: PortRegistry;
  idempotency: IdempotencyGuard;
  clock: Clock;
  logger: Logger;
  /** The API client the request is for: idempotency keys are scoped to it. */
  clientId: string;
  /** This request's loaders: a use case primes them with what it created and clears what it changed. */
  loaders: Loaders;
}
