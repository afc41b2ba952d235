import type { GraphQLContext } from '../context';
import { decodeGlobalId } from '../lib/global-id';
import { fetchNode } from '../resolvers/node.resolver';
import { UserErrorCode, userError, type UserErrorShape } from '../domain/user-errors';
import { DEFAULT_TTL_SECONDS, MAX_TTL_SECONDS, MIN_TTL_SECONDS } from './client-tokens';
import { configuredCorsOrigins } from './origins';

export interface CreateClientTokenResult {
  clientToken: string | null;
  expiresAt: Date | null;
  userErrors: UserErrorShape[];
}

/** The objects a page may be handed: what a checkout, a link page or a payout screen shows. */
export const CLIENT_TOKEN_SUBJECT_TYPES = ['PixCharge', 'PaymentLink', 'CardTransaction', 'PixPayoutBatch', 'AutomaticPixAuthorization'];

/**
 * createClientToken: input checked without a provider call, then one read (the subject must
 * exist), then the token and one audit line. The token itself is never logged.
 */
export async function createClientToken(input: { subjectId: string; ttlSeconds?: number | null; origin?: string | null }, ctx: GraphQLContext): Promise<CreateClientTokenResult> {
  const tokens = ctx.services.clientTokens;
  if (!tokens) return refused(userError(null, UserErrorCode.NOT_SUPPORTED, 'Client tokens are disabled on this server (CLIENT_TOKEN_KEYS is not set).'));
  const problem = inputProblem(input, ctx);
  if (problem) return refused(problem);
  if ((await fetchNode(ctx, input.subjectId)) === null) return refused(userError(['input', 'subjectId'], UserErrorCode.NOT_FOUND, 'No such object at the provider.'));
  const ttlSeconds = input.ttlSeconds ?? DEFAULT_TTL_SECONDS;
  const origin = input.origin ?? undefined;
  const issued = await tokens.issuer.issue({ clientId: ctx.client.clientId, subjectId: input.subjectId, ttlSeconds, origin });
  ctx.logger.info({ event: 'client_token_issued', subjectId: input.subjectId, ttlSeconds, kid: issued.kid, jti: issued.jti, origin: origin ?? null }, 'client token issued');
  return { clientToken: issued.token, expiresAt: issued.expiresAt, userErrors: [] };
}

function inputProblem(input: { subjectId: string; ttlSeconds?: number | null; origin?: string | null }, ctx: GraphQLContext): UserErrorShape | null {
  const decoded = decodeGlobalId(input.subjectId);
  if (!decoded || !CLIENT_TOKEN_SUBJECT_TYPES.includes(decoded.type)) {
    return userError(['input', 'subjectId'], UserErrorCode.INVALID, `subjectId must be the global id of a ${CLIENT_TOKEN_SUBJECT_TYPES.join(', ')}.`);
  }
  const ttl = input.ttlSeconds;
  if (ttl != null && (ttl < MIN_TTL_SECONDS || ttl > MAX_TTL_SECONDS)) {
    return userError(['input', 'ttlSeconds'], UserErrorCode.INVALID, `ttlSeconds must be between ${MIN_TTL_SECONDS} and ${MAX_TTL_SECONDS}.`);
  }
  // Only an origin CORS lets through: a token bound elsewhere could never be used by a browser.
  if (input.origin != null && !configuredCorsOrigins(ctx.services).includes(input.origin)) {
    return userError(['input', 'origin'], UserErrorCode.INVALID, 'origin must be one of the exact origins of CORS_ORIGINS (scheme://host[:port]).');
  }
  return null;
}

function refused(error: UserErrorShape): CreateClientTokenResult {
  return { clientToken: null, expiresAt: null, userErrors: [error] };
}
