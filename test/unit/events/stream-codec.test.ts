import { compareStreamIds, decodeJson, encodeJson } from '../../../src/events/stream-codec';
import { decodeStreamCursor, encodeStreamCursor } from '../../../src/events/event-stream-cursor';

describe('stream codec', () => {
  test('Dates survive the JSON round trip as Dates, at any depth; other values are unchanged', () => {
    const value = {
      occurredAt: new Date('2026-01-02T03:04:05.006Z'),
      subject: { paidAt: new Date(0), amount: { amount: 1234, currency: 'BRL' }, list: [new Date(1)] },
      $date: 'not alone',
    };
    const back = decodeJson<typeof value>(encodeJson(value));
    expect(back).toEqual(value);
    expect(back.subject.paidAt).toBeInstanceOf(Date);
    expect(back.subject.list[0]).toBeInstanceOf(Date);
  });

  test('stream ids order by time, then by sequence (not as strings)', () => {
    expect(compareStreamIds('9-0', '10-0')).toBeLessThan(0);
    expect(compareStreamIds('10-2', '10-10')).toBeLessThan(0);
    expect(compareStreamIds('10-3', '10-3')).toBe(0);
    expect(compareStreamIds('11-0', '10-99')).toBeGreaterThan(0);
  });
});

describe('event-log cursor', () => {
  test('round-trips and is opaque', () => {
    const cursor = encodeStreamCursor({ id: '1795828690581-3', seq: 42 });
    expect(cursor).not.toContain('1795828690581');
    expect(decodeStreamCursor(cursor)).toEqual({ id: '1795828690581-3', seq: 42 });
  });

  test.each([
    ['garbage', 'garbage'],
    ['a memory-bus cursor', Buffer.from('ev1:5').toString('base64url')],
    ['a bad entry id', Buffer.from('rs1:abc-1:5').toString('base64url')],
    ['a negative sequence', Buffer.from('rs1:1-1:-5').toString('base64url')],
    ['no sequence', Buffer.from('rs1:1-1').toString('base64url')],
  ])('rejects %s with BAD_USER_INPUT on after', (_label, cursor) => {
    expect(() => decodeStreamCursor(cursor)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: 'after: not an event cursor.' }));
  });
});
