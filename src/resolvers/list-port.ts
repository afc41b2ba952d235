import type { GraphQLContext } from '../context';
import type { PortKey } from '../domain/ports';
import type { ProviderCode } from '../providers';
import { NotSupportedError } from '../errors/domain-errors';

/**
 * The port a list query reads, for the provider its arguments chose. A provider without it is a
 * NOT_SUPPORTED error naming the provider and the argument (`filter`: e.g. ["filter", "provider"])
 * on the list's own field: list fields are nullable, so the other root fields of the operation
 * keep their data (docs/frontend-guide.md, "What changed in this release").
 */
export function listPort<T>(ctx: GraphQLContext, key: PortKey<T>, provider: ProviderCode, argument: string[]): T {
  try {
    return ctx.services.ports.get(key, provider);
  } catch (error) {
    if (error instanceof NotSupportedError) throw new NotSupportedError(error.message, { ...error.details, provider, filter: argument });
    throw error;
  }
}
