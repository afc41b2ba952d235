import type { GraphQLContext } from '../../context';

/**
 * "Now" for Automatic Pix date rules. In sandbox mode it is the simulator's clock, so after
 * `advanceSandboxClock` Paygraph and the simulator agree on what "tomorrow" is; live, real time.
 */
export function automaticPixNow(ctx: GraphQLContext): Date {
  return ctx.services.sandbox?.now?.() ?? new Date();
}
