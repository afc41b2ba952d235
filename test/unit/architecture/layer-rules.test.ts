import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The layer rules of `npm run lint` (.dependency-cruiser.cjs) catch a wrong import in each
 * enforced direction, and let the allowed ones through. A throw-away tree shaped like src/ holds
 * one import per case; dependency-cruiser runs on it once with the repository's own rules.
 */
const REPO = path.resolve(__dirname, '../../..');

/** [importing file, imported file, the rule that must fire or null when the import is allowed]. */
const CASES: readonly (readonly [from: string, to: string, rule: string | null])[] = [
  ['src/domain/cards/use-schema.ts', 'src/schema/cards/card.inputs.ts', 'domain-is-the-core'],
  ['src/domain/cards/use-resolver.ts', 'src/resolvers/cards/card.resolver.ts', 'domain-is-the-core'],
  ['src/domain/cards/use-context.ts', 'src/context.ts', 'domain-is-the-core'],
  ['src/domain/cards/use-state.ts', 'src/state/stores.ts', 'domain-is-the-core'],
  ['src/domain/cards/use-adapter.ts', 'src/datasources/astra/cards/adapter.ts', 'domain-is-the-core'],
  ['src/domain/cards/use-bus.ts', 'src/events/event-bus.ts', 'domain-is-the-core'],
  ['src/domain/cards/use-other-family.ts', 'src/domain/refunds/reconcile.ts', 'domain-families-share-only-models'],
  ['src/schema/cards/use-resolver.ts', 'src/resolvers/cards/card.resolver.ts', 'schema-does-not-import-resolvers'],
  ['src/resolvers/cards/use-other-family.ts', 'src/resolvers/refunds/refund.resolver.ts', 'resolver-families-are-separate'],
  ['src/datasources/astra/cards/use-other-family.ts', 'src/datasources/astra/refunds/adapter.ts', 'provider-families-are-separate'],
  ['src/app.ts', 'packages/sandbox/src/astra/index.ts', 'no-static-simulator-import'],
  ['src/lib/use-domain.ts', 'src/domain/cards/model.ts', 'lib-is-a-leaf'],
  ['packages/sandbox/src/astra/use-product.ts', 'src/lib/money.ts', 'simulators-stand-alone'],
  // Allowed: the domain core, another family's model, lib, the event model; resolvers → domain and schema.
  ['src/domain/cards/use-core.ts', 'src/domain/ports.ts', null],
  ['src/domain/cards/use-model.ts', 'src/domain/refunds/model.ts', null],
  ['src/domain/cards/use-lib.ts', 'src/lib/money.ts', null],
  ['src/domain/cards/use-event-model.ts', 'src/events/payment-event.ts', null],
  ['src/resolvers/cards/use-domain.ts', 'src/domain/cards/model.ts', null],
  ['src/resolvers/cards/use-schema.ts', 'src/schema/cards/card.inputs.ts', null],
  ['src/datasources/astra/cards/use-shared.ts', 'src/datasources/astra/transformers.ts', null],
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'layer-rules-'));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', strict: true }, include: ['src', 'packages'] }));
  for (const [, to] of CASES) write(to, 'export const value = 1;\n');
  for (const [from, to] of CASES) {
    const specifier = path.relative(path.dirname(from), to).replace(/\.ts$/, '');
    write(from, `import { value } from '${specifier.startsWith('.') ? specifier : `./${specifier}`}';\nexport const copy = value;\n`);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

function depcruise(outputType: 'json' | 'err') {
  const cli = path.join(REPO, 'node_modules/.bin/depcruise');
  return spawnSync(process.execPath, [cli, 'src', 'packages', '--config', path.join(REPO, '.dependency-cruiser.cjs'), '--output-type', outputType], { cwd: dir, encoding: 'utf8' });
}

test('each enforced direction fails lint on a wrong import; the allowed imports pass', () => {
  const run = depcruise('json');
  const report = JSON.parse(run.stdout) as { summary: { violations: Violation[] } };
  const found = report.summary.violations.map((v) => [v.from, v.to, v.rule.name]);
  for (const [from, to, rule] of CASES) {
    if (rule) expect(found).toContainEqual([from, to, rule]);
    else expect(found.filter(([f, t]) => f === from && t === to)).toEqual([]);
  }
  // Nothing else fired: each wrong import breaks exactly its own rule.
  expect(found).toHaveLength(CASES.filter(([, , rule]) => rule !== null).length);
});

test('the way npm run lint calls it, a violation fails the command', () => {
  const run = depcruise('err');
  expect(run.status).not.toBe(0);
  expect(run.stdout).toContain('error domain-is-the-core: src/domain/cards/use-schema.ts → src/schema/cards/card.inputs.ts');
});
