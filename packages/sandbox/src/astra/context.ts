import type { SimClock } from '../shared/sim-clock';
import type { SimRequest, SimResponse } from '../shared/sim-server';
import { astraError } from './errors';
import type { PixService } from './pix-service';
import type { AstraStore } from './state';
import type { WebhookDispatcher } from './webhook-delivery';

/** What the API route handlers share. */
export interface AstraContext {
  store: AstraStore;
  clock: SimClock;
  pix: PixService;
  webhooks: WebhookDispatcher;
}

/** ASM-A07 error response stamped with the simulator clock. */
export function fail(ctx: Pick<AstraContext, 'clock'>, status: number, req: SimRequest, errors?: string[]): SimResponse {
  return astraError(status, req, ctx.clock.now(), errors);
}
