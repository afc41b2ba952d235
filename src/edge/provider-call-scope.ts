import type { RequestHandler } from 'express';
import { openProviderCallScope } from '../datasources/http/provider-call-budget';

/**
 * Opens the provider-call budget scope of one GraphQL request over HTTP: the last middleware
 * before Apollo, so its execution (and every provider call it makes) runs inside the scope, and
 * the admission hook (transports.ts, `didResolveOperation`) sets the budget to the estimate.
 * Batched HTTP requests are off (server.ts), so one request is one operation and one budget.
 */
export function providerCallScope(): RequestHandler {
  return (_req, _res, next) => openProviderCallScope(next);
}
