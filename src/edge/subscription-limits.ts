import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors/codes';
import type { ClientIdentity } from '../context';

export interface SubscriptionLimitOptions {
  /** Open graphql-ws sockets per API key on this instance (SUBSCRIPTION_MAX_SOCKETS_PER_KEY). */
  socketsPerKey: number;
  /** Operations in progress on one socket (SUBSCRIPTION_MAX_PER_SOCKET). */
  subscriptionsPerSocket: number;
  /** Operations in progress on all sockets of one API key on this instance (SUBSCRIPTION_MAX_PER_KEY). */
  subscriptionsPerKey: number;
  /** Estimated provider calls one event's re-execution of one subscription may cost (SUBSCRIPTION_MAX_PROVIDER_CALLS_PER_EVENT). */
  providerCallsPerEvent: number;
}

/** What the caps need of graphql-ws's per-socket context: the operations it has in progress. */
export interface WsSocket {
  readonly subscriptions: Record<string, unknown>;
}

/**
 * Close code of a socket refused for the per-key cap: 1008 Policy Violation (RFC 6455). graphql-ws
 * clients treat 1xxx codes as fatal, so a refused client does not reconnect in a loop.
 */
export const SOCKET_LIMIT_CLOSE_CODE = 1008;

export interface SubscriptionLimits {
  /** At connection_init: registers the socket, or returns the close reason when the key has too many. */
  openSocket(socket: WsSocket, client: ClientIdentity): string | null;
  /** When the socket closes (whether it was admitted or not). */
  closeSocket(socket: WsSocket): void;
  /** A new subscription `id` (graphql-ws has already put it in `socket.subscriptions`): the refusal, or null. */
  refuseSubscription(socket: WsSocket, id: string): GraphQLError | null;
  /** The subscription `id` was refused later (admission): it no longer counts while graphql-ws reports the error. */
  markRefused(socket: WsSocket, id: string): void;
  /** The refusal when one event's re-execution could cost more than the cap, else null. */
  refuseEventCost(providerCalls: number): GraphQLError | null;
}

/**
 * The graphql-ws caps (docs/security.md, "Subscriptions"). Counts are kept in this process: a socket
 * lives on one instance, and a count shared through Redis would outlive an instance that dies with
 * its sockets. Across N instances a key may hold up to N times the per-key caps. An open server (no
 * API_KEYS) has no keys: only the per-socket and per-event caps apply there.
 *
 * A socket's count is read from graphql-ws's own `subscriptions` record, which it updates
 * synchronously (an entry is added before `onSubscribe` runs, removed as soon as the client sends
 * `complete`), so a burst of subscribe messages cannot slip past the cap; refused entries, which
 * graphql-ws keeps until the error is sent, are left out.
 */
export function createSubscriptionLimits(options: SubscriptionLimitOptions): SubscriptionLimits {
  const socketsOfKey = new Map<string, Set<WsSocket>>();
  const keyOfSocket = new Map<WsSocket, string>();
  const refusedOf = new WeakMap<WsSocket, Set<string>>();

  const inProgress = (socket: WsSocket): number => {
    const refused = refusedOf.get(socket);
    return Object.keys(socket.subscriptions).filter((id) => !refused?.has(id)).length;
  };
  const markRefused = (socket: WsSocket, id: string) => {
    const refused = refusedOf.get(socket) ?? new Set<string>();
    refused.add(id);
    refusedOf.set(socket, refused);
  };
  const refuse = (socket: WsSocket, id: string, message: string, limit: number) => {
    markRefused(socket, id);
    return limitError(message, { limit });
  };

  return {
    openSocket(socket, client) {
      if (client.clientId === 'anonymous') return null;
      const sockets = socketsOfKey.get(client.clientId) ?? new Set<WsSocket>();
      if (sockets.size >= options.socketsPerKey) return `${ErrorCode.SUBSCRIPTION_LIMIT}: at most ${options.socketsPerKey} WebSocket connections per API key`;
      sockets.add(socket);
      socketsOfKey.set(client.clientId, sockets);
      keyOfSocket.set(socket, client.clientId);
      return null;
    },
    closeSocket(socket) {
      const key = keyOfSocket.get(socket);
      if (key === undefined) return;
      keyOfSocket.delete(socket);
      const sockets = socketsOfKey.get(key);
      sockets?.delete(socket);
      if (sockets?.size === 0) socketsOfKey.delete(key);
    },
    refuseSubscription(socket, id) {
      refusedOf.get(socket)?.delete(id); // an id may be reused once its earlier attempt is over
      if (inProgress(socket) > options.subscriptionsPerSocket) {
        return refuse(socket, id, `At most ${options.subscriptionsPerSocket} subscriptions per WebSocket connection; complete one first.`, options.subscriptionsPerSocket);
      }
      const key = keyOfSocket.get(socket);
      const ofKey = key === undefined ? 0 : [...(socketsOfKey.get(key) ?? [])].reduce((sum, each) => sum + inProgress(each), 0);
      if (ofKey > options.subscriptionsPerKey) {
        return refuse(socket, id, `At most ${options.subscriptionsPerKey} subscriptions per API key; complete one first.`, options.subscriptionsPerKey);
      }
      return null;
    },
    markRefused,
    refuseEventCost(providerCalls) {
      if (providerCalls <= options.providerCallsPerEvent) return null;
      return limitError(
        `Each event could make this subscription cost up to ${providerCalls} provider calls; the limit is ${options.providerCallsPerEvent} per event. Select fewer provider-backed fields.`,
        { cost: providerCalls, limit: options.providerCallsPerEvent },
      );
    },
  };
}

function limitError(message: string, details: { limit: number; cost?: number }): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.SUBSCRIPTION_LIMIT, ...details } });
}
