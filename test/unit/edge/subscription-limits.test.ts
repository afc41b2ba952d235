import { createSubscriptionLimits, type WsSocket } from '../../../src/edge/subscription-limits';

const client = (clientId: string) => ({ clientId, kind: 'server-key' as const, scopes: new Set(['read']) });
const limits = () => createSubscriptionLimits({ socketsPerKey: 2, subscriptionsPerSocket: 2, subscriptionsPerKey: 3, providerCallsPerEvent: 5 });

/** A graphql-ws socket context: graphql-ws adds each subscription id before onSubscribe runs. */
function socket(): WsSocket & { add(id: string): string; remove(id: string): void } {
  const subscriptions: Record<string, unknown> = {};
  return {
    subscriptions,
    add: (id) => ((subscriptions[id] = null), id),
    remove: (id) => void delete subscriptions[id],
  };
}

describe('subscription caps', () => {
  test('sockets per key: the third socket of a key gets a close reason naming the limit; closing one frees its place; other keys are apart', () => {
    const caps = limits();
    const [one, two, three] = [socket(), socket(), socket()];
    expect(caps.openSocket(one, client('a'))).toBeNull();
    expect(caps.openSocket(two, client('a'))).toBeNull();
    expect(caps.openSocket(three, client('a'))).toBe('SUBSCRIPTION_LIMIT: at most 2 WebSocket connections per API key');
    expect(caps.openSocket(socket(), client('b'))).toBeNull();
    caps.closeSocket(three); // never admitted: changes nothing
    expect(caps.openSocket(socket(), client('a'))).not.toBeNull();
    caps.closeSocket(one);
    expect(caps.openSocket(three, client('a'))).toBeNull();
  });

  test('an open server (anonymous client) has no per-key caps, but the per-socket cap holds', () => {
    const caps = limits();
    const sockets = [socket(), socket(), socket()];
    for (const each of sockets) expect(caps.openSocket(each, client('anonymous'))).toBeNull();
    for (const each of sockets) for (const id of ['1', '2']) expect(caps.refuseSubscription(each, each.add(id))).toBeNull();
    expect(caps.refuseSubscription(sockets[0], sockets[0].add('3'))?.extensions).toEqual({ code: 'SUBSCRIPTION_LIMIT', limit: 2 });
  });

  test('per socket: refused entries graphql-ws still holds do not count; a completed one frees its place; a reused id is counted afresh', () => {
    const caps = limits();
    const ws = socket();
    caps.openSocket(ws, client('a'));
    expect(caps.refuseSubscription(ws, ws.add('1'))).toBeNull();
    expect(caps.refuseSubscription(ws, ws.add('2'))).toBeNull();
    expect(caps.refuseSubscription(ws, ws.add('3'))?.message).toBe('At most 2 subscriptions per WebSocket connection; complete one first.');
    ws.remove('1');
    // '3' is still in graphql-ws's record (its error not yet sent) but was refused: '4' fits.
    expect(caps.refuseSubscription(ws, ws.add('4'))).toBeNull();
    ws.remove('3');
    ws.remove('2');
    expect(caps.refuseSubscription(ws, ws.add('3'))).toBeNull();
    expect(caps.refuseSubscription(ws, ws.add('5'))).not.toBeNull();
  });

  test('a subscription refused later (admission) stops counting once marked', () => {
    const caps = limits();
    const ws = socket();
    caps.openSocket(ws, client('a'));
    caps.refuseSubscription(ws, ws.add('1'));
    caps.refuseSubscription(ws, ws.add('2'));
    caps.markRefused(ws, '2');
    expect(caps.refuseSubscription(ws, ws.add('3'))).toBeNull();
  });

  test('per key: counted across the key’s sockets, refusal names the limit', () => {
    const caps = limits();
    const [one, two] = [socket(), socket()];
    caps.openSocket(one, client('a'));
    caps.openSocket(two, client('a'));
    for (const id of ['1', '2']) expect(caps.refuseSubscription(one, one.add(id))).toBeNull();
    expect(caps.refuseSubscription(two, two.add('1'))).toBeNull();
    const refused = caps.refuseSubscription(two, two.add('2'));
    expect(refused?.extensions).toEqual({ code: 'SUBSCRIPTION_LIMIT', limit: 3 });
    expect(refused?.message).toBe('At most 3 subscriptions per API key; complete one first.');
    caps.closeSocket(one);
    expect(caps.refuseSubscription(two, two.add('3'))).toBeNull();
  });

  test('provider calls per event: at the limit accepted, above it refused with cost and limit', () => {
    const caps = limits();
    expect(caps.refuseEventCost(5)).toBeNull();
    expect(caps.refuseEventCost(6)?.extensions).toEqual({ code: 'SUBSCRIPTION_LIMIT', cost: 6, limit: 5 });
  });
});
