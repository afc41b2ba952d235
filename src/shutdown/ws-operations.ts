import type { Context } from 'graphql-ws';

/** How often the drain looks at graphql-ws operations again (graphql-ws has no hook after an operation's last message). */
const CHECK_EVERY_MS = 25;

/**
 * The graphql-ws half of the drain (docs/deploy.md, "Shutdown"): which sockets are open and how
 * many queries/mutations they are still executing, so that a shutdown closes a socket (1001 Going
 * away) only after its operations have answered. graphql-ws keeps a socket's operations in
 * `ctx.subscriptions`: `null` while a query or mutation executes, an iterator for a live
 * subscription (those are ended by the event bus's close, which shutdown does first).
 */
export class WsOperations {
  private readonly contexts = new Set<Context<Record<string, unknown>>>();

  opened(ctx: Context<Record<string, unknown>>): void {
    this.contexts.add(ctx);
  }

  closed(ctx: Context<Record<string, unknown>>): void {
    this.contexts.delete(ctx);
  }

  /** Queries and mutations executing on any socket. */
  running(): number {
    let count = 0;
    for (const ctx of this.contexts) for (const operation of Object.values(ctx.subscriptions)) if (operation === null) count++;
    return count;
  }

  /** Resolves once no operation is executing, or at `deadlineAt`; returns how many still were. */
  async settled(deadlineAt: number): Promise<number> {
    while (this.running() > 0 && Date.now() < deadlineAt) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(CHECK_EVERY_MS, Math.max(1, deadlineAt - Date.now()))));
    }
    return this.running();
  }
}
