import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAMILIES, familyEventTypes } from '../../../src/families';

/** docs/events-and-inbox.md "Event list" must name every PaymentEventType, and nothing else. */
function documentedTypes(): string[] {
  const text = readFileSync(join(__dirname, '../../../docs/events-and-inbox.md'), 'utf8');
  const start = text.indexOf('\n## Event list\n');
  expect(start).toBeGreaterThan(-1);
  const section = text.slice(start + 1, text.indexOf('\n## ', start + 1));
  return section
    .split('\n')
    .map((line) => /^\| `([A-Z_]+)` \|/.exec(line)?.[1])
    .filter((type): type is string => type !== undefined);
}

test('the event list documents every PaymentEventType, once, and no other', () => {
  const documented = documentedTypes();
  const declared = [...familyEventTypes(FAMILIES).keys()];
  expect(documented.filter((type, i) => documented.indexOf(type) !== i)).toEqual([]);
  expect([...declared].sort()).toEqual([...documented].sort());
});

test('each row says what triggers the event, from which provider, and which subscription also sees it', () => {
  const text = readFileSync(join(__dirname, '../../../docs/events-and-inbox.md'), 'utf8');
  const rows = text.split('\n').filter((line) => /^\| `[A-Z_]+` \|/.test(line));
  for (const row of rows) {
    const cells = row.split(' | ');
    expect(cells).toHaveLength(5);
    expect(cells.every((cell) => cell.replace(/[|\s]/g, '').length > 0)).toBe(true);
  }
});
