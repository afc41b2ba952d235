import type { RequestHandler } from 'express';
import cors from 'cors';
import helmet from 'helmet';
import { constantTimeEqual } from '../context';

/**
 * CORS for /graphql (docs/security.md): only exact origins from CORS_ORIGINS get
 * `Access-Control-Allow-Origin`; a preflight may ask for `content-type` and `authorization`
 * (plus our `x-api-key`, `x-request-id` and Apollo's CSRF header). No credentials mode: API keys
 * travel in headers, never in cookies. Apollo's CSRF prevention still applies behind this.
 * A preflight from any other origin is answered 403, so the browser refuses the call.
 */
export function corsForGraphql(allowedOrigins: () => readonly string[]): RequestHandler {
  const allowed = (origin: string | undefined) => origin !== undefined && allowedOrigins().includes(origin);
  const policy = cors({
    origin: (origin, callback) => callback(null, allowed(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'x-api-key', 'x-request-id', 'apollo-require-preflight'],
    exposedHeaders: ['retry-after'],
    maxAge: 600,
  });
  return (req, res, next) => {
    if (req.method === 'OPTIONS' && req.headers.origin !== undefined && !allowed(req.headers.origin)) {
      res.status(403).json({ errors: [{ message: 'Origin not allowed (CORS_ORIGINS).', extensions: { code: 'FORBIDDEN' } }] });
      return;
    }
    policy(req, res, next);
  };
}

/**
 * Security headers on every answer (helmet). JSON answers load nothing, so their CSP is
 * `default-src 'none'`; the GraphiQL page replaces it with its own policy (graphiql/csp.ts).
 * Cross-origin-resource-policy is `cross-origin` because allowed browser apps on other origins
 * read our answers (CORS decides who may).
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
}

/**
 * /metrics access: with METRICS_TOKEN, only `Authorization: Bearer <token>`; without it, open
 * outside production and absent (404) in production, where counters are not for everyone.
 */
export function metricsGuard(token: string | undefined, production: boolean): RequestHandler {
  return (req, res, next) => {
    if (token === undefined) return production ? void res.status(404).json({ error: 'not found' }) : next();
    const presented = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
    if (presented !== undefined && constantTimeEqual(token, presented)) return next();
    res.status(401).setHeader('WWW-Authenticate', 'Bearer').json({ error: 'METRICS_TOKEN required' });
  };
}
