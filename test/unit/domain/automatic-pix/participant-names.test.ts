import type { PortRegistry } from '../../../../src/domain/ports';
import { participantNames, PARTICIPANT_SCAN_MAX_PAGES, PARTICIPANT_SCAN_PAGE_SIZE } from '../../../../src/domain/automatic-pix/participant-names';

/** A participants list of `total` entries (ISPB = zero-padded index), recording the offsets read. */
function listOf(total: number) {
  const offsets: number[] = [];
  const port = {
    listParticipants: async (offset: number, limit: number) => {
      offsets.push(offset);
      const items = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => ({ ispb: String(offset + i).padStart(8, '0'), name: `Bank ${offset + i}` }));
      return { items, totalCount: total, hasNextPage: offset + items.length < total };
    },
  };
  return { ports: { get: () => port } as unknown as PortRegistry, offsets };
}

test('stops at the page where every ISPB asked for is found', async () => {
  const { ports, offsets } = listOf(350);
  const names = await participantNames(ports, 'ASTRA', ['00000003', '00000150']);
  expect(Object.fromEntries(names)).toEqual({ '00000003': 'Bank 3', '00000150': 'Bank 150' });
  expect(offsets).toEqual([0, PARTICIPANT_SCAN_PAGE_SIZE]);
});

test('an ISPB the list lacks: reads to the end of the list, no name', async () => {
  const { ports, offsets } = listOf(150);
  const names = await participantNames(ports, 'ASTRA', ['99999999']);
  expect(names.get('99999999')).toBeUndefined();
  expect(offsets).toEqual([0, 100]);
});

test('never reads more than the page cap', async () => {
  const { ports, offsets } = listOf(10_000);
  await participantNames(ports, 'ASTRA', ['99999999']);
  expect(offsets).toHaveLength(PARTICIPANT_SCAN_MAX_PAGES);
});
