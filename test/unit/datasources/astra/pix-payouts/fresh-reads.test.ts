import { FreshReads } from '../../../../../src/datasources/astra/pix-payouts/fresh-reads';

/** Reads that the test finishes by hand, numbered in the order they started. */
function manualReads() {
  const started: Array<{ key: string; finish: (value: number) => void; fail: (error: Error) => void }> = [];
  const read = (key: string) =>
    new Promise<number>((resolve, reject) => {
      started.push({ key, finish: resolve, fail: reject });
    });
  return { started, reads: new FreshReads<number>(read) };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('FreshReads', () => {
  test('a caller never gets a read that began before it: it joins the next one, shared with later callers', async () => {
    const { started, reads } = manualReads();
    const first = reads.get('b1');
    const second = reads.get('b1');
    const third = reads.get('b1');
    expect(started).toHaveLength(1);
    started[0].finish(1);
    expect(await first).toBe(1);
    await tick();
    expect(started).toHaveLength(2);
    started[1].finish(2);
    expect(await second).toBe(2);
    expect(await third).toBe(2);
  });

  test('keys are independent, and a failed read does not block the next', async () => {
    const { started, reads } = manualReads();
    const a = reads.get('a');
    const b = reads.get('b');
    expect(started.map((s) => s.key)).toEqual(['a', 'b']);
    const next = reads.get('a');
    started[0].fail(new Error('503'));
    await expect(a).rejects.toThrow('503');
    await tick();
    started[2].finish(7);
    expect(await next).toBe(7);
    started[1].finish(3);
    expect(await b).toBe(3);
  });
});
