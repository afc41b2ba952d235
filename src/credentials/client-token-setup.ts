import type { Config } from '../config';
import type { Logger } from '../logger';
import { createClientTokens, generatedClientTokenKey, type ClientTokens } from './client-tokens';

/**
 * Client tokens from CLIENT_TOKEN_KEYS. Without keys: outside production a random key for this
 * process (said at start-up: its tokens do not survive a restart nor verify on another instance);
 * in production they are disabled and createClientToken answers NOT_SUPPORTED.
 */
export function clientTokensFor(config: Pick<Config, 'clientTokenKeys' | 'production'>, logger: Logger): ClientTokens | undefined {
  if (config.clientTokenKeys.length > 0) {
    return createClientTokens(config.clientTokenKeys.map(({ kid, secret }) => ({ kid, secret: new TextEncoder().encode(secret) })));
  }
  if (config.production) {
    logger.warn('CLIENT_TOKEN_KEYS is not set: client tokens are disabled (createClientToken answers NOT_SUPPORTED)');
    return undefined;
  }
  logger.warn('CLIENT_TOKEN_KEYS is not set: client tokens are signed with a random key of this process (they end with it and no other instance accepts them)');
  return createClientTokens([generatedClientTokenKey()]);
}
