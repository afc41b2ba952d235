/**
 * Fixtures created straight through the simulator's API, not through Paygraph, so that Paygraph's
 * CPU and memory figures cover only the scenarios themselves.
 */
import type { Simulator } from './simulator';
import { sleep } from './proc';

export async function createCharge(sim: Simulator, amount: number, reference: string): Promise<string> {
  const { status, body } = await sim.api<{ txid: string }>('POST', '/charge/v1/dynamic', { amount, userReference: reference, expiration: 86_400 });
  if (status !== 200) throw new Error(`seed: create charge HTTP ${status} ${JSON.stringify(body)}`);
  return body.txid;
}

/** ≥ 50 charges, some paid and (partially) refunded, created through the simulator's API. */
export async function seedS2(sim: Simulator): Promise<{ charges: number; paid: number; refunded: number }> {
  const txids: string[] = [];
  for (let i = 0; i < 60; i++) txids.push(await createCharge(sim, (i + 1) * 3, `s2-${i}`));
  const paid = txids.slice(0, 15);
  for (const txid of paid) await sim.control('POST', `/__sim/pix-charges/${txid}/pay`);
  const refunded = paid.slice(0, 10);
  for (const txid of refunded) {
    const { status, body } = await sim.api('POST', '/charge/v1/refund', { txid, amount: 1 });
    if (status !== 200) throw new Error(`seed: refund HTTP ${status} ${JSON.stringify(body)}`);
  }
  await sleep(300); // refunds complete after the simulator's sandbox delay (50 ms)
  return { charges: txids.length, paid: paid.length, refunded: refunded.length };
}
