import type { GraphQLContext } from '../context';
import type { UseCaseDeps } from '../domain/use-case';

/** The narrow dependencies a use case takes (src/domain/use-case.ts), from a request's context. */
export function useCaseDeps(ctx: GraphQLContext): UseCaseDeps {
  const { services } = ctx;
  return { ports: services.ports, idempotency: services.idempotency, clock: services.clock, logger: ctx.logger, clientId: ctx.client.clientId, loaders: ctx.loaders };
}
