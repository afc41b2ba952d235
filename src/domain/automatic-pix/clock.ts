import { clockFrom } from '../../lib/clock';

/**
 * @deprecated Automatic Pix takes `deps.clock` (src/domain/use-case.ts). This shim only keeps
 * card-recurrences compiling until it does too; delete it then.
 */
export function automaticPixNow(ctx: { services: { sandbox?: { now?(): Date } } }): Date {
  return clockFrom(ctx.services.sandbox).now();
}
