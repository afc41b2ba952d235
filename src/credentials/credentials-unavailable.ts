/**
 * A resolver could not check a credential because what it depends on (an OIDC issuer's discovery
 * document or keys) is unreachable: the caller gets a retryable CREDENTIALS_UNAVAILABLE (HTTP 503,
 * graphql-ws close 1013), not "your credential is wrong". Any other error is a bug and stays one.
 */
export class CredentialsUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CredentialsUnavailableError';
  }
}
